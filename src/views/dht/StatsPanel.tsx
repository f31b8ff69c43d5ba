import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import type {
  ExperimentOutput,
  FailuresRow,
  LoadBalanceRow,
  PathLengthRow,
} from '../../engine/chord';
import { chordStore } from '../../store/chord';
import type { ExperimentReply, ExperimentRequest } from '../../workers/experiments.worker';

type Name = 'pathLength' | 'loadBalance' | 'failures';
const TITLES: Record<Name, string> = {
  pathLength: 'Path length',
  loadBalance: 'Load balance',
  failures: 'Failures',
};

/** Defaults sized to finish in a few seconds; the user scales up. */
export function defaultExperiment(name: Name): Record<string, unknown> {
  switch (name) {
    case 'pathLength':
      return {
        kind: 'experiment',
        version: 1,
        name,
        bits: 32,
        seed: 1,
        sizes: Array.from({ length: 11 }, (_, i) => 2 ** (i + 4)),
        lookups: 10_000,
      };
    case 'loadBalance':
      return {
        kind: 'experiment',
        version: 1,
        name,
        bits: 32,
        seed: 1,
        nodes: 10_000,
        keys: 500_000,
        virtualNodes: [1, 2, 5, 10, 20],
      };
    case 'failures':
      return {
        kind: 'experiment',
        version: 1,
        name,
        bits: 32,
        seed: 1,
        nodes: 10_000,
        keys: 10_000,
        lookups: 10_000,
        failFractions: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
        replicas: 1,
      };
  }
}

const isName = (v: unknown): v is Name =>
  v === 'pathLength' || v === 'loadBalance' || v === 'failures';

interface Run {
  key: string;
  progress: number;
  result: ExperimentOutput | null;
  ms: number | null;
}

/** One worker for the panel's lifetime; each run has an id so stale replies are ignored. */
function useExperimentWorker() {
  const workerRef = useRef<Worker | null>(null);
  const idRef = useRef(0);
  const [run, setRun] = useState<Run | null>(null);
  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    },
    [],
  );
  const start = (scenario: Record<string, unknown>) => {
    const key = JSON.stringify(scenario);
    // a new run replaces a running one: restart the worker so the old one stops computing
    workerRef.current?.terminate();
    const w = new Worker(new URL('../../workers/experiments.worker.ts', import.meta.url), {
      type: 'module',
    });
    workerRef.current = w;
    const id = ++idRef.current;
    setRun({ key, progress: 0, result: null, ms: null });
    w.onmessage = (e: MessageEvent<ExperimentReply>) => {
      const m = e.data;
      if (m.id !== idRef.current) return;
      if ('progress' in m) setRun((r) => (r ? { ...r, progress: m.progress } : r));
      else if ('result' in m) setRun({ key, progress: 1, result: m.result, ms: m.ms });
      else {
        setRun(null);
        chordStore.getState().report(m.error);
      }
    };
    w.onerror = (e) => {
      setRun(null);
      chordStore.getState().report(`The experiment stopped: ${e.message || 'worker error'}`);
    };
    w.postMessage({ id, scenario } satisfies ExperimentRequest);
  };
  return { run, start };
}

export function StatsPanel({ onClose }: { onClose(): void }) {
  const stored = useStore(chordStore, (s) => s.view.experiment) as
    Record<string, unknown> | undefined;
  const name: Name = isName(stored?.name) ? stored.name : 'pathLength';
  const params = stored && isName(stored.name) ? stored : defaultExperiment(name);
  const setParams = (p: Record<string, unknown>) =>
    chordStore.getState().setView({ experiment: p });
  const { run, start } = useExperimentWorker();
  const running = run !== null && run.result === null;

  // Opening the panel (or switching experiment) runs it once with its parameters.
  const autoKey = JSON.stringify(params);
  const ranRef = useRef<string | null>(null);
  const autorun = useStore(chordStore, (s) => Number(s.view.autorun ?? 0));
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

function NumberField({
  label,
  value,
  onChange,
  min = 1,
  max = 1_000_000,
  narrow = false,
}: {
  narrow?: boolean;
  label: string;
  value: unknown;
  onChange(v: number): void;
  min?: number;
  max?: number;
}) {
  // The typed text is kept as typed; only a whole number inside [min, max] reaches the
  // experiment, so a stray "1e12" can never turn into an impossible run.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (typeof value === 'number' ? String(value) : '');
  const parsed = Number(shown);
  const invalid = shown.trim() === '' || !Number.isInteger(parsed) || parsed < min || parsed > max;
  return (
    <label>
      {label}
      <input
        type="number"
        className={narrow ? 'narrow' : undefined}
        value={shown}
        min={min}
        max={max}
        aria-invalid={invalid || undefined}
        title={invalid ? `A whole number from ${min} to ${max}` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          const v = Number(text);
          if (text.trim() !== '' && Number.isInteger(v) && v >= min && v <= max) {
            setDraft(null);
            onChange(v);
          } else setDraft(text);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

function Plots({ out }: { out: ExperimentOutput }) {
  if (out.name === 'pathLength') return <PathLength rows={out.rows} />;
  if (out.name === 'loadBalance') return <LoadBalance rows={out.rows} />;
  return <Failures rows={out.rows} />;
}

const W = 440;
const H = 270;
const M = { top: 14, right: 22, bottom: 54, left: 64 };

type AnyScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

function Axes({
  x,
  y,
  xLabel,
  yLabel,
  xTicks,
  xFormat = (v) => String(v),
  yFormat = (v) => String(v),
}: {
  x: AnyScale;
  y: AnyScale;
  xLabel: string;
  yLabel: string;
  xTicks?: number[];
  xFormat?: (v: number) => string;
  yFormat?: (v: number) => string;
}) {
  const xt = xTicks ?? (x.ticks(6) as number[]);
  const yt = y.ticks(5) as number[];
  const [y0, y1] = y.range() as [number, number];
  const [x0, x1] = x.range() as [number, number];
  return (
    <g>
      <g className="grid">
        {yt.map((t) => (
          <line key={t} x1={x0} x2={x1} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <g className="axis">
        <line x1={x0} x2={x1} y1={y0} y2={y0} />
        {xt.map((t) => (
          <g key={t} transform={`translate(${x(t)},${y0})`}>
            <line y2={6} />
            <text y={22} textAnchor="middle">
              {xFormat(t)}
            </text>
          </g>
        ))}
        <line x1={x0} x2={x0} y1={y0} y2={y1} />
        {yt.map((t) => (
          <g key={t} transform={`translate(${x0},${y(t)})`}>
            <line x2={-6} />
            <text x={-10} dominantBaseline="middle" textAnchor="end">
              {yFormat(t)}
            </text>
          </g>
        ))}
      </g>
      <text className="axis-label" x={(x0 + x1) / 2} y={H - 6} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-label"
        transform={`translate(18,${(y0 + y1) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </g>
  );
}

const pow2 = (v: number) => {
  const k = Math.round(Math.log2(v));
  const sup = [...String(k)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
  return k >= 10 ? `2${sup}` : String(2 ** k);
};

function PathLength({ rows }: { rows: PathLengthRow[] }) {
  const [pick, setPick] = useState<number | null>(null);
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const x = scaleLog()
    .base(2)
    .domain([first.nodes, Math.max(first.nodes * 2, last.nodes)])
    .range([M.left, W - M.right]);
  const yMax = Math.max(...rows.map((r) => r.p99), 0.5 * Math.log2(last.nodes) + 1) + 1;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const ref = (n: number) => 0.5 * Math.log2(n) + 1;
  const chosen = rows.find((r) => r.nodes === pick) ?? last;
  const line = rows.map((r, i) => `${i ? 'L' : 'M'}${x(r.nodes)},${y(r.meanHops)}`).join('');
  return (
    <>
      <figure className="plot" aria-label="Path length plot">
        <h3>Mean hops vs N (p1–p99 whiskers)</h3>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label="Mean path length against the number of nodes"
        >
          <Axes
            x={x}
            y={y}
            xLabel="nodes N (log scale)"
            yLabel="hops per lookup"
            xTicks={rows.map((r) => r.nodes).filter((_, i) => rows.length <= 6 || i % 2 === 0)}
            xFormat={pow2}
          />
          <path
            className="ref"
            d={`M${x(first.nodes)},${y(ref(first.nodes))}L${x(last.nodes)},${y(ref(last.nodes))}`}
          />
          {rows.map((r) => (
            <line
              key={`w${r.nodes}`}
              className="whisker"
              x1={x(r.nodes)}
              x2={x(r.nodes)}
              y1={y(r.p1)}
              y2={y(r.p99)}
            />
          ))}
          <path className="series" d={line} />
          {rows.map((r) => (
            <circle
              key={r.nodes}
              className="dot"
              cx={x(r.nodes)}
              cy={y(r.meanHops)}
              r={r.nodes === chosen.nodes ? 7 : 5}
              onClick={() => setPick(r.nodes)}
              style={{ cursor: 'pointer' }}
            >
              <title>
                N = {r.nodes}: mean {r.meanHops.toFixed(2)} hops
              </title>
            </circle>
          ))}
          <g className="legend" transform={`translate(${M.left + 10},${M.top + 8})`}>
            <line x2={24} className="series" />
            <text x={30} dominantBaseline="middle">
              mean (measured)
            </text>
            <line x2={24} y1={20} y2={20} className="ref" />
            <text x={30} y={20} dominantBaseline="middle">
              ½·log₂N + 1
            </text>
          </g>
        </svg>
      </figure>
      <Histogram row={chosen} rows={rows} onPick={setPick} />
    </>
  );
}

function Histogram({
  row,
  rows,
  onPick,
}: {
  row: PathLengthRow;
  rows: PathLengthRow[];
  onPick(n: number): void;
}) {
  const total = row.histogram.reduce((a, b) => a + b, 0) || 1;
  const n = row.histogram.length;
  const x = scaleLinear()
    .domain([-0.5, n - 0.5])
    .range([M.left, W - M.right]);
  const yMax = Math.max(...row.histogram) / total;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([H - M.bottom, M.top]);
  const bw = Math.max(2, x(1) - x(0) - 4);
  return (
    <figure className="plot" aria-label="Hop histogram">
      <h3>
        Hops for N ={' '}
        <select
          aria-label="Histogram N"
          value={row.nodes}
          onChange={(e) => onPick(Number(e.target.value))}
        >
          {rows.map((r) => (
            <option key={r.nodes} value={r.nodes}>
              {r.nodes.toLocaleString('en')}
            </option>
          ))}
        </select>{' '}
        (mean {row.meanHops.toFixed(2)})
      </h3>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Hop histogram for N = ${row.nodes}`}>
        <Axes
          x={x}
          y={y}
          xLabel="hops"
          yLabel="share of lookups"
          xTicks={Array.from({ length: n }, (_, i) => i).filter((i) => n <= 14 || i % 2 === 0)}
          yFormat={(v) => `${Math.round(v * 100)}%`}
        />
        {row.histogram.map((c, h) => (
          <rect
            key={h}
            className="bar"
            x={x(h) - bw / 2}
            width={bw}
            y={y(c / total)}
            height={y(0) - y(c / total)}
          >
            <title>
              {h} hops: {c} lookups
            </title>
          </rect>
        ))}
      </svg>
    </figure>
  );
}

function LoadBalance({ rows }: { rows: LoadBalanceRow[] }) {
  const vs = rows.map((r) => r.virtualNodes);
  const x = scaleLog()
    .base(2)
    .domain([Math.min(...vs), Math.max(Math.min(...vs) * 2, ...vs)])
    .range([M.left + 10, W - M.right - 10]);
  const y = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.max))])
    .nice()
    .range([H - M.bottom, M.top]);
  const line = (f: (r: LoadBalanceRow) => number) =>
    rows.map((r, i) => `${i ? 'L' : 'M'}${x(r.virtualNodes)},${y(f(r))}`).join('');
  const last = rows[rows.length - 1]!;
  return (
    <>
      <figure className="plot" aria-label="Load balance plot">
        <h3>Keys per node vs virtual nodes per real node</h3>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Keys per node against virtual nodes">
          <Axes
            x={x}
            y={y}
            xLabel="virtual nodes per node (log scale)"
            yLabel="keys per node"
            xTicks={vs}
          />
          {rows.map((r) => (
            <line
              key={`w${r.virtualNodes}`}
              className="whisker"
              x1={x(r.virtualNodes)}
              x2={x(r.virtualNodes)}
              y1={y(r.p1)}
              y2={y(r.p99)}
            />
          ))}
          <path className="series" d={line((r) => r.mean)} />
          <path className="series max" d={line((r) => r.max)} />
          {rows.map((r) => (
            <g key={r.virtualNodes}>
              <circle className="dot" cx={x(r.virtualNodes)} cy={y(r.mean)} r={5} />
              <rect
                className="dot max"
                x={x(r.virtualNodes) - 5}
                y={y(r.max) - 5}
                width={10}
                height={10}
              />
            </g>
          ))}
          <g className="legend" transform={`translate(${W - M.right - 150},${M.top + 8})`}>
            <line x2={24} className="series" />
            <text x={30} dominantBaseline="middle">
              mean, p1–p99
            </text>
            <line x2={24} y1={20} y2={20} className="series max" />
            <text x={30} y={20} dominantBaseline="middle">
              max ■
            </text>
          </g>
        </svg>
      </figure>
      <table className="plot-table" aria-label="Load balance numbers">
        <thead>
          <tr>
            <th scope="col">virtual</th>
            <th scope="col">mean</th>
            <th scope="col">p1</th>
            <th scope="col">p99</th>
            <th scope="col">max</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.virtualNodes} className={r === last ? 'highlight' : undefined}>
              <td>{r.virtualNodes}</td>
              <td>{r.mean.toFixed(1)}</td>
              <td>{r.p1}</td>
              <td>{r.p99}</td>
              <td>{r.max}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Failures({ rows }: { rows: FailuresRow[] }) {
  const xMax = Math.max(0.1, ...rows.map((r) => r.failFraction));
  const x = scaleLinear()
    .domain([0, xMax])
    .nice()
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(xMax, ...rows.map((r) => r.failedLookups))])
    .nice()
    .range([H - M.bottom, M.top]);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const line = rows
    .map((r, i) => `${i ? 'L' : 'M'}${x(r.failFraction)},${y(r.failedLookups)}`)
    .join('');
  const d = x.domain()[1]!;
  return (
    <figure className="plot" aria-label="Failures plot">
      <h3>Failed lookups vs fraction of nodes failed (no stabilization)</h3>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Failed lookups against failed nodes">
        <Axes
          x={x}
          y={y}
          xLabel="fraction of nodes failed"
          yLabel="failed lookups"
          xFormat={pct}
          yFormat={pct}
        />
        <path className="ref" d={`M${x(0)},${y(0)}L${x(d)},${y(Math.min(d, y.domain()[1]!))}`} />
        <path className="series" d={line} />
        {rows.map((r) => (
          <circle
            key={r.failFraction}
            className="dot"
            cx={x(r.failFraction)}
            cy={y(r.failedLookups)}
            r={5}
          >
            <title>
              {pct(r.failFraction)} failed: {(r.failedLookups * 100).toFixed(1)}% of lookups failed
            </title>
          </circle>
        ))}
        <g className="legend" transform={`translate(${M.left + 10},${M.top + 8})`}>
          <line x2={24} className="series" />
          <text x={30} dominantBaseline="middle">
            measured
          </text>
          <line x2={24} y1={20} y2={20} className="ref" />
          <text x={30} y={20} dominantBaseline="middle">
            y = x
          </text>
        </g>
      </svg>
    </figure>
  );
}
