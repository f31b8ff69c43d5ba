import type { ScenarioJson } from '../../store/lab';
/** Saves a blob under a file name, the way a download link would (scenarios, slides). */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Saves text as a file through the browser's download (Export, kept-aside copies). */
export function downloadText(filename: string, text: string): void {
  download(new Blob([text], { type: 'application/json' }), filename);
}

/** A scenario as the Export button writes it. */
export function exportScenario(snapshot: ScenarioJson): void {
  downloadText(`ringside-${String(snapshot.kind)}.json`, JSON.stringify(snapshot, null, 2) + '\n');
}
