import { fail } from '../scenario/errors';
import { configOf, initialState } from './state';
import { applyEntry } from './step';
import { inFlight, twinOf } from './types';
import type {
  AcceptorState,
  Chosen,
  Config,
  Fault,
  Message,
  PaxosScenario,
  PaxosState,
  ScheduleEntry,
} from './types';
import { chosenOf, isSafe } from './verdicts';

/** The bound of the search: two proposers, at most this many acceptors. */
export const MAX_SEARCH_ACCEPTORS = 5;
export const SEARCH_PROPOSERS = 2;
/** Ballots each proposer may start (one each already lets a liar win, see faults.ts). */
export const DEFAULT_SEARCH_BALLOTS = 1;
/** Distinct states the search may visit before it gives up (answering "not exhaustive"). */
export const DEFAULT_SEARCH_STATES = 400_000;

export interface SearchOptions {
  readonly ballots?: number;
  readonly maxStates?: number;
}

export interface SearchResult {
  readonly found: boolean;
  /** the shortest violating schedule when found, else [] */
  readonly schedule: readonly ScheduleEntry[];
  /** what that schedule chooses (two values when found) */
  readonly chosen: readonly Chosen[];
  readonly safe: boolean;
  /** schedules tried: every one-entry extension of every distinct state reached */
  readonly explored: number;
  /** distinct states reached */
  readonly states: number;
  /** false when the search stopped at maxStates before trying everything */
  readonly exhaustive: boolean;
  readonly bound: {
    readonly proposers: number;
    readonly ballots: number;
    readonly acceptors: number;
  };
  /** one sentence for people */
  readonly text: string;
}

/**
 * The shortest schedule under which two different values are chosen, by breadth-first search
 * over schedules (so the first one found is a shortest one), merging schedules that reach the
 * same state. Bound: the scenario's first two proposers, `ballots` ballots each, its acceptors
 * (at most MAX_SEARCH_ACCEPTORS) with their Byzantine strategies.
 *
 * Drops and crashes need no entries of their own: for safety, a dropped message is one that is
 * never delivered, and a crashed acceptor is one that receives nothing more, and the search
 * already tries every subset and order of deliveries. So "crashes and drops only" is the
 * search with every acceptor honest. Learners are left out ("chosen" is what the acceptors did),
 * and honest acceptors are interchangeable, so states equal up to renaming them count as one.
 * The schedule found is then replayed with the scenario's learners to give the message ids a
 * run of the scenario will have.
 */
export function findViolation(s: PaxosScenario, opts: SearchOptions = {}): SearchResult {
  const ballots = opts.ballots ?? DEFAULT_SEARCH_BALLOTS;
  const maxStates = opts.maxStates ?? DEFAULT_SEARCH_STATES;
  if (s.acceptors > MAX_SEARCH_ACCEPTORS) {
    fail(
      `Paxos search: at most ${MAX_SEARCH_ACCEPTORS} acceptors (this scenario has ${s.acceptors}).`,
    );
  }
  if (s.proposers.length < SEARCH_PROPOSERS || s.proposers[0]!.value === s.proposers[1]!.value) {
    fail('Paxos search: it needs two proposers with different values.');
  }
  const faults: Record<string, Fault> = {};
  for (const [id, f] of Object.entries(s.faults)) if (f.type === 'byzantine') faults[id] = f;
  const scenario: PaxosScenario = {
    ...s,
    proposers: s.proposers.slice(0, SEARCH_PROPOSERS),
    faults,
    learners: 0,
  };
  delete (scenario as { schedule?: unknown }).schedule;
  const cfg = configOf(scenario);
  const bound = { proposers: SEARCH_PROPOSERS, ballots, acceptors: s.acceptors };

  // parent pointers: node k was reached from parent[k] by entry[k]
  const parent: number[] = [-1];
  const entry: (ScheduleEntry | null)[] = [null];
  const seen = new Set<string>();
  const start = initialState(scenario);
  const honest = new Set(cfg.acceptorIds.filter((id) => !faults[id]));
  seen.add(keyOf(start, honest));
  let frontier: { state: PaxosState; node: number }[] = [{ state: start, node: 0 }];
  let explored = 0;
  let exhaustive = true;
  const pathTo = (node: number, last: ScheduleEntry): ScheduleEntry[] => {
    const out = [last];
    for (let k = node; k > 0; k = parent[k]!) out.push(entry[k]!);
    return out.reverse();
  };

  search: while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { state, node } of frontier) {
      for (const e of moves(cfg, state, ballots)) {
        explored++;
        const after = applyEntry(cfg, state, e).state;
        if ('deliver' in e && state.messages[e.deliver - 1]!.type === 'accept') {
          const chosen = chosenOf(after.acceptors, cfg.quorum);
          if (!isSafe(chosen)) {
            const schedule = translate(s, scenario, pathTo(node, e));
            return {
              found: true,
              schedule,
              chosen,
              safe: false,
              explored,
              states: seen.size,
              exhaustive: true,
              bound,
              text: `Found: after ${schedule.length} steps ${chosen.map((c) => `${c.value} (ballot ${c.ballot}, quorum ${c.quorum.join(' ')})`).join(' and ')} are both chosen.`,
            };
          }
        }
        const key = keyOf(after, honest);
        if (seen.has(key)) continue;
        if (seen.size >= maxStates) {
          exhaustive = false;
          break search;
        }
        seen.add(key);
        parent.push(node);
        entry.push(e);
        next.push({ state: after, node: parent.length - 1 });
      }
    }
    frontier = next;
  }
  const what = `2 proposers with ${ballots} ballot${ballots === 1 ? '' : 's'} each, ${s.acceptors} acceptors, quorum ${s.quorum}`;
  return {
    found: false,
    schedule: [],
    chosen: [],
    safe: true,
    explored,
    states: seen.size,
    exhaustive,
    bound,
    text: exhaustive
      ? `No violation: none of the ${explored.toLocaleString('en-US')} schedules (${seen.size.toLocaleString('en-US')} distinct states) of ${what} chooses two values.`
      : `No violation found in the first ${seen.size.toLocaleString('en-US')} states of ${what}; the search stopped before trying everything.`,
  };
}

/** The entries worth trying next: new ballots, and deliveries that can change something. */
function moves(cfg: Config, s: PaxosState, ballots: number): ScheduleEntry[] {
  const out: ScheduleEntry[] = [];
  for (const p of s.proposers) if (p.attempts < ballots) out.push({ propose: p.id });
  for (const m of s.messages) if (inFlight(m) && !isDead(s, m)) out.push({ deliver: m.id });
  return out;
}

/**
 * A message whose delivery can never change a proposer or an acceptor: a report to learners,
 * a promise for a ballot its proposer has left or already has a quorum for, a prepare or accept
 * an honest acceptor will always ignore (its promise only grows). Such messages are left out of
 * the state, so schedules that differ only in them count as one.
 */
function isDead(s: PaxosState, m: Message): boolean {
  if (m.type === 'accepted') return true;
  if (m.type === 'promise') {
    const p = s.proposers.find((x) => x.id === m.to)!;
    return p.phase !== 'prepare' || p.ballot !== m.ballot;
  }
  const a = s.acceptors.find((x) => x.id === m.to)!;
  if (a.fault?.type === 'byzantine') return false;
  return m.type === 'prepare' ? m.ballot <= a.promised : m.ballot < a.promised;
}

/**
 * The state as a string, with honest acceptors renamed in the order of their own signature
 * (their state and the live messages to and from them), so that states equal up to swapping
 * honest acceptors usually get the same key. Two states with the same key are always the same
 * up to such a renaming, which changes nothing about whether two values can still be chosen.
 */
function keyOf(s: PaxosState, honest: ReadonlySet<string>): string {
  const live = s.messages.filter((m) => inFlight(m) && !isDead(s, m));
  const body = (m: Message) => `${m.type[0]}${m.ballot}${m.value ?? ''}${m.prior}`;
  const own = (a: AcceptorState) =>
    `${a.promised}:${a.votes.map((v) => `${v.ballot}${v.value}`).join(',')}`;
  const mine = new Map<string, string[]>();
  for (const id of honest) mine.set(id, []);
  for (const m of live) {
    const b = body(m);
    mine.get(m.from)?.push(`>${honest.has(m.to) ? '?' : m.to}${b}`);
    mine.get(m.to)?.push(`<${honest.has(m.from) ? '?' : m.from}${b}`);
  }
  const sig = new Map<string, string>();
  for (const a of s.acceptors) {
    if (!honest.has(a.id)) continue;
    const reported = s.proposers.map((p) => p.promises.findIndex((r) => r.from === a.id));
    sig.set(a.id, `${own(a)}|${reported.join(',')}|${mine.get(a.id)!.sort().join(',')}`);
  }
  const order = [...sig.keys()].sort((x, y) => {
    const a = sig.get(x)!;
    const b = sig.get(y)!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const rename = new Map(order.map((id, k) => [id, `h${k}`]));
  const name = (id: string) => rename.get(id) ?? id;
  const parts: string[] = [];
  for (const p of s.proposers) {
    const reports = p.promises.map((r) => `${name(r.from)}${r.prior}${r.value ?? ''}`);
    parts.push(`${p.attempts}${p.phase[0]}${p.ballot}:${reports.join(',')}`);
  }
  for (const a of s.acceptors) if (!honest.has(a.id)) parts.push(own(a));
  for (const id of order) parts.push(sig.get(id)!);
  parts.push(
    live
      .map((m) => `${name(m.from)}${name(m.to)}${body(m)}`)
      .sort()
      .join(','),
  );
  return parts.join('|');
}

/**
 * Replays a schedule found without learners on the scenario itself, renumbering each delivery
 * to the id the same message has there (a message is named by type, sender, receiver, ballot).
 */
function translate(
  real: PaxosScenario,
  searched: PaxosScenario,
  path: readonly ScheduleEntry[],
): ScheduleEntry[] {
  const a = { cfg: configOf(searched), state: initialState(searched) };
  const scenario: PaxosScenario = { ...real, faults: searched.faults };
  const b = { cfg: configOf(scenario), state: initialState(scenario) };
  const out: ScheduleEntry[] = [];
  for (const e of path) {
    let mapped: ScheduleEntry = e;
    if ('deliver' in e) {
      const m = a.state.messages[e.deliver - 1]!;
      const twin = twinOf(b.state.messages, m)!;
      mapped = { deliver: twin.id };
    }
    a.state = applyEntry(a.cfg, a.state, e).state;
    b.state = applyEntry(b.cfg, b.state, mapped).state;
    out.push(mapped);
  }
  return out;
}
