/**
 * Pure geometry and formatting for the Byzantine lab's pictures: where generals sit on the
 * circle, where a token flies, how a lieutenant's message tree is laid out (D3 hierarchy +
 * tree layout, math only). No React, no DOM: unit-tested in geometry.test.ts.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3';
import type { DecisionNode, Order } from '../../engine/byzantine';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface RingLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  /** radius of the circle the generals sit on */
  readonly radius: number;
  /** radius of one general's disc */
  readonly node: number;
  /** positions[i] of general i; the commander (0) is at the top, lieutenants clockwise */
  readonly positions: readonly Point[];
}

/** The stage's coordinate system: the SVG viewBox. */
export const STAGE_W = 900;
export const STAGE_H = 540;

/**
 * Generals on a circle, commander at 12 o'clock, lieutenants 1..n−1 clockwise. The disc
 * shrinks as n grows so neighbours never touch (chord between neighbours ≥ 2.6 discs).
 */
export function ringLayout(
  n: number,
  width = STAGE_W,
  height = STAGE_H,
  crowded = false,
  reserve = 0,
): RingLayout {
  // crowded rings shift right, clear of the stage's buttons in the top-left corner
  const shift = crowded ? Math.min(50, width * 0.05) : 0;
  const cx = width / 2 + shift;
  // room above the commander (its disc) and below the lowest lieutenant (name, values, badge);
  // crowded rings put short labels radially outside, so they need less below. `reserve` is a
  // strip kept free at the bottom (the legend and step switch of a narrow picture).
  const top = crowded ? 64 : 46;
  // (an even ring has a general straight below the centre, its short name under its disc)
  const bottom = (crowded ? (n % 2 === 0 ? 64 : 44) : 124) + reserve;
  // and beside the ring: a disc and its name ("L12 ✕" radially, "Lieutenant 2" centred)
  const side = crowded ? 78 : 100;
  const radius = Math.max(
    60,
    Math.min(width * 0.38, width / 2 - shift - side, (height - top - bottom) / 2),
  );
  const cy = top + radius;
  const chord = 2 * radius * Math.sin(Math.PI / Math.max(n, 2));
  const node = Math.max(14, Math.min(crowded ? 26 : 32, chord / 2.8));
  const positions: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    positions.push({ x: round(cx + radius * Math.cos(a)), y: round(cy + radius * Math.sin(a)) });
  }
  return { width, height, cx, cy, radius, node, positions };
}

/**
 * The segment a message flies along: from the edge of the sender's disc to the edge of the
 * receiver's disc (so tokens never hide a general's icon).
 */
export function messageSegment(from: Point, to: Point, inset: number): { a: Point; b: Point } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const k = Math.min(inset, len / 2 - 1);
  return {
    a: { x: round(from.x + ux * k), y: round(from.y + uy * k) },
    b: { x: round(to.x - ux * k), y: round(to.y - uy * k) },
  };
}

/** Message m's line between the discs at `positions`, `inset` clear of both. */
export function messageLine(
  positions: readonly Point[],
  m: { from: number; to: number },
  inset: number,
): { a: Point; b: Point } {
  return messageSegment(positions[m.from] ?? ORIGIN, positions[m.to] ?? ORIGIN, inset);
}

const ORIGIN: Point = { x: 0, y: 0 };

/** The point a fraction t (0..1) of the way from a to b. */
export function lerp(a: Point, b: Point, t: number): Point {
  return { x: round(a.x + (b.x - a.x) * t), y: round(a.y + (b.y - a.y) * t) };
}

/** "0→2→3" */
export function formatPath(path: readonly number[]): string {
  return path.join('→');
}

/** A, R, or – for a message a traitor withheld. */
export function letter(v: Order | null): string {
  return v === 'attack' ? 'A' : v === 'retreat' ? 'R' : '–';
}

/** The token's text: value then path, e.g. "A 0→2→3"; a withheld message reads "– 0→2→3". */
export function tokenLabel(value: Order | null, path: readonly number[]): string {
  return `${letter(value)} ${formatPath(path)}`;
}

/**
 * A compact list of received values for the label under a general: "A A R" for a few,
 * "A×40 R×12" when there are too many to list.
 */
export function compactValues(values: readonly (Order | null)[], max = 6): string {
  if (values.length === 0) return '';
  if (values.length <= max) return values.map(letter).join(' ');
  let a = 0;
  let r = 0;
  let none = 0;
  for (const v of values) {
    if (v === 'attack') a++;
    else if (v === 'retreat') r++;
    else none++;
  }
  return [a ? `A×${a}` : '', r ? `R×${r}` : '', none ? `–×${none}` : ''].filter(Boolean).join(' ');
}

/** Thousands separators, the same in every locale (tests and screenshots stay stable). */
export function fmt(x: number): string {
  return x.toLocaleString('en-US');
}

export interface TreeNodeLayout {
  /** "0-2-1": the path, unique within one tree */
  readonly key: string;
  readonly node: DecisionNode;
  readonly x: number;
  readonly y: number;
  readonly depth: number;
  /** the subtree below is hidden (collapsed by the user or by the size limit) */
  readonly collapsed: boolean;
  /** how many nodes the collapsed subtree hides */
  readonly hidden: number;
}

export interface TreeLayout {
  readonly nodes: readonly TreeNodeLayout[];
  readonly links: readonly { readonly key: string; readonly a: Point; readonly b: Point }[];
  readonly width: number;
  readonly height: number;
}

export const pathKey = (path: readonly number[]): string => path.join('-');

/** Number of nodes in a decision tree (root included). */
export function treeSize(node: DecisionNode): number {
  let count = 1;
  for (const c of node.children) count += treeSize(c);
  return count;
}

/**
 * Which subtrees start collapsed: everything below `depth` when the tree would have more than
 * `maxLeaves` leaves showing, so n = 13, m = 4 opens at its first level (11 sub-runs).
 */
export function defaultDepth(root: DecisionNode, maxLeaves = 24): number {
  let depth = 0;
  let frontier: readonly DecisionNode[] = [root];
  for (;;) {
    const next = frontier.flatMap((x) => x.children);
    if (next.length === 0 || next.length > maxLeaves) return depth;
    frontier = next;
    depth++;
  }
}

/**
 * Lays a lieutenant's decision tree out left to right: the root (what came from the commander)
 * at the left, each relay level one column further right. `open` says which collapsed-by-
 * default nodes the user expanded and `closed` which ones the user collapsed (by pathKey).
 */
export function layoutDecisionTree(
  root: DecisionNode,
  opts: {
    readonly depth: number;
    readonly open?: ReadonlySet<string>;
    readonly closed?: ReadonlySet<string>;
    readonly rowHeight?: number;
    readonly columnWidth?: number;
  },
): TreeLayout {
  const rowH = opts.rowHeight ?? 34;
  const colW = opts.columnWidth ?? 170;
  const open = opts.open ?? new Set<string>();
  const closed = opts.closed ?? new Set<string>();
  const isOpen = (n: DecisionNode, d: number): boolean => {
    const k = pathKey(n.path);
    if (closed.has(k)) return false;
    return d < opts.depth || open.has(k);
  };
  const visit = (n: DecisionNode, d: number): { node: DecisionNode; kids: unknown[] } => ({
    node: n,
    kids: isOpen(n, d) ? n.children.map((c) => visit(c, d + 1)) : [],
  });
  type V = { node: DecisionNode; kids: V[] };
  const h = hierarchy<V>(visit(root, 0) as V, (v) => v.kids);
  const laid: HierarchyPointNode<V> = tree<V>().nodeSize([rowH, colW])(h);
  let minX = Infinity;
  let maxX = -Infinity;
  laid.each((p) => {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
  });
  const pad = rowH / 2 + 4;
  const nodes: TreeNodeLayout[] = [];
  laid.each((p) => {
    const collapsed = p.data.node.children.length > 0 && p.data.kids.length === 0;
    nodes.push({
      key: pathKey(p.data.node.path),
      node: p.data.node,
      // tree() lays depth along y; turn it sideways
      x: round(p.y),
      y: round(p.x - minX + pad),
      depth: p.depth,
      collapsed,
      hidden: collapsed ? treeSize(p.data.node) - 1 : 0,
    });
  });
  const links = laid.links().map((l) => ({
    key: `${pathKey(l.source.data.node.path)}>${pathKey(l.target.data.node.path)}`,
    a: { x: round(l.source.y), y: round(l.source.x - minX + pad) },
    b: { x: round(l.target.y), y: round(l.target.x - minX + pad) },
  }));
  const depthMax = Math.max(...nodes.map((x) => x.depth));
  return {
    nodes,
    links,
    width: depthMax * colW,
    height: round(maxX - minX + 2 * pad),
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
