import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { nodeAngle, pointOnRing, type LabelBox } from './geometry';
import type { RingGeom } from './ringConstants';
import type { Mark } from './marks';

interface Card {
  readonly tone: 'bad' | 'note';
  /** a title, then short lines: it must fit inside the smallest ring */
  readonly lines: readonly string[];
}

/**
 * What the checker says about the current step, drawn where the class looks: a wrong or
 * failed answer rings the node that answered in the error colour and the true owner dashed
 * (for a get: the node that holds the value, dotted in the key colour: it need not be the
 * owner), and a card in the middle of the ring says it in words; a node that rejoins shows
 * whom it asked. The answer a node gave is never drawn as if it were right.
 */
type RingCls = 'verdict-wrong' | 'verdict-true' | 'verdict-value' | 'verdict-via';

const MARK_OF: Record<RingCls, Mark> = {
  'verdict-wrong': 'wrong-answer',
  'verdict-true': 'true-owner',
  'verdict-value': 'value-at',
  'verdict-via': 'rejoin-via',
};

/** What the checker says about the step: the nodes to ring and the card's words. */
function verdictOf(frame: ChordFrame): { card: Card; rings: [NodeId, RingCls][] } | null {
  const o = frame.overlay;
  if (!o) return null;
  if (o.kind === 'lookup' && o.done && o.correct === false && o.trueOwner !== null) {
    const rings: [NodeId, RingCls][] = [];
    if (o.owner !== null) rings.push([o.owner, 'verdict-wrong']);
    rings.push([o.trueOwner, 'verdict-true']);
    return {
      rings,
      card: {
        tone: 'bad',
        lines:
          o.owner === null
            ? [
                '✕ Cannot answer yet',
                `no owner found for ${o.keyId}`,
                `true owner: N${o.trueOwner}`,
              ]
            : [
                '✕ Wrong answer',
                `N${o.owner} does not own ${o.keyId}`,
                `true owner: N${o.trueOwner}`,
              ],
      },
    };
  }
  if (o.kind === 'read' && !o.correct) {
    // a read's trueOwner is where the value is: in the designs a node that does not own the key
    const rings: [NodeId, RingCls][] = [[o.owner, 'verdict-wrong']];
    if (o.trueOwner !== o.owner) rings.push([o.trueOwner, 'verdict-value']);
    return {
      rings,
      card: {
        tone: 'bad',
        lines: [
          '✕ Wrong answer',
          o.value === null ? `N${o.owner} has no value` : `N${o.owner} has a stale value`,
          `the value is on N${o.trueOwner}`,
        ],
      },
    };
  }
  if (o.kind === 'stabilize' && o.node !== null && o.rejoin) {
    // the new successor pointer is drawn by the changed-pointer layer; ring whom it asked
    return {
      rings: [[o.rejoin.via, 'verdict-via']],
      card: {
        tone: 'note',
        lines: [`N${o.node} rejoins via N${o.rejoin.via}`, `its successor: N${o.rejoin.successor}`],
      },
    };
  }
  return null;
}

/** Where the card goes: inside the ring, sized to it, away from the key's label. */
function cardPlace(card: Card, frame: ChordFrame, geom: RingGeom) {
  const o = frame.overlay;
  const fs = Math.max(12, Math.min(22, geom.r * 0.11));
  const lh = fs * 1.3;
  const chars = Math.max(...card.lines.map((l) => l.length));
  const w = Math.min(chars * fs * 0.6 + fs * 1.6, geom.r * 1.7);
  const h = card.lines.length * lh + fs;
  const keyId =
    o?.kind === 'lookup' ? o.keyId : o?.kind === 'read' ? frame.data.get(o.key)?.id : null;
  const keyY =
    keyId == null ? geom.cy : pointOnRing(nodeAngle(keyId, geom.bits), geom.r, geom.cx, geom.cy).y;
  const shift = keyId == null ? 0 : (keyY <= geom.cy ? 1 : -1) * Math.min(geom.r * 0.3, geom.r - h);
  return { fs, lh, x: geom.cx - w / 2, y: geom.cy + shift - h / 2, w, h };
}

/** The card's box (the label pass keeps node and key names off it), or null without one. */
export function verdictBox(frame: ChordFrame, geom: RingGeom): LabelBox | null {
  const v = verdictOf(frame);
  if (!v) return null;
  const { x, y, w, h } = cardPlace(v.card, frame, geom);
  return { x, y, w, h };
}

/**
 * The nodes the checker rings, drawn under the nodes' names (a ring just round the dot, as the
 * selection halo is, never across the name beside it).
 */
export function VerdictRings({
  frame,
  geom,
  radius,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  /** the node dots' radius */
  radius: number;
}) {
  const v = verdictOf(frame);
  if (!v) return null;
  return (
    <g className="verdict" aria-hidden="true" pointerEvents="none">
      {v.rings.map(([id, cls]) => {
        const p = pointOnRing(nodeAngle(id, geom.bits), geom.r, geom.cx, geom.cy);
        return (
          <circle
            key={`${cls}${id}`}
            className={cls}
            data-mark={MARK_OF[cls]}
            data-node={id}
            cx={p.x}
            cy={p.y}
            r={radius + 8}
          />
        );
      })}
    </g>
  );
}

/** The checker's card in the middle of the ring. */
export function VerdictLayer({ frame, geom }: { frame: ChordFrame; geom: RingGeom }) {
  const v = verdictOf(frame);
  if (!v) return null;
  const { card } = v;
  const { fs, lh, x, y: top, w, h } = cardPlace(card, frame, geom);
  return (
    <g className="verdict" aria-hidden="true" pointerEvents="none">
      <g className={`verdict-card ${card.tone}`} fontSize={fs}>
        <rect x={x} y={top} width={w} height={h} rx={fs / 2} />
        {card.lines.map((line, i) => (
          <text
            key={i}
            className={i === 0 ? 'title' : undefined}
            x={geom.cx}
            y={top + fs / 2 + lh * (i + 0.5)}
            textAnchor="middle"
            dominantBaseline="middle"
          >
            {line}
          </text>
        ))}
      </g>
    </g>
  );
}
