import type { Picture } from './picture';

/** Bound warnings (outside the paper's guarantee) and notes. */
export function Guarantee({ pic }: { pic: Picture }) {
  const { run } = pic;
  const t = run.traitor.filter(Boolean).length;
  return (
    <section className="panel byz-guarantee" aria-label="Guarantee">
      {run.warnings.length === 0 ? (
        <p className="guarantee ok">
          <span className="badge ok">✓ Guaranteed</span>{' '}
          {run.algorithm === 'OM'
            ? `n = ${run.n} > 3m = ${3 * run.m} and ${t} ≤ m traitor${t === 1 ? '' : 's'}: Theorem 1 promises IC1 and IC2.`
            : `${t} ≤ m traitor${t === 1 ? '' : 's'}: Theorem 2 promises IC1 and IC2 for signed messages.`}
        </p>
      ) : (
        <div className="guarantee warn" role="note">
          <span className="badge warn">⚠ Outside the guarantee</span>
          <ul>
            {run.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {run.notes.map((n) => (
        <p key={n} className="muted small">
          {n}
        </p>
      ))}
    </section>
  );
}
