/**
 * Every mark the space-time diagram draws, by the legend's names, and which of them a run draws
 * at some step: the legend lists those, so it stays put while the player steps.
 */
import type { ByzantineRun, ByzFrame, ByzMessage } from '../../../engine/byzantine';
import { bandLook, cursorRound, isLie, roundsOf } from '../spaceTimeLayout';

/** In the legend's order: messages, their state, the player, the aggregated rounds, the rest. */
export const ST_MARKS = [
  'attack',
  'retreat',
  'lie',
  'withheld',
  'late',
  'future',
  'current',
  'cursor',
  'pairs',
  'mix',
  'expanded',
  'timeout',
  'decision',
  'traitor',
] as const;
export type StMark = (typeof ST_MARKS)[number];

/** What each mark means, in as few words as the back row reads at a glance. */
export const ST_WORDS: Record<StMark, string> = {
  attack: 'attack',
  retreat: 'retreat',
  lie: 'lie',
  withheld: 'withheld',
  late: 'late',
  future: 'to come',
  current: 'this step',
  cursor: 'now',
  pairs: 'width = count',
  mix: 'got A R –',
  expanded: 'this round',
  timeout: 'timeout (async)',
  decision: 'decision',
  traitor: 'traitor',
};

/** The marks of a message's arrow. */
export type MessageMark = 'attack' | 'retreat' | 'lie' | 'withheld' | 'late';

/** The mark of one message's arrow (lie before its value; missing ones by why). */
export function messageMark(msg: ByzMessage): MessageMark {
  if (msg.late !== undefined) return 'late';
  if (!msg.sent) return 'withheld';
  if (isLie(msg)) return 'lie';
  return msg.value === 'retreat' ? 'retreat' : 'attack';
}

const kindsCache = new WeakMap<ByzantineRun, Map<number, ReadonlySet<StMark>>>();

/** The marks of the messages of one round (cached per run). */
function roundKinds(run: ByzantineRun, level: number, start: number, end: number) {
  let perRun = kindsCache.get(run);
  if (!perRun) kindsCache.set(run, (perRun = new Map()));
  let kinds = perRun.get(level);
  if (!kinds) {
    const out = new Set<StMark>();
    for (let x = start; x < end && x < run.messages.length; x++)
      out.add(messageMark(run.messages[x]!));
    perRun.set(level, (kinds = out));
  }
  return kinds;
}

/** The marks the diagram draws for one frame (SpaceTime.tsx and its parts draw exactly these). */
export function frameMarks(run: ByzantineRun, frame: ByzFrame, out = new Set<StMark>()) {
  const { levels, small } = roundsOf(run);
  const current = cursorRound(run, frame);
  const { start: a, end: b } = frame.inFlight;
  for (const r of levels) {
    const look = bandLook(r, small, current);
    if (look.expanded) out.add('expanded');
    if (frame.delivered < r.end) out.add('future');
    if (look.detailed) {
      for (const k of roundKinds(run, r.level, r.start, r.end)) out.add(k);
      if (a < r.end && b > r.start) out.add('current');
    } else {
      out.add('mix');
      if (look.expanded) out.add('pairs');
    }
  }
  // the lone current message of an aggregated round is drawn on top (spacetime/Current.tsx)
  const lone = frame.phase === 'send' && b - a === 1 ? run.messages[a] : undefined;
  if (lone) out.add('current').add(messageMark(lone));
  out.add('cursor');
  if (!(run.assumptions?.synchronous ?? true)) out.add('timeout');
  if (run.traitor.some(Boolean)) out.add('traitor');
  if (frame.decisions.some((d, g) => g > 0 && d && !run.traitor[g])) out.add('decision');
  return out;
}

/** The marks the diagram draws at some frame of a run: the legend's entries, in its order. */
export function diagramMarks(run: ByzantineRun, frames: readonly ByzFrame[]): StMark[] {
  const out = new Set<StMark>();
  for (const f of frames) frameMarks(run, f, out);
  return ST_MARKS.filter((k) => out.has(k));
}
