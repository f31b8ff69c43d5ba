import { PAXOS_BASE } from '../../engine/paxos';
import type { ScenarioJson } from '../lab';
import { lessonsOf, type Lesson } from './types';

const paxos = (extra: ScenarioJson): ScenarioJson => ({ ...PAXOS_BASE, faults: {}, ...extra });
const forget = { type: 'byzantine', strategy: 'forget' };
const run = (ids: number[]) => ids.map((deliver) => ({ deliver }));
/**
 * The shortest violating schedules findViolation returns (src/engine/paxos/search.ts; a test
 * checks they still are), then the learners hear every accepted message, so the two values
 * show up at the learners too.
 */
export const PAXOS_FORGET_SCHEDULE = [
  { propose: 'P1' },
  { propose: 'P2' },
  ...run([1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
];
const FORGET_LEARNERS = run([15, 17, 19, 21, 16, 18, 20, 22]);
export const PAXOS_LIAR_SCHEDULE = [
  { propose: 'P1' },
  { propose: 'P2' },
  ...run([1, 2, 4, 7, 9, 10, 11, 12, 13, 5, 14, 15, 8, 18, 23, 24, 25, 26]),
];
const LIAR_LEARNERS = run([16, 19, 21, 27, 29, 31, 17, 20, 22, 28, 30, 32]);
// The forget attack again with 4 acceptors: P1 is chosen by A1 A2 A3, then P2 asks A2 A3 A4.
const OVERLAP_SCHEDULE = [
  { propose: 'P1' },
  ...run([1, 2, 3, 5, 6, 7, 8, 9, 10]),
  { propose: 'P2' },
  ...run([18, 19, 20, 21, 22, 23, 24, 25, 26, 11, 13, 15, 27, 29, 31, 12, 14, 16, 28, 30, 32]),
];
// 4 acceptors, quorum 3, A2 forgets: the run seed 4 chooses (retreat is chosen by A2 A3 A4 and
// learned; P1's ballot 10 stalls at 2 of 3 promises), then P1 retries with ballot 30 and gets
// promises from A2 (which hides (20, retreat)), A1 and A3, which remembers: P1 must propose
// retreat. The lesson ends on that step, its point.
const BOUND_SCHEDULE = [
  { propose: 'P1' },
  ...run([2]),
  { propose: 'P2' },
  { delay: 6 },
  ...run([9, 7, 4, 11, 8, 5, 12, 3, 10, 15, 13, 1, 18, 14, 19]),
  { delay: 20 },
  ...run([21, 17, 22, 16, 6, 23, 20]),
  { propose: 'P1' },
  ...run([25, 24, 26, 28, 29, 30]),
];

/** The Paxos lessons, in lecture order. */
export const PAXOS_LESSONS: readonly Lesson[] = lessonsOf('paxos', paxos, [
  {
    id: 'paxos-crashes',
    title: 'Crashes can’t break Paxos',
    hint: 'Messages are lost, A3 crashes, P2 duels with P1 and retries: once attack is chosen, it stays chosen.',
    ask: { 6: 'proposal', 22: 'proposal', 26: 'chosen' },
    scenario: { seed: 18, loss: 0.15, faults: { A3: { type: 'crash', at: 12 } } },
  },
  {
    id: 'paxos-forget',
    title: 'One hacked acceptor: majority quorums of 3 choose two values',
    hint: 'A2 forgets it accepted attack. The two quorums {A1, A2} and {A2, A3} overlap only in A2.',
    ask: { 8: 'proposal', 10: 'proposal', 12: 'chosen' },
    scenario: { faults: { A2: forget }, schedule: [...PAXOS_FORGET_SCHEDULE, ...FORGET_LEARNERS] },
  },
  {
    id: 'paxos-overlap',
    title: 'Quorums that overlap in an honest node: 4 acceptors, quorum 3',
    hint: 'The same attack: A2 forgets, but A3 is in both quorums and remembers (10, attack), so P2 must propose attack.',
    ask: { 7: 'proposal', 10: 'chosen', 17: 'proposal' },
    scenario: { acceptors: 4, quorum: 3, faults: { A2: forget }, schedule: OVERLAP_SCHEDULE },
  },
  {
    id: 'paxos-liar',
    title: 'A liar beats any quorum: 4 acceptors, quorum 3',
    hint: 'A4 claims it accepted (19, retreat): the highest report wins, whatever the honest A1 says.',
    ask: { 9: 'proposal', 14: 'chosen', 17: 'proposal' },
    scenario: {
      acceptors: 4,
      quorum: 3,
      faults: { A4: { type: 'byzantine', strategy: 'liar' } },
      schedule: [...PAXOS_LIAR_SCHEDULE, ...LIAR_LEARNERS],
    },
  },
  {
    id: 'paxos-bound',
    title: 'Same bound as the generals: n ≥ 3f + 1',
    hint: 'Four acceptors survive one that forgets, as four generals survive one traitor: when P1 tries again, A2 hides retreat but A3 remembers it. Signatures are what stop a liar.',
    ask: { 13: 'proposal', 18: 'chosen', 34: 'report' },
    scenario: {
      seed: 4,
      acceptors: 4,
      quorum: 3,
      faults: { A2: forget },
      schedule: BOUND_SCHEDULE,
      view: { panel: 'bound' },
    },
  },
]);
