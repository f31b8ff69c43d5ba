import { MARKS, type Mark } from './marks';
import { Diamond } from './Diamond';

const W = 30;
const H = 18;
const line = (cls: string) => <line x1="2" y1={H / 2} x2={W - 2} y2={H / 2} className={cls} />;
const dot = (cls: string, r = 6) => <circle cx={W / 2} cy={H / 2} r={r} className={cls} />;
const diamond = (cls: string, half = 4) => (
  <Diamond at={{ x: W / 2, y: H / 2 }} half={half} className={cls} />
);
const cross = (cls: string) => (
  <path d={`M${W / 2 - 5},${H / 2 - 5}l10,10m0,-10l-10,10`} className={cls} />
);

/** A small picture of each mark, drawn with the stage's own classes. */
const SWATCH: Record<Mark, React.ReactNode> = {
  node: dot('lg-node'),
  finger: line('lg-finger'),
  successor: line('lg-succ'),
  skip: line('lg-skip'),
  full: (
    <>
      {dot('lg-node', 4)}
      <circle cx={W / 2} cy={H / 2} r={8} className="lg-full" />
    </>
  ),
  stale: line('lg-stale'),
  hop: line('lg-hop'),
  'hop-now': line('lg-hop-now'),
  query: (
    <g className="lg-query">
      <circle cx={W / 2} cy={H / 2} r={8} />
      <text x={W / 2} y={H / 2 + 5} textAnchor="middle">
        ?
      </text>
    </g>
  ),
  target: dot('lg-target', 7),
  at: dot('lg-at', 7),
  stabilizing: dot('lg-stabilizing', 7),
  owner: dot('lg-owner', 7),
  key: diamond('lg-key'),
  'key-tie': <path d={`M2,${H - 3}Q${W / 2},${1} ${W - 2},${H - 3}`} className="lg-tie" />,
  replica: diamond('lg-replica'),
  'copy-sent': line('lg-copy'),
  handover: line('lg-handover'),
  changed: line('lg-changed'),
  crashed: (
    <>
      {dot('lg-gone', 6)}
      {cross('lg-x')}
    </>
  ),
  left: (
    <>
      {dot('lg-gone', 6)}
      <path d={`M${W / 2 - 5},${H / 2}h9m-3,-3l3,3l-3,3`} className="lg-left" />
    </>
  ),
  timeout: (
    <>
      {line('lg-timeout')}
      {cross('lg-x')}
    </>
  ),
  lost: cross('lg-x'),
  joining: dot('lg-joining', 6),
  'wrong-answer': dot('lg-wrong', 7),
  'true-owner': dot('lg-true', 7),
  'value-at': dot('lg-value', 7),
  'rejoin-via': dot('lg-via', 7),
  'key-chip': <rect x={4} y={3} width={W - 8} height={H - 6} rx={6} className="lg-chip" />,
  'moved-key': <rect x={4} y={3} width={W - 8} height={H - 6} rx={6} className="lg-chip moved" />,
  told: <rect x={2} y={2} width={W - 4} height={H - 4} rx={3} className="lg-told" />,
  leader: (
    <path d={`M${W / 2 - 8},${H - 4}l-2,-10l6,5l4,-7l4,7l6,-5l-2,10z`} className="lg-crown" />
  ),
  push: line('lg-push'),
  'push-missed': (
    <>
      {line('lg-push-missed')}
      {cross('lg-x')}
    </>
  ),
  'old-view': dot('lg-old-view', 7),
  'to-leader': line('lg-to-leader'),
  'cache-entry': line('lg-cache-entry'),
  'cache-stale': line('lg-cache-stale'),
  'cache-expired': (
    <>
      {line('lg-cache-expired')}
      {cross('lg-x')}
    </>
  ),
  stray: diamond('lg-stray', 5),
};

/** The legend of what is on the stage now: one entry per mark class drawn, no more. */
export function Legend({ marks }: { marks: readonly Mark[] }) {
  if (marks.length === 0) return null;
  return (
    <ul className="ring-legend" aria-label="Legend" data-slide>
      {marks.map((m) => (
        <li key={m} data-mark={m}>
          {/* sized in rem so the swatches, and the "?" in the query's, grow with the UI */}
          <svg
            viewBox={`0 0 ${W} ${H}`}
            style={{ width: `${W / 16}rem`, height: `${H / 16}rem` }}
            aria-hidden="true"
          >
            {SWATCH[m]}
          </svg>
          {MARKS[m]}
        </li>
      ))}
    </ul>
  );
}
