import { useMemo } from 'react';
import { useStore } from 'zustand';
import { checkFrame } from '../../engine/chord';
import { chordStore } from '../../store/chord';
import type { ChordFrame } from '../../engine/chord/frames';

export function Checker({ frame }: { frame: ChordFrame }) {
  const routing = useStore(chordStore, (s) => s.parsed.routing);
  const result = useMemo(() => checkFrame(frame, routing), [frame, routing]);
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
