import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { chordStore, type StatsRequest } from '../../store/chord';
import { NumberField } from '../common/NumberField';
import { defaultExperiment } from '../../engine/chord';
import { Plots } from './plots';
import { FIELDS, TITLES, isName, maxVirtual, withMaxVirtual, type Name } from './experimentFields';
import { CloseButton } from '../common/CloseButton';

export function StatsPanel({ onClose }: { onClose(): void }) {
  const stored = useStore(chordStore, (s) => s.view.experiment);
  const name: Name = isName(stored?.name) ? stored.name : 'pathLength';
  const params = stored && isName(stored.name) ? stored : defaultExperiment(name);
  const setParams = (p: StatsRequest) => chordStore.getState().setView({ experiment: p });
  const run = useStore(chordStore, (s) => s.stats);
  const start = (p: StatsRequest) => chordStore.getState().runStats(p);
  const running = run !== null && run.result === null;

  // Opening the panel (or switching experiment) runs it once with its parameters.
  const autoKey = JSON.stringify(params);
  const ranRef = useRef<string | null>(null);
  const autorun = useStore(chordStore, (s) => s.view.autorun ?? 0);
  useEffect(() => {
    const key = `${name}#${autorun}`;
    if (ranRef.current === key) return;
    ranRef.current = key;
    start(params);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, autorun]);

  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => panelRef.current?.focus(), []);
  const stale = run?.result && run.key !== autoKey;

  return (
    <section
      ref={panelRef}
      tabIndex={-1}
      className="stats"
      aria-label="Statistics"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2>Statistics: the Chord paper’s experiments (Figs. 8–11)</h2>
        <CloseButton label="Close statistics" className="close" onClose={onClose} />
      </div>
      <div className="tabs-row" role="group" aria-label="Experiment">
        {(Object.keys(TITLES) as Name[]).map((n) => (
          <button
            key={n}
            type="button"
            aria-pressed={n === name}
            onClick={() => setParams(defaultExperiment(n))}
          >
            {TITLES[n]}
          </button>
        ))}
        <span className="sep" />
        {FIELDS[name].map((f) => (
          <NumberField
            key={f.label}
            label={f.label}
            narrow={f.narrow}
            value={f.read(params)}
            min={f.min}
            max={f.max}
            onChange={(v) => setParams(f.write(params, v))}
          />
        ))}
        {name === 'loadBalance' ? (
          <label>
            Virtual nodes
            <input
              type="range"
              aria-label="Virtual nodes"
              min={1}
              max={20}
              value={maxVirtual(params)}
              onChange={(e) => setParams(withMaxVirtual(params, Number(e.target.value)))}
            />
            <output>{maxVirtual(params)}</output>
          </label>
        ) : null}
        <button type="button" className="primary" onClick={() => start(params)} disabled={running}>
          {running ? 'Running…' : 'Run'}
        </button>
        {running ? (
          <progress
            max={1}
            value={run.progress}
            aria-label="Experiment progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(run.progress * 100)}
          />
        ) : null}
        {run?.result && run.ms !== null ? (
          <span className="muted">
            done in {(run.ms / 1000).toFixed(1)} s{stale ? ' (parameters changed: Run again)' : ''}
          </span>
        ) : null}
      </div>
      <div className="plots">
        {run?.result ? (
          <Plots out={run.result} />
        ) : (
          <p className="muted">Computing in a Web Worker…</p>
        )}
      </div>
    </section>
  );
}
