import type { Key } from '../../../engine/chord';
import { keyLabel } from '../derive';
import { measureText } from '../ringLabels';
import type { Chip } from './bucketLayout';
import { KeyChip, Trail, type Place } from './KeyChip';

const FONT = 15;
const PAD = 6;
const SPACE = 5;

export interface Column {
  readonly name: 'modn' | 'chord';
  readonly chips: readonly Chip[];
  readonly x: number;
}

/** One column of keys (mod N's or Chord's): chips in their rows, moved ones with their trails. */
export function BucketColumn({
  column,
  colW,
  rowY,
  rowH,
  animate,
  durationMs,
}: {
  column: Column;
  colW: number;
  rowY(r: number): number;
  rowH: number;
  animate: boolean;
  durationMs: number;
}) {
  const chipH = Math.min(28, rowH - 8);
  const text = (k: Key) => measureText(keyLabel(k), FONT, false);
  const limit = column.x + colW - SPACE;
  // each chip's x and width, in this picture and in the previous one; a crowded row packs its
  // chips tighter before it gives up and shows "+k"
  const boxes = (pick: (c: Chip) => { row: number; slot: number }) => {
    const perRow = new Map<number, Chip[]>();
    for (const c of column.chips) {
      const at = pick(c);
      perRow.set(at.row, [...(perRow.get(at.row) ?? []), c]);
    }
    const out = new Map<Key, { x: number; w: number }>();
    for (const list of perRow.values()) {
      list.sort((a, b) => pick(a).slot - pick(b).slot);
      const room = limit - column.x - SPACE;
      const sum = (pad: number, gap: number) =>
        list.reduce((t, c) => t + text(c.key) + 2 * pad, 0) + gap * (list.length - 1);
      const [pad, gap] = sum(PAD, SPACE) <= room ? [PAD, SPACE] : [3, 2];
      let x = column.x + SPACE;
      for (const c of list) {
        const w = text(c.key) + 2 * pad;
        out.set(c.key, { x, w });
        x += w + gap;
      }
    }
    return out;
  };
  const now = boxes((c) => c);
  const then = boxes((c) => c.then);
  const place = (box: { x: number; w: number } | undefined, row: number): Place => ({
    x: box?.x ?? column.x,
    y: rowY(row) + (rowH - 2 - chipH) / 2,
    w: box?.w ?? 0,
    h: chipH,
  });
  const moved = column.chips.filter((c) => c.from !== null);
  const right = (c: Chip) => (now.get(c.key)?.x ?? 0) + (now.get(c.key)?.w ?? 0);
  const end = new Map<number, number>();
  for (const c of column.chips) end.set(c.row, Math.max(end.get(c.row) ?? 0, right(c)));
  const hidden = new Map<number, number>();
  const shown = column.chips.filter((c) => {
    const fits = right(c) <= ((end.get(c.row) ?? 0) <= limit ? limit : limit - 36);
    if (!fits) hidden.set(c.row, (hidden.get(c.row) ?? 0) + 1);
    return fits;
  });
  return (
    <g className={`bucket-col ${column.name}`} data-column={column.name}>
      {moved.map((c) => (
        <Trail
          key={`t${String(c.key)}`}
          from={place(then.get(c.key), c.then.row)}
          to={place(now.get(c.key), c.row)}
          maxX={column.x + colW - 4}
        />
      ))}
      {shown.map((c) => {
        const i = moved.indexOf(c);
        return (
          <KeyChip
            key={String(c.key)}
            label={keyLabel(c.key)}
            keyName={String(c.key)}
            from={place(then.get(c.key), c.then.row)}
            to={place(now.get(c.key), c.row)}
            moved={c.from !== null}
            animate={animate}
            durationMs={durationMs}
            // moved keys leave one after another; the others slide at once
            order={i < 0 ? null : { index: i, count: moved.length }}
            maxX={column.x + colW - 4}
          />
        );
      })}
      {[...hidden].map(([row, count]) => (
        <text
          key={`more${row}`}
          x={limit}
          y={rowY(row) + rowH / 2}
          className="more"
          textAnchor="end"
        >
          +{count}
        </text>
      ))}
    </g>
  );
}
