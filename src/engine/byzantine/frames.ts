import type { Step } from '../timeline';
import { narrateDecision, narrateMessage, narrateRound } from './narration';
import { runByzantine } from './run';
import {
  type ByzMessage,
  type ByzantineRun,
  type ByzantineScenario,
  type Order,
  type Verdict,
} from './types';

/**
 * What one lieutenant has received so far. Counts are over message slots delivered to it
 * (all levels); `missing` counts slots where a traitor sent nothing.
 */
export interface Tally {
  readonly attack: number;
  readonly retreat: number;
  readonly missing: number;
  /** SM: the set V built so far, in the order values were added. OM: always empty. */
  readonly V: readonly Order[];
}

export type ByzPhase = 'ready' | 'send' | 'decide' | 'verdict';

/**
 * The whole picture after a step: a view can draw it alone, given `run` (which every frame of
 * a timeline shares by reference). Frames are immutable and cheap: arrays that did not change
 * are shared with the previous frame, messages are referenced by index, never copied.
 *
 * - `phase`: 'ready' (base frame, nothing sent), 'send' (messages moving), 'decide'
 *   (lieutenants deciding), 'verdict' (IC1/IC2 and the outcome are known).
 * - `round`: relay level of the messages of this step (0 = the commander's own messages);
 *   -1 in the base frame; the last level that carried messages once deciding starts.
 * - `delivered`: run.messages[0 .. delivered) have arrived (including withheld slots, which
 *   "arrive" as nothing). Messages are sorted by level, so this is also the progress bar.
 * - `inFlight`: run.messages[start .. end) are the ones this step moves (animate a token from
 *   `from` to `to`, or a crossed-out token when `sent` is false). They are already counted in
 *   `delivered`: draw them as arriving. Empty (start = end) for decide and verdict steps.
 * - `tallies[i]`: what lieutenant i has received so far (tallies[0] is the commander's: zeros).
 *   For OM, a node of run.trees[i] is known once node.message < delivered.
 * - `decisions[i]`: lieutenant i's decision once it has decided (loyal lieutenants only; null
 *   before, and always null for the commander and traitors).
 * - `focus`: the general a decide step is about, else null.
 * - `verdict`: null until the final step.
 */
export interface ByzFrame {
  readonly phase: ByzPhase;
  readonly round: number;
  readonly delivered: number;
  readonly inFlight: { readonly start: number; readonly end: number };
  readonly tallies: readonly Tally[];
  readonly decisions: readonly (Order | null)[];
  readonly focus: number | null;
  readonly verdict: Verdict | null;
}

/** how the player steps through a run: one step per message, or per round */
export type StepBy = 'message' | 'round';
export type Granularity = StepBy | 'auto';

/** auto = one step per message up to this many message slots, else one step per round */
export const AUTO_MESSAGE_STEPS = 300;
/** 'message' granularity beyond this many slots falls back to rounds (too many frames) */
export const MAX_MESSAGE_STEPS = 20_000;

export interface ByzTimeline {
  readonly base: ByzFrame;
  readonly steps: Step<ByzFrame>[];
  readonly run: ByzantineRun;
  /** the granularity actually used ('auto' resolved, oversized 'message' downgraded) */
  readonly granularity: StepBy;
}

/**
 * The run as a list of player steps: messages (one step each, or one step per relay level),
 * grouped "Round 0", "Round 1", …; then one "decide" step per loyal lieutenant (group
 * "Decide") and a final "verdict" step (group "Verdict").
 */
export function buildByzantineTimeline(
  s: ByzantineScenario,
  opts: { granularity?: Granularity } = {},
): ByzTimeline {
  return timelineOf(runByzantine(s), opts);
}

/** The steps of a run already made (buildByzantineTimeline without the engine run). */
export function timelineOf(
  run: ByzantineRun,
  opts: { granularity?: Granularity } = {},
): ByzTimeline {
  const total = run.messages.length;
  const asked = opts.granularity ?? 'auto';
  const granularity: StepBy =
    asked === 'round' ||
    (asked === 'auto' && total > AUTO_MESSAGE_STEPS) ||
    (asked === 'message' && total > MAX_MESSAGE_STEPS)
      ? 'round'
      : 'message';

  const zero: Tally = { attack: 0, retreat: 0, missing: 0, V: [] };
  const base: ByzFrame = {
    phase: 'ready',
    round: -1,
    delivered: 0,
    inFlight: { start: 0, end: 0 },
    tallies: Array.from({ length: run.n }, () => zero),
    decisions: Array.from({ length: run.n }, () => null),
    focus: null,
    verdict: null,
  };
  const steps: Step<ByzFrame>[] = [];
  let frame = base;

  const receive = (t: Tally, msg: ByzMessage): Tally => {
    if (msg.value === null) return { ...t, missing: t.missing + 1 };
    const V = run.algorithm === 'SM' && !t.V.includes(msg.value) ? [...t.V, msg.value] : t.V;
    return msg.value === 'attack'
      ? { ...t, attack: t.attack + 1, V }
      : { ...t, retreat: t.retreat + 1, V };
  };

  if (granularity === 'message') {
    for (const msg of run.messages) {
      const tallies = frame.tallies.slice();
      tallies[msg.to] = receive(tallies[msg.to]!, msg);
      frame = {
        ...frame,
        phase: 'send',
        round: msg.level,
        delivered: msg.id + 1,
        inFlight: { start: msg.id, end: msg.id + 1 },
        tallies,
      };
      const type = !msg.sent ? 'silent' : msg.level === 0 ? 'send' : 'relay';
      steps.push({
        type,
        text: narrateMessage(run, msg),
        state: frame,
        group: `Round ${msg.level}`,
      });
    }
  } else {
    for (let k = 0; k <= run.m; k++) {
      const start = run.levelStart[k] ?? total;
      const end = run.levelStart[k + 1] ?? total;
      if (end === start) continue;
      const tallies = receiveRound(run, frame.tallies, start, end);
      frame = {
        ...frame,
        phase: 'send',
        round: k,
        delivered: end,
        inFlight: { start, end },
        tallies,
      };
      steps.push({ type: 'round', text: narrateRound(run, k), state: frame, group: `Round ${k}` });
    }
  }

  for (let i = 1; i < run.n; i++) {
    const d = run.decisions[i];
    if (d == null) continue;
    const decisions = frame.decisions.slice();
    decisions[i] = d;
    frame = {
      ...frame,
      phase: 'decide',
      inFlight: { start: frame.delivered, end: frame.delivered },
      decisions,
      focus: i,
    };
    steps.push({ type: 'decide', text: narrateDecision(run, i), state: frame, group: 'Decide' });
  }

  frame = {
    ...frame,
    phase: 'verdict',
    inFlight: { start: frame.delivered, end: frame.delivered },
    focus: null,
    verdict: run.verdict,
  };
  steps.push({ type: 'verdict', text: run.verdict.text, state: frame, group: 'Verdict' });
  return { base, steps, run, granularity };
}

/**
 * The tallies after messages [start, end) arrive: the same values as applying `receive` message
 * by message, but counted in typed arrays so a round of 100,000 messages makes one Tally per
 * lieutenant that heard something, not one per message.
 */
function receiveRound(
  run: ByzantineRun,
  before: readonly Tally[],
  start: number,
  end: number,
): Tally[] {
  const n = run.n;
  const attack = new Int32Array(n);
  const retreat = new Int32Array(n);
  const missing = new Int32Array(n);
  const V: (Order[] | null)[] = Array.from({ length: n }, () => null);
  const sm = run.algorithm === 'SM';
  for (let x = start; x < end; x++) {
    const msg = run.messages[x]!;
    const to = msg.to;
    if (msg.value === null) missing[to]!++;
    else {
      if (msg.value === 'attack') attack[to]!++;
      else retreat[to]!++;
      if (sm) {
        const held = V[to] ?? before[to]!.V;
        if (!held.includes(msg.value)) V[to] = [...held, msg.value];
      }
    }
  }
  return before.map((t, i) =>
    attack[i] === 0 && retreat[i] === 0 && missing[i] === 0
      ? t
      : {
          attack: t.attack + attack[i]!,
          retreat: t.retreat + retreat[i]!,
          missing: t.missing + missing[i]!,
          V: V[i] ?? t.V,
        },
  );
}
