import { createRng } from '../prng';
import { nextEntry } from './scheduler';
import { configOf, initialState } from './state';
import { applyEntry, crash, crashesDue, crashText } from './step';
import type { PaxosScenario, PaxosState, ScheduleEntry } from './types';
import { verdictsOf, type Verdicts } from './verdicts';

/** One step of a run: an entry of the schedule, or a crash fault firing. */
export interface PaxosStep {
  readonly type: 'propose' | 'deliver' | 'drop' | 'delay' | 'crash' | 'lost';
  readonly text: string;
  /** the message the step is about, if any */
  readonly message: number | null;
  /** index of the schedule entry, or -1 for a crash fault (which is not in the schedule) */
  readonly entry: number;
  readonly state: PaxosState;
  readonly verdicts: Verdicts;
}

export interface PaxosRun {
  readonly scenario: PaxosScenario;
  readonly base: PaxosState;
  readonly steps: readonly PaxosStep[];
  /** the schedule that was run: the scenario's, or the one the seeded scheduler chose */
  readonly schedule: readonly ScheduleEntry[];
  readonly final: PaxosState;
  readonly verdicts: Verdicts;
}

export interface RunOptions {
  /**
   * Run these entries first, then let the seeded scheduler finish the run (the app's "fork":
   * the history up to the cursor plus the user's action, then a fresh continuation).
   */
  readonly prefix?: readonly ScheduleEntry[];
}

/**
 * Runs a scenario: its schedule entry by entry, or, with none, a schedule the seeded scheduler
 * chooses (the same seed always chooses the same one). Crash faults fire when the run reaches
 * their step: {"type": "crash", "at": 3} crashes the acceptor after the third entry.
 */
export function runPaxos(s: PaxosScenario, opts: RunOptions = {}): PaxosRun {
  const cfg = configOf(s);
  const base = initialState(s);
  const given = opts.prefix ?? s.schedule;
  const auto = opts.prefix !== undefined || s.schedule === undefined;
  const rng = createRng((s.seed + 7919 * (opts.prefix?.length ?? 0)) >>> 0);
  const steps: PaxosStep[] = [];
  const schedule: ScheduleEntry[] = [];
  let state = base;
  const fire = () => {
    for (const id of crashesDue(s, state)) {
      state = crash(state, id);
      steps.push({
        type: 'crash',
        text: `Fault: ${crashText('acceptor', id)}`,
        message: null,
        entry: -1,
        state,
        verdicts: verdictsOf(state, cfg.quorum),
      });
    }
  };
  for (;;) {
    fire();
    const k = schedule.length;
    const e = given && k < given.length ? given[k]! : auto ? nextEntry(state, rng, s.loss) : null;
    if (!e) break;
    const r = applyEntry(cfg, state, e);
    state = r.state;
    schedule.push(e);
    steps.push({
      type: r.type,
      text: r.text,
      message: r.message,
      entry: k,
      state,
      verdicts: verdictsOf(state, cfg.quorum),
    });
  }
  return {
    scenario: s,
    base,
    steps,
    schedule,
    final: state,
    verdicts: verdictsOf(state, cfg.quorum),
  };
}
