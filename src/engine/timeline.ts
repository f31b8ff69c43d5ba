/**
 * The player's model, shared by both labs: an engine run is a list of steps (events as data),
 * and the player moves a cursor over them. Each step carries the whole picture after it
 * (immutable, structurally shared), so "Step back" restores exactly the previous picture
 * with no undo logic: the snapshot approach of RaftScope's state.js, without replay.
 *
 * cursor = 0 shows `base`; cursor = k shows steps[k - 1].state.
 */
export interface Step<S> {
  /** machine-readable kind of event: "hop", "timeout", "send", "decide", ... */
  readonly type: string;
  /** one sentence for the narration panel */
  readonly text: string;
  /** the whole picture after this step */
  readonly state: S;
  /** index of the user operation (scenario step) that produced this event, if any */
  readonly op?: number;
  /** coarse grouping the scrubber can mark, e.g. "Round 2" */
  readonly group?: string;
  /** 'bad': a wrong or failed answer, shown in the error colour (never as the answer) */
  readonly tone?: 'bad';
}

export interface Timeline<S> {
  readonly base: S;
  readonly steps: readonly Step<S>[];
  readonly cursor: number;
}

export function createTimeline<S>(
  base: S,
  steps: readonly Step<S>[] = [],
  cursor = 0,
): Timeline<S> {
  return { base, steps, cursor: clamp(cursor, 0, steps.length) };
}

export function stateAt<S>(t: Timeline<S>, k: number): S {
  const i = clamp(k, 0, t.steps.length);
  return i === 0 ? t.base : t.steps[i - 1]!.state;
}

export function currentState<S>(t: Timeline<S>): S {
  return stateAt(t, t.cursor);
}

/** The step that produced the current picture, or undefined at the start. */
export function currentStep<S>(t: Timeline<S>): Step<S> | undefined {
  return t.cursor === 0 ? undefined : t.steps[t.cursor - 1];
}

export function jump<S>(t: Timeline<S>, k: number): Timeline<S> {
  const cursor = clamp(Math.round(k), 0, t.steps.length);
  return cursor === t.cursor ? t : { ...t, cursor };
}

export const forward = <S>(t: Timeline<S>): Timeline<S> => jump(t, t.cursor + 1);
export const back = <S>(t: Timeline<S>): Timeline<S> => jump(t, t.cursor - 1);
export const restart = <S>(t: Timeline<S>): Timeline<S> => jump(t, 0);
export const atEnd = <S>(t: Timeline<S>): boolean => t.cursor >= t.steps.length;

/**
 * A user action in the middle of a run forks the history: the future after the cursor is
 * dropped and the action's steps become the next ones. The cursor does not move; the caller
 * decides whether to show the first new step right away.
 */
export function fork<S>(t: Timeline<S>, next: readonly Step<S>[]): Timeline<S> {
  // spread: a timeline that carries its run (the Byzantine and Paxos labs) keeps it
  return { ...t, steps: [...t.steps.slice(0, t.cursor), ...next], cursor: t.cursor };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
