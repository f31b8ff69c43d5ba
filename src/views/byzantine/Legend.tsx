import { CROWN, MASK, SHIELD } from './icons';

function LegendIcon({ d, cls }: { d: string; cls: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" className={`lg ${cls}`} aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
export function Legend() {
  return (
    <div className="byz-legend" aria-hidden="true" data-slide>
      <span>
        <LegendIcon d={CROWN} cls="crown" /> commander
      </span>
      <span>
        <LegendIcon d={SHIELD} cls="shield" /> loyal
      </span>
      <span>
        <LegendIcon d={MASK} cls="mask" /> traitor
      </span>
      <span>
        <b className="lg tok-a">A</b> attack <b className="lg tok-r">R</b> retreat
      </span>
    </div>
  );
}
