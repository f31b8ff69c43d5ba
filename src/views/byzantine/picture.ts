/**
 * What the stage and panels need at one cursor position: the engine's frame plus the run it
 * indexes into, and helpers that derive per-general lists from it. Pure and memoized per
 * (run, delivered) so a big run costs one scan per step, not one per component.
 */
import {
  pairCounts,
  type ByzantineRun,
  type ByzFrame,
  type ByzMessage,
  type LiteInfo,
  type Order,
  type PairCount,
} from '../../engine/byzantine';

export interface Picture {
  readonly run: ByzantineRun;
  readonly frame: ByzFrame;
  /** set when the run came back from the worker lightened */
  readonly lite: LiteInfo | null;
}

/** the messages this step moves: [start, end) */
export const activeRange = (p: Picture): [number, number] => [
  p.frame.inFlight.start,
  p.frame.inFlight.end,
];

export interface Received {
  /** values general i received so far, in arrival order (null = a traitor stayed silent) */
  readonly values: readonly (readonly (Order | null)[])[];
}

const cache = new WeakMap<ByzantineRun, Map<number, Received>>();

/**
 * What each general has received after the first `delivered` messages (in arrival order, up
 * to `keep` per general: labels summarize longer lists from the frame's tallies).
 */
export function receivedSoFar(run: ByzantineRun, delivered: number, keep = 16): Received {
  let perRun = cache.get(run);
  if (!perRun) {
    perRun = new Map();
    cache.set(run, perRun);
  }
  const hit = perRun.get(delivered);
  if (hit) return hit;
  const values: (Order | null)[][] = Array.from({ length: run.n }, () => []);
  const end = Math.min(delivered, run.messages.length);
  for (let x = 0; x < end; x++) {
    const msg = run.messages[x]!;
    const list = values[msg.to]!;
    if (list.length < keep) list.push(msg.value);
  }
  const out = { values };
  if (perRun.size > 400) perRun.clear();
  perRun.set(delivered, out);
  return out;
}

/** "A A R" while short; "A×40 R×12" from the tallies once a general has had too many. */
export function receivedLabel(p: Picture, i: number, max: number): string {
  const t = p.frame.tallies[i];
  if (!t) return '';
  const total = t.attack + t.retreat + t.missing;
  if (total === 0) return '';
  if (total <= max && p.frame.delivered <= p.run.messages.length) {
    const vals = receivedSoFar(p.run, p.frame.delivered).values[i] ?? [];
    if (vals.length === total) {
      return vals.map((v) => (v === 'attack' ? 'A' : v === 'retreat' ? 'R' : '–')).join(' ');
    }
  }
  return [
    t.attack ? `A×${t.attack.toLocaleString('en-US')}` : '',
    t.retreat ? `R×${t.retreat.toLocaleString('en-US')}` : '',
    t.missing ? `–×${t.missing.toLocaleString('en-US')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The messages of this step, when the run still holds them (a lite run drops deep levels). */
export function activeMessages(p: Picture): readonly ByzMessage[] | null {
  const [a, b] = activeRange(p);
  if (b > p.run.messages.length) return null;
  return p.run.messages.slice(a, b);
}

/** Above this many messages in one step, a round is drawn as counted arrows, not tokens. */
export const MAX_TOKENS = 24;

/** The tokens the ring draws this step (none when the step is drawn as counted arrows). */
export function ringTokens(p: Picture): readonly ByzMessage[] {
  const [a, b] = activeRange(p);
  return b - a <= MAX_TOKENS ? (activeMessages(p) ?? []) : [];
}

/** Earlier messages of the round of a lone message, drawn faint: the round's shape so far. */
export function ringTrail(p: Picture): readonly ByzMessage[] {
  const [start, end] = activeRange(p);
  if (end - start !== 1 || p.frame.round < 0) return [];
  const a = p.run.levelStart[p.frame.round] ?? 0;
  return p.run.messages.slice(Math.max(a, start - 80), start);
}

/** A lie: a traitor passes on an order other than the one it got. */
export const isLie = (m: ByzMessage): boolean => m.traitor && m.value !== m.loyal;

/** What the ring draws besides the generals, by the legend's names. */
export type RingMark = 'token' | 'withheld' | 'lie' | 'trail' | 'pairs' | 'deciding';

/** The marks the ring draws at this step: the legend shows an entry for each, and only them. */
export function ringMarks(p: Picture): ReadonlySet<RingMark> {
  const out = new Set<RingMark>();
  const tokens = ringTokens(p);
  if (tokens.length) out.add('token');
  if (tokens.some((m) => !m.sent)) out.add('withheld');
  if (tokens.some((m) => m.sent && isLie(m))) out.add('lie');
  if (ringTrail(p).length) out.add('trail');
  const [a, b] = activeRange(p);
  if (b - a > 0 && tokens.length === 0) out.add('pairs');
  if (p.frame.focus !== null) out.add('deciding');
  return out;
}

/** The messages of this step summed per (sender, receiver). */
export function activePairs(p: Picture): readonly PairCount[] {
  const [a, b] = activeRange(p);
  if (b <= p.run.messages.length) return pairCounts(p.run.messages, p.run.n, a, b);
  return p.lite?.pairsPerLevel[p.frame.round] ?? [];
}

/**
 * For OM at decision time: the values lieutenant i feeds into its final majority — what it
 * got from the commander, then what it decided in each sub-run commanded by lieutenant j.
 */
export function majorityInputs(
  run: ByzantineRun,
  i: number,
): { from: number; value: Order; path: readonly number[] }[] {
  const root = run.trees[i];
  if (!root) return [];
  return [
    { from: 0, value: root.received ?? 'retreat', path: root.path },
    ...root.children.map((c) => ({
      from: c.path[c.path.length - 2] ?? 0,
      value: c.value,
      path: c.path,
    })),
  ];
}

/** Lieutenant i has decided in this frame (loyal ones get a step each; traitors at the end). */
export function decisionShown(p: Picture, i: number): Order | null {
  if (i === 0) return null;
  // traitors never get one: whatever they do does not count for IC1 / IC2
  return p.frame.decisions[i] ?? null;
}
