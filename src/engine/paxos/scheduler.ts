import type { Rng } from '../prng';
import type { PaxosState, ScheduleEntry } from './types';

/** The seeded scheduler stops after this many entries (a classroom run is a few dozen). */
export const MAX_AUTO_STEPS = 160;
/** Ballots each proposer may start before the seeded scheduler lets it give up. */
export const MAX_AUTO_BALLOTS = 3;
/** Chance per step that a proposer that has not started yet starts now (duelling proposers). */
const JOIN = 0.12;
/** Chance that a message is delayed instead of delivered (when another one can overtake it). */
const DELAY = 0.08;

/**
 * The seeded scheduler: the next schedule entry for a run with no (more) schedule, or null when
 * the run is over. An asynchronous network as a lecture describes it: any message in flight may
 * arrive next, `loss` of them are dropped, a few are delayed so later ones overtake them, and a
 * second proposer may start at any moment. When nothing is in flight and no learner has learned
 * anything, a proposer that has not given up starts a new ballot.
 */
export function nextEntry(s: PaxosState, rng: Rng, loss: number): ScheduleEntry | null {
  if (s.step >= MAX_AUTO_STEPS) return null;
  const live = s.proposers.filter((p) => !p.crashed);
  const waiting = live.filter((p) => p.attempts === 0);
  if (s.step === 0 && waiting[0]) return { propose: waiting[0].id };
  if (waiting.length > 0 && rng.next() < JOIN)
    return { propose: waiting[rng.int(waiting.length)]!.id };
  const flight = s.messages.filter((m) => m.status === 'flight');
  const pool = flight.length > 0 ? flight : s.messages.filter((m) => m.status === 'delayed');
  if (pool.length === 0) {
    if (waiting[0]) return { propose: waiting[0].id };
    if (s.learners.some((l) => l.learned.length > 0)) return null;
    const retry = live
      .filter((p) => p.attempts < MAX_AUTO_BALLOTS)
      .sort((a, b) => a.attempts - b.attempts || a.index - b.index)[0];
    return retry ? { propose: retry.id } : null;
  }
  const m = pool[rng.int(pool.length)]!;
  const r = rng.next();
  if (r < loss) return { drop: m.id };
  if (m.status === 'flight' && flight.length > 1 && r < loss + DELAY) return { delay: m.id };
  return { deliver: m.id };
}
