import { CROWN, MASK, SHIELD } from './icons';
import type { RingMark } from './picture';

function LegendIcon({ d, cls }: { d: string; cls: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" className={`lg ${cls}`} aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

/** A small picture of a mark the ring draws, as it draws it. */
function Swatch({ mark }: { mark: RingMark }) {
  switch (mark) {
    case 'token':
    case 'withheld':
    case 'lie':
      return (
        <span
          className={`lg-token ${mark === 'token' ? 'attack' : mark === 'lie' ? 'lie' : 'silent'}`}
        >
          {mark === 'token' ? 'A 0→2' : mark === 'lie' ? 'R' : '–'}
        </span>
      );
    case 'deciding':
      return (
        <svg viewBox="0 0 20 20" width="18" height="18" className="lg-deciding" aria-hidden="true">
          <circle cx={10} cy={10} r={7.5} />
        </svg>
      );
    default:
      return (
        <svg viewBox="0 0 24 10" width="24" height="10" className={`lg-${mark}`} aria-hidden="true">
          <line x1={1} x2={23} y1={5} y2={5} />
        </svg>
      );
  }
}

/** What each mark means, in as few words as the back row reads at a glance. */
const WORDS: Record<RingMark, string> = {
  token: 'order, its path',
  withheld: 'withheld',
  lie: 'lie',
  trail: 'sent this round',
  pairs: 'messages (width: count)',
  deciding: 'deciding now',
};
/** The generals' roles, as the discs show them: the commander alone, then loyal and traitor. */
const ROLES = [
  [['crown', CROWN, 'commander']],
  [
    ['shield', SHIELD, 'loyal'],
    ['mask', MASK, 'traitor'],
  ],
] as const;
const ROWS: readonly (readonly RingMark[])[] = [
  ['token'],
  ['lie', 'withheld'],
  ['trail'],
  ['pairs'],
  ['deciding'],
];

/**
 * The generals' roles (two short rows) and the order letters, then an entry for each mark drawn
 * now; a lie and a withheld order share a row, so the legend stays short beside the ring.
 */
export function Legend({ marks }: { marks: ReadonlySet<RingMark> }) {
  const entry = (m: RingMark) =>
    marks.has(m) ? (
      <span key={m} data-mark={m}>
        <Swatch mark={m} /> {WORDS[m]}
      </span>
    ) : null;
  const rows = ROWS.map((row) => row.map(entry).filter((e) => e !== null)).filter(
    (row) => row.length > 0,
  );
  return (
    <div className="byz-legend" aria-hidden="true" data-slide>
      {ROLES.map((row, i) => (
        <div className="lg-row" key={i}>
          {row.map(([cls, d, word]) => (
            <span key={cls}>
              <LegendIcon d={d} cls={cls} /> {word}
            </span>
          ))}
        </div>
      ))}
      <div className="lg-row">
        <span>
          <b className="lg tok-a">A</b> attack <b className="lg tok-r">R</b> retreat
        </span>
      </div>
      {rows.map((row, i) => (
        <div className="lg-row" key={i}>
          {row}
        </div>
      ))}
    </div>
  );
}
