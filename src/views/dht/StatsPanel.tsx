import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { defaultExperiment, type ExperimentName } from '../../engine/chord';
import { chordStore } from '../../store/chord';
import { NumberField } from '../common/NumberField';
import { Plots } from './plots';

type Name = ExperimentName;
const TITLES: Record<Name, string> = {
  pathLength: 'Path length',
  loadBalance: 'Load balance',
  failures: 'Failures',
  membershipCost: 'Join cost',
};

const isName = (v: unknown): v is Name =>
  v === 'pathLength' || v === 'loadBalance' || v === 'failures' || v === 'membershipCost';

export function StatsPanel({ onClose }: { onClose(): void }) {
  const stored = useStore(chordStore, (s) => s.view.experiment);
  const name: Name = isName(stored?.name) ? stored.name : 'pathLength';
  const params = stored && isName(stored.name) ? stored : defaultExperiment(name);
  const setParams = (p: Record<string, unknown>) =>
    chordStore.getState().setView({ experiment: p });
  const run = useStore(chordStore, (s) => s.stats);
  const start = (p: Record<string, unknown>) => chordStore.getState().runStats(p);
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
  const field = (k: string) => params[k];
  const setField = (k: string, v: unknown) => setParams({ ...params, [k]: v });
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
        <button type="button" className="close" onClick={onClose} aria-label="Close statistics">
          ×
        </button>
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
        {name === 'pathLength' ? (
          <>
            <NumberField
              label="Lookups"
              value={field('lookups')}
              onChange={(v) => setField('lookups', v)}
            />
            <NumberField
              narrow
              label="Max N = 2^"
              value={Math.log2(Number((field('sizes') as number[]).at(-1)))}
              min={5}
              max={16}
              onChange={(v) =>
                setField(
                  'sizes',
                  Array.from({ length: Math.max(1, v - 3) }, (_, i) => 2 ** (i + 4)),
                )
              }
            />
          </>
        ) : null}
        {name === 'loadBalance' ? (
          <>
            <NumberField
              label="Nodes"
              value={field('nodes')}
              onChange={(v) => setField('nodes', v)}
            />
            <NumberField label="Keys" value={field('keys')} onChange={(v) => setField('keys', v)} />
            <label>
              Virtual nodes
              <input
                type="range"
                aria-label="Virtual nodes"
                min={1}
                max={20}
                value={Math.max(...(field('virtualNodes') as number[]))}
                onChange={(e) => {
                  const max = Number(e.target.value);
                  const vs = [...new Set([1, 2, 5, 10, 20].filter((v) => v < max).concat(max))];
                  setField('virtualNodes', vs);
                }}
              />
              <output>{Math.max(...(field('virtualNodes') as number[]))}</output>
            </label>
          </>
        ) : null}
        {name === 'failures' ? (
          <>
            <NumberField
              label="Nodes"
              value={field('nodes')}
              onChange={(v) => setField('nodes', v)}
            />
            <NumberField
              label="Successor list"
              value={field('replicas')}
              min={1}
              max={16}
              onChange={(v) => setField('replicas', v)}
            />
          </>
        ) : null}
        {name === 'membershipCost' ? (
          <>
            <NumberField label="Keys" value={field('keys')} onChange={(v) => setField('keys', v)} />
            <NumberField
              label="Joins"
              value={field('joins')}
              min={1}
              max={1000}
              onChange={(v) => setField('joins', v)}
            />
          </>
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
