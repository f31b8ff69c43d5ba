import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { checkNow, checkOf } from '../../store/chord/checks';
import type { ChordFrame } from '../../engine/chord/frames';
import type { CheckResult } from '../../engine/chord';

export function Checker({ frame }: { frame: ChordFrame }) {
  const routing = useStore(chordStore, (s) => s.parsed.routing);
  // a big frame is checked when asked (a few hundred ms)
  const [asked, setAsked] = useState<{ frame: ChordFrame; result: CheckResult } | null>(null);
  const auto = useMemo(() => checkOf(frame, routing), [frame, routing]);
  const result = auto ?? (asked?.frame === frame ? asked.result : null);
  if (result === null)
    return (
      <div className="checker">
        <button type="button" onClick={() => setAsked({ frame, result: checkNow(frame, routing) })}>
          Check the ring
        </button>{' '}
        <span className="muted">
          ({frame.ids.length.toLocaleString('en-US')} nodes: checked when asked)
        </span>
      </div>
    );
  if (result.ok)
    return (
      <div className="checker" aria-live="polite">
        <span className="badge ok">Ring consistent ✓</span>
      </div>
    );
  const n = result.violations.length;
  return (
    <details className="checker">
      <summary>
        <span className="badge bad">
          ✕ {n} violation{n === 1 ? '' : 's'}
        </span>{' '}
        <span className="muted">(show)</span>
      </summary>
      <ul>
        {result.violations.map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
    </details>
  );
}
