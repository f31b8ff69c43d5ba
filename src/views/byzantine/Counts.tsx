import { omMessageFormula } from '../../engine/byzantine';
import { fmt } from './geometry';
import type { Picture } from './picture';
import { TableHead } from '../common/TableHead';

/** Message counts per round and in total, next to the formula. */
export function Counts({ pic }: { pic: Picture }) {
  const { run, frame } = pic;
  const sm = run.algorithm === 'SM';
  const f = omMessageFormula(run.n, run.m);
  const sentSoFar = frame.tallies.reduce((a, t) => a + t.attack + t.retreat, 0);
  return (
    <section className="panel byz-counts" aria-label="Message counts">
      <h2>Messages</h2>
      {sm ? (
        <p className="formula-note">
          SM: a lieutenant relays only orders it has not seen before, so it sends far fewer than
          OM&apos;s {fmt(f.total)}.
        </p>
      ) : (
        <>
          <p className="formula" aria-label="Sum over k from 0 to m of (n−1)(n−2)…(n−1−k)">
            <span className="sigma">
              <span className="sup">m</span>Σ<span className="sub">k=0</span>
            </span>
            <span>(n−1)(n−2)⋯(n−1−k)</span>
          </p>
          <p className="formula-worked mono">{f.text}</p>
        </>
      )}
      <table className="counts-table">
        <TableHead cols={['Round', ...(sm ? [] : ['Formula']), 'Sent', 'Withheld']} />
        <tbody>
          {run.counts.perLevel.map((c, k) => (
            <tr
              key={k}
              className={frame.phase === 'send' && frame.round === k ? 'highlight' : undefined}
            >
              <th scope="row">{k}</th>
              {!sm ? <td>{fmt(f.perLevel[k] ?? 0)}</td> : null}
              <td>{fmt(c)}</td>
              <td>{fmt(run.counts.suppressedPerLevel[k] ?? 0)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Total</th>
            {!sm ? <td>{fmt(f.total)}</td> : null}
            <td>{fmt(run.counts.total)}</td>
            <td>{fmt(run.counts.suppressed)}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        Delivered so far: {fmt(sentSoFar)} of {fmt(run.counts.total)}
      </p>
    </section>
  );
}
