import { useMemo, type MouseEvent } from 'react';
import { narrateMessage, type ByzFrame, type ByzMessage } from '../../engine/byzantine';
import type { Step } from '../../engine/timeline';
import type { Picture } from './picture';
import {
  arrowOf,
  isLie,
  layout,
  messageSteps,
  pairsOf,
  receivedMix,
  roundStep,
  rowY,
  type Band,
  type Frame,
} from './spaceTimeLayout';
import './spacetime.css';

interface Props {
  pic: Picture;
  steps: readonly Step<ByzFrame>[];
  cursor: number;
  /** layout units (CSS px / UI scale) */
  width: number;
  height: number;
  onJump: (cursor: number) => void;
}

const LABEL_W = 46;
const letter = (v: string | null): string => (v === 'attack' ? 'A' : v === 'retreat' ? 'R' : '–');

/**
 * The generals' whole run at a glance (LSP's rounds as a space-time diagram): one line per
 * general, relay rounds left to right, every message an arrow from its sender to its receiver
 * labelled with what arrived (A / R); lies dashed in the error colour, fakes and late messages
 * marked. The player's cursor is the vertical line; the current message is drawn bold; a click
 * on an arrow (or a round) jumps the player there. Rounds too big to draw (OM(4) with 13
 * generals) show, per general, how many messages arrived and their mix, and the round under
 * the cursor widens.
 */
export function SpaceTime({ pic, steps, cursor, width, height, onJump }: Props) {
  const { run, frame, lite } = pic;
  const f = layout(run, frame, width, height, LABEL_W);
  const stepOf = useMemo(() => messageSteps(steps, run.messages.length), [steps, run]);
  const synchronous = run.assumptions?.synchronous ?? true;
  const jump = (k: number) => (e: MouseEvent) => {
    e.stopPropagation();
    if (k >= 0) onJump(k);
  };
  return (
    <svg
      className="byz-spacetime"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Space-time diagram: ${run.n} generals, ${f.bands.length} rounds`}
    >
      <defs>
        {['a', 'r', 'x', 'm'].map((k) => (
          <marker
            key={k}
            id={`st-head-${k}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto"
          >
            <path d="M0 0 10 5 0 10z" className={`st-head ${k}`} />
          </marker>
        ))}
      </defs>
      {f.bands.map((b) => (
        <g key={b.level} className={`st-band${b.expanded ? ' expanded' : ''}`}>
          <rect
            className="st-band-bg"
            x={b.x0}
            y={0}
            width={b.x1 - b.x0}
            height={height}
            onClick={jump(roundStep(steps, b.level))}
          >
            <title>{`Round ${b.level}: click to go to it`}</title>
          </rect>
          <text className="st-round" x={(b.x0 + b.x1) / 2} y={16} textAnchor="middle">
            {roundTitle(b)}
          </text>
          <line
            className={`st-timeout${synchronous ? '' : ' async'}`}
            x1={b.x1}
            x2={b.x1}
            y1={22}
            y2={height}
          />
        </g>
      ))}
      {Array.from({ length: run.n }, (_, g) => (
        <g key={g} className={`st-row${run.traitor[g] ? ' traitor' : ''}`}>
          <text x={6} y={rowY(f, g) + 5}>
            {g === 0 ? 'C' : `L${g}`}
            {run.traitor[g] ? <tspan className="st-t"> T</tspan> : null}
          </text>
          <line x1={f.left} x2={f.decideX} y1={rowY(f, g)} y2={rowY(f, g)} />
        </g>
      ))}
      {f.bands.map((b) =>
        b.detailed ? (
          <Detailed key={b.level} pic={pic} f={f} b={b} stepOf={stepOf} jump={jump} />
        ) : (
          <Aggregated key={b.level} pic={pic} f={f} b={b} lite={lite} />
        ),
      )}
      {/* the current message on top, even inside an aggregated round */}
      <Current pic={pic} f={f} stepOf={stepOf} jump={jump} />
      <Decisions pic={pic} f={f} />
      <line
        className="st-cursor"
        x1={cursorX(pic, f)}
        x2={cursorX(pic, f)}
        y1={22}
        y2={height}
        aria-hidden="true"
      />
      <desc>{`Step ${cursor} of ${steps.length}`}</desc>
    </svg>
  );
}

interface Part {
  pic: Picture;
  f: Frame;
}

function cursorX({ run, frame }: Picture, f: Frame): number {
  if (frame.phase === 'ready') return f.left;
  if (frame.phase !== 'send') return f.decideX;
  const b = f.bands.find((x) => x.level === frame.round);
  if (!b) return f.decideX;
  const x = frame.inFlight.end - 1;
  const msg = run.messages[x];
  if (frame.inFlight.end - frame.inFlight.start === 1 && msg && b.detailed) {
    const a = arrowOf(f, b, msg);
    return (a.x1 + a.x2) / 2;
  }
  return b.x1;
}

function classOf(msg: ByzMessage, frame: ByzFrame): string {
  const c = ['st-msg', msg.value === 'attack' ? 'a' : msg.value === 'retreat' ? 'r' : 'none'];
  if (isLie(msg)) c.push('lie');
  if (msg.spoofedBy !== undefined) c.push('spoof');
  if (msg.late !== undefined) c.push('late');
  if (!msg.sent) c.push('silent');
  if (msg.id >= frame.delivered) c.push('future');
  if (msg.id >= frame.inFlight.start && msg.id < frame.inFlight.end) c.push('current');
  return c.join(' ');
}

function Arrow({
  pic,
  f,
  b,
  msg,
  stepOf,
  jump,
  label,
}: Part & {
  b: Band;
  msg: ByzMessage;
  stepOf: Int32Array;
  jump: (k: number) => (e: MouseEvent) => void;
  label: boolean;
}) {
  const a = arrowOf(f, b, msg);
  const lie = isLie(msg);
  const head =
    !msg.sent || msg.late !== undefined ? 'm' : lie ? 'x' : msg.value === 'attack' ? 'a' : 'r';
  // a silent traitor's message stops halfway, crossed out
  const x2 = msg.sent ? a.x2 : (a.x1 + a.x2) / 2;
  const y2 = msg.sent ? a.y2 : (a.y1 + a.y2) / 2;
  const lx = a.x1 + (x2 - a.x1) * 0.78;
  const ly = a.y1 + (y2 - a.y1) * 0.78;
  return (
    <g
      className={classOf(msg, pic.frame)}
      data-message={msg.id}
      onClick={jump(stepOf[msg.id] ?? -1)}
    >
      <title>{narrateMessage(pic.run, msg)}</title>
      <line className="st-hit" x1={a.x1} y1={a.y1} x2={x2} y2={y2} />
      <line
        className="st-line"
        x1={a.x1}
        y1={a.y1}
        x2={x2}
        y2={y2}
        markerEnd={msg.sent && msg.late === undefined ? `url(#st-head-${head})` : undefined}
      />
      {!msg.sent || msg.late !== undefined ? (
        <path className="st-cross" d={`M${x2 - 5} ${y2 - 5}l10 10m0 -10l-10 10`} />
      ) : null}
      {label && msg.sent && msg.late === undefined ? (
        <text className="st-value" x={lx} y={ly - 4} textAnchor="middle">
          {letter(msg.value)}
          {lie ? '!' : ''}
        </text>
      ) : null}
      {msg.late !== undefined && label ? (
        <text className="st-value late" x={x2} y={y2 - 8} textAnchor="middle">
          late
        </text>
      ) : null}
    </g>
  );
}

function Detailed({
  pic,
  f,
  b,
  stepOf,
  jump,
}: Part & { b: Band; stepOf: Int32Array; jump: (k: number) => (e: MouseEvent) => void }) {
  const w = b.x1 - b.x0;
  // labels only where neighbouring arrow ends are far enough apart to read
  const label = (w * 0.5) / (b.end - b.start) >= 11 || b.end - b.start <= 4;
  const out = [];
  for (let x = b.start; x < b.end; x++) {
    const msg = pic.run.messages[x];
    if (!msg) continue;
    out.push(
      <Arrow key={x} pic={pic} f={f} b={b} msg={msg} stepOf={stepOf} jump={jump} label={label} />,
    );
  }
  return <g>{out}</g>;
}

function Aggregated({ pic, f, b, lite }: Part & { b: Band; lite: Picture['lite'] }) {
  const { run, frame } = pic;
  const pairs = useMemo(() => pairsOf(run, lite, b), [run, lite, b]);
  const mix = receivedMix(pairs, run.n);
  const max = Math.max(1, ...mix.map((m) => m.attack + m.retreat + m.missing));
  const w = b.x1 - b.x0;
  const barX = b.x0 + w * 0.55;
  const barW = w * 0.4;
  const h = Math.max(4, Math.min(10, f.rowGap * 0.45));
  const done = frame.delivered >= b.end;
  const maxPair = Math.max(1, ...pairs.map((p) => p.count));
  return (
    <g className={`st-agg${done ? '' : ' future'}`}>
      {b.expanded
        ? pairs.map((p) => (
            <line
              key={`${p.from}-${p.to}`}
              className={`st-pair ${p.attack >= p.retreat ? 'a' : 'r'}`}
              x1={b.x0 + w * 0.04}
              y1={rowY(f, p.from)}
              x2={barX - 6}
              y2={rowY(f, p.to)}
              strokeWidth={1 + (2 * p.count) / maxPair}
            />
          ))
        : null}
      {mix.map((m, g) => {
        const total = m.attack + m.retreat + m.missing;
        if (total === 0) return null;
        const y = rowY(f, g) - h / 2;
        const wa = (barW * m.attack) / max;
        const wr = (barW * m.retreat) / max;
        const wm = (barW * m.missing) / max;
        return (
          <g key={g} className="st-mix">
            <title>{`Round ${b.level}: ${g === 0 ? 'the commander' : `lieutenant ${g}`} receives ${total.toLocaleString('en-US')} messages: ${m.attack.toLocaleString('en-US')} attack, ${m.retreat.toLocaleString('en-US')} retreat, ${m.missing.toLocaleString('en-US')} missing`}</title>
            <rect className="a" x={barX} y={y} width={wa} height={h} />
            <rect className="r" x={barX + wa} y={y} width={wr} height={h} />
            <rect className="m" x={barX + wa + wr} y={y} width={wm} height={h} />
          </g>
        );
      })}
    </g>
  );
}

function Current({
  pic,
  f,
  stepOf,
  jump,
}: Part & { stepOf: Int32Array; jump: (k: number) => (e: MouseEvent) => void }) {
  const { frame, run } = pic;
  if (frame.phase !== 'send' || frame.inFlight.end - frame.inFlight.start !== 1) return null;
  const msg = run.messages[frame.inFlight.start];
  const b = f.bands.find((x) => x.level === frame.round);
  if (!msg || !b || b.detailed) return null;
  return <Arrow pic={pic} f={f} b={b} msg={msg} stepOf={stepOf} jump={jump} label={true} />;
}

function Decisions({ pic, f }: Part) {
  const { run, frame } = pic;
  return (
    <g className="st-decide">
      <text className="st-round" x={(f.decideX + f.right) / 2} y={16} textAnchor="middle">
        Decide
      </text>
      {Array.from({ length: run.n }, (_, g) => {
        if (g === 0) return null;
        const d = frame.decisions[g];
        const text = run.traitor[g] ? '–' : d ? letter(d) : '';
        if (text === '') return null;
        return (
          <text
            key={g}
            className={`st-decision ${d === 'attack' ? 'a' : d === 'retreat' ? 'r' : ''}`}
            x={(f.decideX + f.right) / 2}
            y={rowY(f, g) + 5}
            textAnchor="middle"
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}

/** "Round 2 · 1,320", shortened to fit its band: "R2 · 1.3k", then "R2" */
function roundTitle(b: Band): string {
  const count = b.end - b.start;
  const fits = (t: string) => t.length * 9.6 < b.x1 - b.x0 - 8;
  const full = b.detailed
    ? `Round ${b.level}`
    : `Round ${b.level} · ${count.toLocaleString('en-US')}`;
  if (fits(full)) return full;
  const k = count >= 1000 ? `${(count / 1000).toFixed(count >= 10_000 ? 0 : 1)}k` : String(count);
  const short = b.detailed ? `R${b.level}` : `R${b.level} · ${k}`;
  return fits(short) ? short : `R${b.level}`;
}
