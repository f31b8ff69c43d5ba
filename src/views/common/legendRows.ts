/** Where each entry of a picture's legend goes: an entry is at (x, y), its swatch then its word. */
export interface LegendSpot<K> {
  readonly k: K;
  readonly x: number;
  readonly y: number;
}

/**
 * A space-time diagram's legend: the entries `keys` in order, in as few rows of `rowH` as fit
 * between `left` and `right` (one on a wide stage; a narrow one wraps rather than running off
 * its edge), each row right-aligned at `right` or, with `align` 'left', starting at `left`.
 * `widthOf` is an entry's width, swatch and word.
 */
export function legendRows<K>(
  keys: readonly K[],
  widthOf: (k: K) => number,
  right: number,
  left: number,
  rowH: number,
  align: 'left' | 'right' = 'right',
): LegendSpot<K>[][] {
  const rows: K[][] = [[]];
  let used = 0;
  for (const k of keys) {
    const w = widthOf(k);
    if (used + w > right - left && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(k);
    used += w;
  }
  return rows
    .filter((row) => row.length > 0)
    .map((row, r) => {
      let at = align === 'left' ? left : right - row.reduce((sum, k) => sum + widthOf(k), 0);
      return row.map((k) => {
        const x = at;
        at += widthOf(k);
        return { k, x, y: 12 + r * rowH };
      });
    });
}

/**
 * The width of the legend's 14 px words, near enough to lay them out before they are drawn:
 * narrow letters (i, l, t, f, r, spaces, commas) and the rest, as measured in the app's font.
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const c of s)
    w += /[iljI.,’' ]/.test(c) ? 3.6 : /[tfr]/.test(c) ? 5 : /[mw]/.test(c) ? 11.5 : 8.2;
  return w;
}
