import { useRef, useState } from 'react';
import type { LabEntry } from '../../store/contract';
import { formatHash, parseScenarioText } from '../../store/share';
import { decodeScenarioBytes, jsonObject } from '../../engine/scenario/json';
import { exportScenario } from './download';
import { NamedButton } from './NamedButton';

interface Props {
  labs: readonly LabEntry[];
  active: LabEntry;
  /** switch to a lab after an import of its kind */
  onSwitch: (lab: LabEntry) => void;
}

/** Share link, Export scenario, Import scenario: the three ways a state leaves or enters. */
export function ScenarioMenu({ labs, active, onSwitch }: Props) {
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const share = async () => {
    // The hash is kept current by app/sync.ts; write it now so the copy is never a beat behind.
    const hash = hashOf(active);
    const url = window.location.href.split('#')[0] + hash;
    window.history.replaceState(null, '', hash);
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      active.store.getState().notify('Link copied to the clipboard.');
    } catch {
      active.store.getState().notify('Copy the link from the box below.');
    }
  };

  const exportJson = () => exportScenario(active.store.getState().snapshot());

  const importRaw = (raw: unknown): boolean => {
    const json = jsonObject(raw);
    const kind = json?.kind;
    const target = labs.find((l) => typeof kind === 'string' && l.kinds.includes(kind));
    const other = json && labs.find((l) => l.importOther?.(json));
    if (other) {
      onSwitch(other);
      return true;
    }
    const lab = target ?? active;
    if (!target) {
      active.store
        .getState()
        .report(
          `Unknown scenario kind ${JSON.stringify(kind)}: expected "chord", "byzantine" or "experiment".`,
        );
      return false;
    }
    if (lab.store.getState().load(raw, 'imported scenario')) {
      onSwitch(lab);
      return true;
    }
    // Show the problem where the user is looking.
    if (lab !== active) active.store.getState().report(lab.store.getState().error);
    return false;
  };

  return (
    <div className="scenario-menu">
      <button type="button" onClick={share}>
        Share link
      </button>
      {/* short visible words so the header fits one line at 1280 px; the names say it all */}
      <NamedButton
        name="Export scenario"
        title="Export scenario (a JSON file)"
        onClick={exportJson}
      >
        Export
      </NamedButton>
      <NamedButton
        name="Import scenario"
        title="Import scenario (a JSON file or text)"
        onClick={() => setImporting(true)}
      >
        Import
      </NamedButton>
      {shareUrl ? (
        <div className="popover" role="dialog" aria-label="Share link">
          <label>
            Link to this exact state
            <input
              readOnly
              value={shareUrl}
              aria-label="Share link URL"
              onFocus={(e) => e.target.select()}
              autoFocus
            />
          </label>
          <button type="button" onClick={() => setShareUrl(null)}>
            Close
          </button>
        </div>
      ) : null}
      {importing ? (
        <ImportDialog
          onClose={() => setImporting(false)}
          onReport={(e) => active.store.getState().report(e)}
          onLoad={(raw) => {
            if (importRaw(raw)) setImporting(false);
          }}
        />
      ) : null}
    </div>
  );
}

function hashOf(lab: LabEntry): string {
  return formatHash(lab.id, lab.store.getState().snapshot());
}

function ImportDialog({
  onClose,
  onLoad,
  onReport,
}: {
  onClose: () => void;
  onLoad: (raw: unknown) => void;
  onReport: (e: unknown) => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const tryLoad = (source: string) => {
    try {
      setProblem(null);
      onLoad(parseScenarioText(source));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      setProblem(msg);
      onReport(e);
    }
  };

  return (
    <div className="popover import" role="dialog" aria-label="Import scenario">
      <h2>Import scenario</h2>
      <label>
        Scenario file
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          aria-label="Scenario file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            // bytes, not file.text(): a UTF-16 file (Windows Notepad) imports as well
            if (file) tryLoad(decodeScenarioBytes(new Uint8Array(await file.arrayBuffer())));
          }}
        />
      </label>
      <label>
        or paste JSON
        <textarea
          aria-label="Scenario JSON"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder='{ "kind": "byzantine", "version": 1, "generals": 4, "m": 1, "traitors": { "3": "opposite" } }'
        />
      </label>
      {problem ? <p className="field-error">{problem}</p> : null}
      <div className="row">
        <button type="button" className="primary" onClick={() => tryLoad(text)}>
          Load scenario
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
