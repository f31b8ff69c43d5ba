/** Saves text as a file through the browser's download (Export, kept-aside copies). */
export function downloadText(filename: string, text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A scenario as the Export button writes it. */
export function exportScenario(snapshot: Record<string, unknown>): void {
  downloadText(`ringside-${String(snapshot.kind)}.json`, JSON.stringify(snapshot, null, 2) + '\n');
}
