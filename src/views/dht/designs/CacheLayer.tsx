import type { ChordFrame, DesignOverlay, Key, NodeId } from '../../../engine/chord';
import { nodeAngle, pointOnRing, type BoxedText, type Point } from '../geometry';
import { cross, nodeRadius, type RingGeom } from '../ringConstants';
import { verdictBox } from '../VerdictLayer';
import { cacheRows } from './views';
import { RingArrow } from '../RingArrow';

const keyText = (k: Key) => String(k);

type Kind = 'cache-entry' | 'cache-stale' | 'cache-expired';

/** One cache entry as drawn: its line, its tag's box and text. */
interface Tagged extends BoxedText {
  readonly kind: Kind;
  readonly from: Point;
  readonly to: Point;
  /** "holder:key:owner", for tests */
  readonly id: string;
}

const TAG_H = 22;
/** How far along its line, from the holder, an entry's tag sits (user units). */
const TAG_AT = 55;
/** Width of one character of the 15px tag text, for the badge behind it. */
const CHAR = 8.2;

/** This step's expired entries whose holder and owner are still on the ring. */
function expiredHere(frame: ChordFrame, o: DesignOverlay | null) {
  if (o?.event !== 'cache-expire') return [];
  return o.expired.filter((x) => frame.nodes.has(x.at) && frame.nodes.has(x.entry.owner));
}

/**
 * Where each cache entry's line and tag go. Pure, so the ring's label pass can keep node and
 * key names off the tags (RingView passes the boxes as `avoid`).
 */
export function cacheTags(frame: ChordFrame, geom: RingGeom): Tagged[] {
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const entries = [
    ...cacheRows(frame).map((r) => ({
      holder: r.at,
      entry: r.entry,
      kind: (r.stale ? 'cache-stale' : 'cache-entry') as Kind,
      text: `${keyText(r.entry.key)}→N${r.entry.owner} TTL ${r.ttl}`,
    })),
    ...expiredHere(frame, o).map((x) => ({
      holder: x.at,
      entry: x.entry,
      kind: 'cache-expired' as Kind,
      text: `${keyText(x.entry.key)}→N${x.entry.owner} forgotten`,
    })),
  ];
  if (entries.length === 0) return [];
  const inset = nodeRadius(frame.ids.length) + 4;
  const at = (id: NodeId) =>
    pointOnRing(nodeAngle(id, geom.bits), geom.r - inset, geom.cx, geom.cy);
  // the checker's card in the middle of the ring (a wrong get): tags stay above or below it
  const card = verdictBox(frame, geom);
  // a node's tags stack along its line, one row each, so two entries of one holder never touch
  const rows = new Map<NodeId, number>();
  return entries.map(({ holder, entry, kind, text }) => {
    const row = rows.get(holder) ?? 0;
    rows.set(holder, row + 1);
    const from = at(holder);
    const to = at(entry.owner);
    // a little way in from the holder, reaching inwards so the tag never covers a node
    const t = Math.min(0.45, TAG_AT / Math.max(1, Math.hypot(to.x - from.x, to.y - from.y)));
    const w = text.length * CHAR + 12;
    const px = from.x + (to.x - from.x) * t;
    let y = from.y + (to.y - from.y) * t + row * TAG_H;
    const x = from.x > geom.cx ? px - w - 4 : px + 4;
    if (card && x < card.x + card.w && x + w > card.x) {
      const top = y - TAG_H / 2;
      if (top < card.y + card.h && top + TAG_H > card.y)
        y = from.y < card.y ? card.y - TAG_H / 2 - 4 : card.y + card.h + TAG_H / 2 + 4;
    }
    const id = `${holder}:${keyText(entry.key)}:${entry.owner}`;
    return { kind, from, to, text, id, box: { x, y: y - TAG_H / 2, w, h: TAG_H } };
  });
}

/**
 * The cached design's caches on the ring: every entry "key → owner" as a dashed straight line
 * from the node that holds it to the owner it names, tagged with the key and the TTL left.
 * Once a join has moved the key, the entry is stale and drawn dash-dot in the error colour of
 * a stale pointer: a put that trusts it goes to the old owner. The step where a TTL runs out
 * shows the entry struck out. Straight lines, so they never hide under the curved arrows of
 * this step's messages.
 */
export function CacheLayer({ frame, geom }: { frame: ChordFrame; geom: RingGeom }) {
  const tags = cacheTags(frame, geom);
  if (tags.length === 0) return null;
  return (
    <g className="cache-layer" aria-hidden="true">
      {tags.map((t) => (
        <Entry key={`${t.kind}${t.id}`} tag={t} />
      ))}
    </g>
  );
}

function Entry({ tag }: { tag: Tagged }) {
  const { from, to, kind, box, text } = tag;
  const half = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  return (
    <g className={`cache ${kind}`} data-mark={kind} data-entry={tag.id}>
      <line
        className="cache-line"
        x1={from.x}
        y1={from.y}
        x2={to.x}
        y2={to.y}
        markerEnd={kind === 'cache-expired' ? undefined : `url(#arrow-${kind})`}
      />
      {kind === 'cache-expired' ? <path className="x" d={cross(half, 7)} /> : null}
      <g className="cache-tag" transform={`translate(${box.x},${box.y})`}>
        <rect width={box.w} height={box.h} rx={4} />
        <text x={box.w / 2} y={box.h / 2} textAnchor="middle" dominantBaseline="central">
          {text}
        </text>
      </g>
    </g>
  );
}

/** Arrowheads for cache entries, in each kind's colour. */
export function CacheMarkers() {
  return (
    <>
      {(['cache-entry', 'cache-stale'] as const).map((k) => (
        <RingArrow key={k} id={`arrow-${k}`} size={11} />
      ))}
    </>
  );
}
