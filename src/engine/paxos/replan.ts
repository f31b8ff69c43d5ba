import { ScenarioError } from '../scenario/errors';
import { runPaxos, type PaxosRun } from './run';
import { configOf, initialState } from './state';
import { applyEntry, crash, crashesDue } from './step';
import { twinOf, type PaxosScenario, type ScheduleEntry } from './types';

export interface Replan {
  /** the new scenario's whole schedule */
  readonly schedule: readonly ScheduleEntry[];
  /** entries of the old schedule that no longer make sense (their message is never sent) */
  readonly skipped: number;
}

/**
 * What a user's action in the middle of a run does to the rest of it (the app's fork): the old
 * schedule is replayed on the changed scenario, message by message (a message is named by type,
 * sender, receiver and ballot, so ids may shift), with `insert` placed after the first `at`
 * entries; entries whose message is never sent now are skipped. Then the seeded scheduler
 * finishes the run (proposers retry a stalled ballot, learners hear the rest).
 */
export function replan(
  old: PaxosRun,
  next: PaxosScenario,
  at: number,
  insert: ScheduleEntry | null = null,
): Replan {
  const cfg = configOf(next);
  let state = initialState(next);
  const out: ScheduleEntry[] = [];
  let skipped = 0;
  const oldMessages = old.final.messages;
  const tryEntry = (e: ScheduleEntry): boolean => {
    for (const id of crashesDue(next, state)) state = crash(state, id);
    let mapped: ScheduleEntry | null = e;
    if ('deliver' in e || 'drop' in e || 'delay' in e) {
      const id = 'deliver' in e ? e.deliver : 'drop' in e ? e.drop : e.delay;
      const m = oldMessages[id - 1];
      const twin = m && twinOf(state.messages, m);
      mapped = !twin
        ? null
        : 'deliver' in e
          ? { deliver: twin.id }
          : 'drop' in e
            ? { drop: twin.id }
            : { delay: twin.id };
    }
    if (!mapped) return false;
    try {
      state = applyEntry(cfg, state, mapped).state;
    } catch (err) {
      if (err instanceof ScenarioError) return false;
      throw err;
    }
    out.push(mapped);
    return true;
  };
  old.schedule.forEach((e, k) => {
    if (k === at && insert && !tryEntry(insert)) skipped++;
    if (!tryEntry(e)) skipped++;
  });
  if (at >= old.schedule.length && insert && !tryEntry(insert)) skipped++;
  const run = runPaxos(next, { prefix: out });
  return { schedule: run.schedule, skipped };
}
