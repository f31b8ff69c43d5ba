import { memo, useMemo } from 'react';
import type { ChordFrame, NodeId, Routing } from '../../engine/chord/frames';
import { chordPath, maxBulge, nodeAngle } from './geometry';
import { fingerRows, skipTarget, staleness, staleNodes, trueSuccessors } from './derive';
import { nodeRadius, type RingGeom } from './ringConstants';
import { DesignPointers } from './designs/DesignPointers';
import { RingArrow } from './RingArrow';
import { FullView } from './FullView';

/**
 * The selected node's pointers that the chosen routing uses (finger: its fingers; successor:
 * its successor; skip: successor and the pointer k nodes ahead; full: it knows every node;
 * leader: see DesignPointers; cached: its fingers, its cache is designs/CacheLayer's), and every
 * stale successor pointer dotted.
 */
export const PointerLayer = memo(function PointerLayer({
  frame,
  geom,
  selected,
  routing,
  skip,
}: {
  frame: ChordFrame;
  geom: RingGeom;
  selected: NodeId | null;
  routing: Routing;
  skip: number;
}) {
  const node = selected !== null ? frame.nodes.get(selected) : undefined;
  const { chords, staleSucc } = useMemo(
    () => drawnPointers(frame, selected, routing, skip),
    [frame, selected, routing, skip],
  );
  const angle = (id: number) => nodeAngle(id, geom.bits);
  const inset = nodeRadius(frame.ids.length) + 3;
  return (
    <g className="pointers" aria-hidden="true">
      {staleSucc.map(({ from, to }) => (
        <path
          key={`s${from}`}
          className={`succ stale ${frame.gone.has(to) ? 'gone' : 'wrong'}`}
          data-mark="stale"
          d={chordPath(angle(from), angle(to), geom, inset, maxBulge(geom))}
          markerEnd="url(#arrow-stale)"
        />
      ))}
      {node
        ? chords.map((c) => (
            <path
              key={c.key}
              className={c.cls}
              data-mark={c.mark}
              d={chordPath(angle(node.id), angle(c.to), geom, inset, maxBulge(geom))}
              markerEnd={c.mark === 'stale' ? 'url(#arrow-stale)' : 'url(#arrow-finger)'}
            />
          ))
        : null}
      {routing === 'leader' ? (
        <DesignPointers frame={frame} geom={geom} selected={selected} />
      ) : null}
      {node && routing === 'full' ? (
        // the full view: every live node is in its table, no pointer to follow
        <FullView geom={geom} inset={inset} />
      ) : null}
      <defs>
        <RingArrow id="arrow-finger" />
        <RingArrow id="arrow-stale" />
        <RingArrow id="arrow-hop" />
        <RingArrow id="arrow-handover" />
        <RingArrow id="arrow-copy" />
        <RingArrow id="arrow-to-leader" />
      </defs>
    </g>
  );
});

/** A pointer arrow PointerLayer draws from the selected node. */
export interface PointerChord {
  readonly to: NodeId;
  readonly cls: string;
  readonly key: string;
  readonly mark: string;
}

/**
 * The arrows PointerLayer draws: the selected node's pointers its routing uses, and every stale
 * successor pointer (from → to). The label pass keeps names off their heads (markBoxes).
 */
export function drawnPointers(
  frame: ChordFrame,
  selected: NodeId | null,
  routing: Routing,
  skip: number,
): { chords: PointerChord[]; staleSucc: { from: NodeId; to: NodeId }[] } {
  const node = selected !== null ? frame.nodes.get(selected) : undefined;
  const stale = frame.ids.length <= 2000 ? staleNodes(frame) : new Set<NodeId>();
  const chords: PointerChord[] = [];
  const pointer = (to: NodeId | null, truth: NodeId | null, kind: string) => {
    if (!node || to === null || to === node.id) return;
    const st = staleness(frame, to, truth);
    chords.push({
      to,
      cls: st ? `${kind} stale ${st}` : kind,
      key: kind,
      mark: st ? 'stale' : kind,
    });
  };
  if (node && routing === 'successor') {
    pointer(node.successors[0] ?? null, trueSuccessors(frame, node.id)[0] ?? null, 'successor');
  } else if (node && routing === 'skip') {
    pointer(node.successors[0] ?? null, trueSuccessors(frame, node.id)[0] ?? null, 'successor');
    const far = skipTarget(frame, node.id, skip);
    if (far !== null && far !== node.successors[0]) pointer(far, far, 'skip');
  } else if (node && (routing === 'finger' || routing === 'cached')) {
    const seen = new Set<number>();
    for (const row of fingerRows(frame, node)) {
      if (seen.has(row.node) || row.node === node.id) continue;
      seen.add(row.node);
      chords.push({
        to: row.node,
        cls: row.stale ? `finger stale ${row.stale}` : 'finger',
        key: `f${row.i}`,
        mark: row.stale ? 'stale' : 'finger',
      });
    }
  }
  const staleSucc: { from: NodeId; to: NodeId }[] = [];
  for (const id of stale) {
    const n = frame.nodes.get(id);
    const s = n?.successors[0];
    if (n && s !== undefined && s !== trueSuccessors(frame, id)[0])
      staleSucc.push({ from: id, to: s });
    if (staleSucc.length > 200) break;
  }
  return { chords, staleSucc };
}
