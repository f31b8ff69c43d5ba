import { useStore } from 'zustand';
import type { Algorithm, BoundsCell } from '../../engine/byzantine';
import { byzantineStore } from '../../store/byzantine';
import {
  boundsStore,
  cellKey,
  EXPLORER_GENERALS,
  EXPLORER_TRAITORS,
} from '../../store/byzantine/bounds';
import './bounds.css';

const k = (x: number): string => (x >= 1000 ? `${Math.round(x / 1000)}k` : String(x));

/**
 * The theorem as a picture: n generals down, t traitors across, each cell the counterexample
 * search for OM(m = t) and SM(m = t). ✓ = no run with up to t traitors breaks IC1/IC2,
 * ✗ = a counterexample (click to load it), … = not searched to the end (how far it got).
 */
export function BoundExplorer() {
  const s = useStore(boundsStore);
  const done = Object.keys(s.cells).length;
  const total = EXPLORER_GENERALS.length * EXPLORER_TRAITORS.length * 2;
  const load = (c: BoundsCell) => {
    if (!c.counterexample) return;
    byzantineStore.getState().loadScenario(c.counterexample);
    byzantineStore.getState().notify(c.text);
    s.hide();
  };
  const broken = [
    s.assumptions.spoofing ? 'spoofing allowed' : '',
    s.assumptions.synchronous ? '' : 'asynchronous',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="bx" aria-label="Bound explorer">
      <div className="bx-head">
        <h2>Bound explorer{broken ? ` · ${broken}` : ''}</h2>
        <p className="muted">
          OM(m) and SM(m) with m = t, against every placement and strategy of up to t traitors.
          Theorem 1: OM needs n &gt; 3t. Theorem 2: SM works for any n.
        </p>
        <button type="button" onClick={s.hide}>
          Back to the generals
        </button>
      </div>
      <table className="bx-grid">
        <thead>
          <tr>
            <th scope="col">n \ t</th>
            {EXPLORER_TRAITORS.map((t) => (
              <th key={t} scope="col">
                t = {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {EXPLORER_GENERALS.map((n) => (
            <tr key={n}>
              <th scope="row">n = {n}</th>
              {EXPLORER_TRAITORS.map((t) => (
                <td key={t} className={n <= 3 * t ? 'bx-under' : ''}>
                  {(['OM', 'SM'] as const).map((a) => (
                    <Cell key={a} a={a} n={n} t={t} onLoad={load} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bx-foot" role="status">
        {s.running
          ? `Searching ${s.running.replace(/:/, '(m = t), n = ').replace(/:/, ', t = ')}… ${done} of ${total} cells done.`
          : `Searched ${done} of ${total} cells.`}{' '}
        ✓ none breaks IC1/IC2 · ✗ counterexample (click to load) · … not searched to the end.
        Shaded: n ≤ 3t.
      </p>
    </section>
  );
}

function Cell({
  a,
  n,
  t,
  onLoad,
}: {
  a: Algorithm;
  n: number;
  t: number;
  onLoad: (c: BoundsCell) => void;
}) {
  const key = cellKey(a, n, t);
  const cell = useStore(boundsStore, (s) => s.cells[key]);
  const running = useStore(boundsStore, (s) => s.running === key);
  const name = `${a}(${t}), ${n} generals, up to ${t} ${t === 1 ? 'traitor' : 'traitors'}`;
  if (!cell) {
    return (
      <span className="bx-cell" data-result={running ? 'running' : 'waiting'}>
        {a} {running ? '⋯' : ''}
      </span>
    );
  }
  if (cell.result === 'broken') {
    return (
      <button
        type="button"
        className="bx-cell"
        data-result="broken"
        aria-label={`${name}: counterexample, load it`}
        title={cell.text}
        onClick={() => onLoad(cell)}
      >
        {a} ✗
      </button>
    );
  }
  const unknown = cell.result === 'unknown';
  return (
    <span
      className="bx-cell"
      data-result={cell.result}
      aria-label={
        unknown
          ? `${name}: not searched to the end (${cell.searched} of ${cell.space ?? '?'} runs)`
          : `${name}: safe`
      }
      title={cell.text}
    >
      {a} {unknown ? `…${k(cell.searched)}` : '✓'}
    </span>
  );
}
