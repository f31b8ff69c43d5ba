import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  successorOwner,
  type ChordFrame,
  type Key,
  type KeyMove,
  type NodeId,
} from '../../../engine/chord';
import { useSize } from '../../common/useSize';
import { marksIn, type Mark } from '../marks';
import { measureText } from '../ringLabels';
import { bucketChips, bucketRows } from './bucketLayout';
import { BucketColumn, type Column } from './BucketColumn';
import { GAP, ModNHeader } from './ModNHeader';
import { RingArrow } from '../RingArrow';

const NONE: readonly KeyMove[] = [];

/**
 * Mod N has no ring: one row per node in id order, node #i holding the keys whose id mod N is
 * i, and beside it the same keys placed by Chord's rule (the first node clockwise). When N
 * changes, the keys that change node fly from their old row to their new one, one after
 * another, in both columns: "mod N moved 9 of 10" next to "Chord moved 2 of 10" as a picture.
 */
export function ModNStage({
  frame,
  cursor,
  animate,
  durationMs,
  selected,
  onSelect,
  onMarks,
}: {
  frame: ChordFrame;
  cursor: number;
  animate: boolean;
  durationMs: number;
  /** the node the side panel shows: its row is outlined, as the ring rings it */
  selected: NodeId | null;
  onSelect(id: NodeId): void;
  onMarks?(marks: Mark[]): void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useSize(boxRef, { width: 466, height: 380, scale: 1 });
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const moves = o?.moves ?? NONE;
  const chordMoves = o?.chordMoves ?? NONE;
  const rows = useMemo(
    () =>
      bucketRows(frame.ids, o?.chordIds ?? null, [...(o?.moves ?? []), ...(o?.chordMoves ?? [])]),
    [frame.ids, o],
  );
  const keyId = (k: Key) => frame.data.get(k)?.id ?? 0;
  const modHolder = useMemo(() => {
    const m = new Map<Key, NodeId>();
    for (const [id, n] of frame.nodes) for (const k of n.keys) m.set(k, id);
    return m;
  }, [frame.nodes]);
  const chordHolder = useMemo(() => {
    const ids = o?.chordIds ?? frame.ids;
    const m = new Map<Key, NodeId>();
    if (ids.length > 0) for (const [k, e] of frame.data) m.set(k, successorOwner(ids, e.id));
    return m;
  }, [frame.data, frame.ids, o]);

  // the label column fits the longest "N<id>  #<index>"
  const labelW = Math.max(
    64,
    ...rows.map(
      (id) => measureText(`N${id}`, 16, true) + measureText(`#${rows.length}`, 14, false) + 26,
    ),
  );
  const w = size.width / size.scale;
  const h = size.height / size.scale;
  const colW = Math.max(120, (w - labelW - GAP) / 2);
  const rowH = Math.min(46, Math.max(30, (h - 4) / Math.max(1, rows.length)));
  const svgH = Math.max(h, rows.length * rowH + 8);
  const columns: Column[] = [
    { name: 'modn', chips: bucketChips(rows, modHolder, moves, keyId), x: labelW },
    {
      name: 'chord',
      chips: bucketChips(rows, chordHolder, chordMoves, keyId),
      x: labelW + colW + GAP,
    },
  ];
  const rowY = (r: number) => 4 + r * rowH;
  const told = new Set(o?.event === 'announce' ? o.sends.map((s) => s.to) : []);
  const actor = o && (o.event === 'announce' || o.event === 'rehash') ? o.at : null;
  const n = frame.ids.length;

  // the legend lists what is drawn: report the marks when they change
  const marksKey = useRef('');
  useLayoutEffect(() => {
    const marks = marksIn(svgRef.current);
    if (marks.join() === marksKey.current) return;
    marksKey.current = marks.join();
    onMarks?.(marks);
  });

  return (
    <div className="modn-stage">
      <ModNHeader o={o} n={n} colW={colW} labelW={labelW} />
      <div className="modn-body" ref={boxRef}>
        <svg
          ref={svgRef}
          className="modn-svg"
          role="group"
          aria-label={`Mod-N buckets: ${rows.length} nodes, ${frame.data.size} keys`}
          width={w * size.scale}
          height={svgH * size.scale}
          viewBox={`0 0 ${w} ${svgH}`}
        >
          <defs>
            <RingArrow id="arrow-trail" size={11} />
          </defs>
          {rows.map((id, r) => {
            const live = frame.nodes.has(id);
            const idx = frame.ids.indexOf(id);
            const isSel = live && id === selected;
            const cls = [
              'bucket-row',
              told.has(id) ? 'told' : '',
              id === actor ? 'acting' : '',
              isSel ? 'selected' : '',
            ];
            const select = live ? () => onSelect(id) : undefined;
            return (
              <g
                key={id}
                className={cls.filter(Boolean).join(' ')}
                data-row={id}
                data-mark={id === actor ? 'at' : told.has(id) ? 'told' : undefined}
                role={live ? 'button' : undefined}
                tabIndex={live ? 0 : undefined}
                aria-label={live ? `Node ${id}` : undefined}
                aria-pressed={live ? isSel : undefined}
                onClick={select}
                onKeyDown={(e) => {
                  if (select && (e.key === 'Enter' || e.key === ' ')) {
                    e.preventDefault();
                    select();
                  }
                }}
              >
                <rect x={0} y={rowY(r)} width={w} height={rowH - 2} rx={6} className="row-bg" />
                {isSel ? (
                  <rect x={0} y={rowY(r)} width={6} height={rowH - 2} rx={3} className="row-sel" />
                ) : null}
                <text x={12} y={rowY(r) + rowH / 2} className={live ? 'row-node' : 'row-node gone'}>
                  N{id}
                </text>
                <text x={labelW - 6} y={rowY(r) + rowH / 2} className="row-index" textAnchor="end">
                  {idx >= 0 ? `#${idx}` : live ? '' : 'left'}
                </text>
              </g>
            );
          })}
          <line
            className="col-rule"
            x1={labelW + colW + GAP / 2}
            x2={labelW + colW + GAP / 2}
            y1={0}
            y2={svgH}
          />
          {columns.map((c) => (
            <BucketColumn
              key={`${c.name}-${cursor}`}
              column={c}
              colW={colW}
              rowY={rowY}
              rowH={rowH}
              animate={animate}
              durationMs={durationMs}
            />
          ))}
        </svg>
      </div>
    </div>
  );
}
