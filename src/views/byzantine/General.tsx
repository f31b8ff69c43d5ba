import type { Point } from './geometry';
import { RoleGlyph } from './icons';
import { nameBlock } from './nameBlock';
import { decisionShown, receivedLabel, type Picture } from './picture';

export function General({
  i,
  p,
  r,
  small,
  center,
  pic,
  selected,
  onSelect,
}: {
  i: number;
  p: Point;
  r: number;
  small: boolean;
  center: Point;
  pic: Picture;
  selected: boolean;
  onSelect: (i: number) => void;
}) {
  const { run } = pic;
  const traitor = run.traitor[i] ?? false;
  const commander = i === 0;
  const name = commander
    ? small
      ? `Commander: ${run.scenario.order === 'attack' ? 'A' : 'R'}`
      : 'Commander'
    : small
      ? `L${i}`
      : `Lieutenant ${i}`;
  const decision = decisionShown(pic, i);
  const deciding = pic.frame.focus === i;
  const kind = traitor ? 'traitor' : commander ? 'commander' : 'loyal';
  // the commander's labels go to its right; others below, or radially outside when crowded
  const ux = (p.x - center.x) / (Math.hypot(p.x - center.x, p.y - center.y) || 1);
  const uy = (p.y - center.y) / (Math.hypot(p.x - center.x, p.y - center.y) || 1);
  const radial = small && !commander;
  // the generals beside the commander name themselves beside their discs, never above them,
  // where the commander's own name is
  const beside = radial && uy < -0.5;
  // roomy: beside the disc on the ring's sides, under it at the bottom (nameBlock.ts)
  const block = !small && !commander ? nameBlock(p, center, r, traitor) : null;
  const tx = block
    ? block.x
    : commander
      ? small
        ? p.x
        : p.x + r + 12
      : beside
        ? p.x + Math.sign(ux) * (r + 8)
        : p.x + ux * (r + 10);
  const ty = block
    ? block.y
    : commander
      ? small
        ? p.y - r - 12
        : p.y - 6
      : beside
        ? p.y + 6
        : p.y + uy * (r + 10) + (uy > 0.5 ? 14 : -4);
  const anchor = block
    ? block.anchor
    : commander && small
      ? 'middle'
      : commander || (radial && ux > 0.3)
        ? 'start'
        : radial && ux < -0.3
          ? 'end'
          : 'middle';
  // the decision badge (100 wide) lines up with the name
  const tagX = anchor === 'start' ? tx + 50 : anchor === 'end' ? tx - 50 : tx;
  const got = commander ? '' : receivedLabel(pic, i, small ? 3 : 6);
  const description =
    `${commander ? 'Commander' : `Lieutenant ${i}`}, ` +
    `${traitor ? `traitor (${run.strategy[i]})` : 'loyal'}` +
    (commander ? `, orders ${run.scenario.order}` : '') +
    (got ? `, received ${got}` : '') +
    (decision ? `, decides ${decision}` : '');
  return (
    <g
      className={`general ${kind}${selected ? ' selected' : ''}${deciding ? ' deciding' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={`General ${i}`}
      aria-description={description}
      aria-pressed={selected}
      onClick={() => onSelect(i)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(i);
        }
      }}
    >
      <title>{description}</title>
      {/* one solid target for the whole general (disc and labels) */}
      {commander ? (
        <rect x={p.x - r} y={p.y - r} width={2 * r + 200} height={2 * r} className="hit" />
      ) : block ? (
        <rect
          x={Math.min(p.x - r, block.box.x)}
          y={Math.min(p.y - r, block.box.y)}
          width={Math.max(p.x + r, block.box.x + block.box.w) - Math.min(p.x - r, block.box.x)}
          height={Math.max(p.y + r, block.box.y + block.box.h) - Math.min(p.y - r, block.box.y)}
          className="hit"
        />
      ) : (
        <rect
          x={p.x - Math.max(r, 60)}
          y={p.y - r}
          width={2 * Math.max(r, 60)}
          height={2 * r}
          className="hit"
        />
      )}
      <circle cx={p.x} cy={p.y} r={r} className="disc" />
      <g transform={`translate(${p.x} ${p.y})`}>
        <RoleGlyph kind={kind} size={r * 1.15} />
      </g>
      {!commander && !small ? (
        <g transform={`translate(${p.x + r * 0.78} ${p.y - r * 0.78})`} className="gid">
          <circle r={11} />
          <text y={5} textAnchor="middle">
            {i}
          </text>
        </g>
      ) : null}
      <text x={tx} y={ty} className="gname" textAnchor={anchor}>
        {name}
        {traitor ? <tspan className="traitor-tag">{small ? ' ✕' : ' · Traitor ✕'}</tspan> : null}
        {small && decision ? (
          <tspan className={`decision-inline ${decision}`}>
            {decision === 'attack' ? ' →A' : ' ←R'}
          </tspan>
        ) : null}
      </text>
      {commander && !small ? (
        <text x={tx} y={ty + 20} className="gsub" textAnchor={anchor}>
          {traitor
            ? `told to say ${run.scenario.order.toUpperCase()}; lies (${run.strategy[i]})`
            : `orders ${run.scenario.order.toUpperCase()}`}
        </text>
      ) : got && !small ? (
        <text x={tx} y={ty + 19} className="gsub mono" textAnchor={anchor}>
          <Values text={got} />
        </text>
      ) : null}
      {decision && !small ? (
        <g transform={`translate(${tagX} ${ty + 42})`} className={`decision-tag ${decision}`}>
          <rect x={-50} y={-14} width={100} height={24} rx={12} />
          <text x={0} y={4} textAnchor="middle">
            {decision === 'attack' ? '→ ATTACK' : '← RETREAT'}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/**
 * The rings round the selected general and the one deciding now (dashed: by shape too, not by
 * the disc's tint alone), drawn before every general so no ring runs over a neighbour's name.
 * Crowded, they hug the disc.
 */
export function GeneralRings({
  positions,
  r,
  small,
  selected,
  deciding,
}: {
  positions: readonly Point[];
  r: number;
  small: boolean;
  selected: number | null;
  deciding: number | null;
}) {
  const ring = (i: number | null, cls: string, out: number, mark?: string) => {
    const p = i === null ? undefined : positions[i];
    return p ? (
      <circle cx={p.x} cy={p.y} r={r + out} className={cls} data-general={i} data-mark={mark} />
    ) : null;
  };
  return (
    <g className="general-rings" aria-hidden="true" pointerEvents="none">
      {ring(selected, 'select-ring', small ? 4 : 7)}
      {ring(deciding, 'deciding-ring', small ? 8 : 13, 'deciding')}
    </g>
  );
}

/** "A A R" or "A×40 R×12", each value in its legend colour (attack, retreat; missing muted). */
function Values({ text }: { text: string }) {
  return text.split(' ').map((v, k) => (
    <tspan key={k} className={v.startsWith('A') ? 'va' : v.startsWith('R') ? 'vr' : 'vm'}>
      {k > 0 ? ` ${v}` : v}
    </tspan>
  ));
}
