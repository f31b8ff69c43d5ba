import type { LabId } from './labId';

/**
 * Ready-made scenarios, one per idea in the lecture notes, so each is a click away.
 * They are ordinary scenarios (validated by the engines like any link), listed in the order
 * a lecture would take them.
 */
export interface Lesson {
  id: string;
  lab: LabId;
  title: string;
  /** what to point at once it is loaded */
  hint: string;
  scenario: Record<string, unknown>;
}

const PAPER_RING = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];
// Hashed with SHA-1 into 6 bits: apple 0, banana 40, cherry 25, date 22, grape 63, kiwi 49,
// lemon 28, lime 36, melon 48, pear 53.
const FRUIT = {
  apple: 'red',
  banana: 'yellow',
  cherry: 'dark red',
  date: 'brown',
  grape: 'green',
  kiwi: 'fuzzy',
  lemon: 'sour',
  lime: 'green',
  melon: 'sweet',
  pear: 'pale green',
};
// N8 starts selected, so its finger table is on screen from the first click.
const chord = (extra: Record<string, unknown>) => ({
  kind: 'chord',
  version: 1,
  seed: 1,
  bits: 6,
  nodes: PAPER_RING,
  keys: FRUIT,
  view: { selected: 8 },
  ...extra,
});
const byz = (extra: Record<string, unknown>) => ({
  kind: 'byzantine',
  version: 1,
  seed: 1,
  algorithm: 'OM',
  generals: 4,
  m: 1,
  order: 'attack',
  traitors: {},
  ...extra,
});

const paxos = (extra: Record<string, unknown>) => ({
  kind: 'paxos',
  version: 1,
  seed: 1,
  acceptors: 3,
  quorum: 2,
  proposers: [
    { id: 'P1', value: 'attack' },
    { id: 'P2', value: 'retreat' },
  ],
  faults: {},
  ...extra,
});
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

export const LESSONS: readonly Lesson[] = [
  {
    id: 'dht-successor',
    lab: 'dht',
    title: 'Linked list: every node knows only its successor — O(N)',
    hint: 'The query walks the circle node by node: 8 hops from N8 to key 54.',
    // the ring's routing too, so the toolbar, pointers and node panel show successors only
    scenario: chord({
      routing: 'successor',
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'successor' }],
    }),
  },
  {
    id: 'dht-skip',
    lab: 'dht',
    title: 'Remember one node and k nodes away — fewer hops',
    hint: 'With a pointer 4 nodes ahead the same lookup jumps most of the way.',
    scenario: chord({
      skip: 4,
      routing: 'skip',
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'skip' }],
    }),
  },
  {
    id: 'dht-finger',
    lab: 'dht',
    title: 'Finger tables: O(log N) hops (Chord Fig. 3b)',
    hint: 'N8 → N42 → N51 → N56: each hop at least halves the distance to key 54.',
    scenario: chord({ steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }] }),
  },
  {
    id: 'dht-full',
    lab: 'dht',
    title: 'A full, consistent view at every node: one hop',
    hint: 'Fast lookups, but every join and leave must reach every node.',
    scenario: chord({
      routing: 'full',
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'full' }],
    }),
  },
  {
    id: 'dht-put-get',
    lab: 'dht',
    title: 'Set and get a key: any node directs you to the owner',
    hint: 'Put from N8, get from N32: both reach the key’s successor.',
    scenario: chord({
      steps: [
        { op: 'put', from: 8, key: 'mango', value: 'orange' },
        { op: 'get', from: 32, key: 'mango' },
      ],
    }),
  },
  {
    id: 'dht-join',
    lab: 'dht',
    title: 'A node joins: its successor hands over a pile of keys',
    hint: 'N26 asks N8 to find its successor (N32), then takes the keys in (21, 26]: date and cherry.',
    scenario: chord({ steps: [{ op: 'join', id: 26, via: 8 }] }),
  },
  {
    id: 'dht-leave',
    lab: 'dht',
    title: 'A node leaves gracefully: it gives all its data to the next node',
    hint: 'N42 hands its key (banana) to N48 and tells its neighbours.',
    scenario: chord({ steps: [{ op: 'leave', id: 42 }] }),
  },
  {
    id: 'dht-crash',
    lab: 'dht',
    title: 'A crash: the hop times out, go back and search again',
    hint: 'N42 crashed; N8’s finger still points at it. The lookup times out, returns to N8, tries the next finger and repairs the link.',
    scenario: chord({
      steps: [
        { op: 'crash', id: 42 },
        { op: 'lookup', from: 8, key: 54, routing: 'finger' },
      ],
    }),
  },
  {
    id: 'dht-stabilize',
    lab: 'dht',
    title: 'Stabilization repairs the ring after joins and crashes',
    hint: 'stabilize → notify, checkPredecessor, fixFingers: watch the checker turn green.',
    scenario: chord({
      steps: [
        { op: 'join', id: 30, via: 8 },
        { op: 'crash', id: 51 },
        { op: 'stabilize', rounds: 6 },
        { op: 'check' },
      ],
    }),
  },
  {
    id: 'dht-replicas',
    lab: 'dht',
    title: 'Replication: three copies survive two adjacent crashes',
    hint: 'banana (id 40) lives on N42 and copies sit on N48 and N51. Crash N42 and N48: N51 still answers the get.',
    scenario: chord({
      replicas: 3,
      view: { selected: 51 },
      steps: [
        { op: 'crash', id: 42 },
        { op: 'crash', id: 48 },
        { op: 'stabilize', rounds: 6 },
        { op: 'get', from: 8, key: 'banana' },
        { op: 'check' },
      ],
    }),
  },
  {
    id: 'dht-modn',
    lab: 'dht',
    title: 'Why not hash mod N? One join moves almost every key',
    hint: 'N26 joins: under mod N 9 of the 10 keys change node; on the same keys Chord moves 2 (date and cherry).',
    scenario: chord({ routing: 'modN', steps: [{ op: 'join', id: 26, via: 8 }] }),
  },
  {
    id: 'dht-leader',
    lab: 'dht',
    title: 'A leader keeps the view: N messages per change, and a crash mid-update',
    hint: 'N26’s join costs 12 messages. Then the leader crashes after pushing v3 to three nodes: N14 still holds v2, so its put of key 30 lands on N32, which no longer owns it.',
    scenario: chord({
      routing: 'leader',
      steps: [
        { op: 'join', id: 26, via: 8 },
        { op: 'join', id: 31, via: 8, leaderCrash: 3 },
        { op: 'put', from: 14, key: 30, value: 'late' },
        { op: 'get', from: 8, key: 30 },
      ],
    }),
  },
  {
    id: 'dht-cached',
    lab: 'dht',
    title: 'Caches go stale: the put lands on the wrong node',
    hint: 'N8 caches 30 → N32. After N31 joins, the cached put lands on N32, which no longer owns key 30; a get through the ring misses it, then the TTL runs out.',
    scenario: chord({
      routing: 'cached',
      cacheTtl: 5,
      steps: [
        { op: 'lookup', from: 8, key: 30 },
        { op: 'join', id: 31, via: 8 },
        { op: 'stabilize', rounds: 3 },
        { op: 'put', from: 8, key: 30, value: 'late' },
        { op: 'get', from: 14, key: 30, routing: 'finger' },
        { op: 'lookup', from: 8, key: 30 },
      ],
    }),
  },
  {
    id: 'dht-scale',
    lab: 'dht',
    title: '1,000 nodes: still a handful of finger hops',
    hint: 'log2 1000 ≈ 10; a finger lookup takes about half that.',
    scenario: {
      kind: 'chord',
      version: 1,
      seed: 7,
      bits: 32,
      nodes: 1000,
      // N2254814 is the first node seed 7 draws for this ring.
      steps: [{ op: 'lookup', from: 2254814, key: 'lecture', routing: 'finger' }],
    },
  },
  {
    id: 'byz-lieutenant',
    lab: 'byzantine',
    title: 'OM(1), four generals, a lying lieutenant (LSP Fig. 3)',
    hint: 'The loyal lieutenants outvote the traitor: IC1 and IC2 hold.',
    scenario: byz({ traitors: { '3': 'opposite' } }),
  },
  {
    id: 'byz-commander',
    lab: 'byzantine',
    title: 'OM(1), four generals, a traitor commander (LSP Fig. 4)',
    hint: 'The commander sends different orders; the relays make every loyal lieutenant agree (IC1).',
    scenario: byz({ traitors: { '0': 'split' } }),
  },
  {
    id: 'byz-three',
    lab: 'byzantine',
    title: 'Three generals, one traitor: no solution with oral messages (Fig. 1)',
    hint: 'n ≤ 3m: lieutenant 1 cannot tell a lying lieutenant from a lying commander.',
    scenario: byz({ generals: 3, traitors: { '2': 'opposite' } }),
  },
  {
    id: 'byz-signed',
    lab: 'byzantine',
    title: 'Signed messages: three generals suffice (SM(1), Fig. 5)',
    hint: 'No spoofing: the lieutenants see two signed orders from the commander and both retreat.',
    scenario: byz({ algorithm: 'SM', generals: 3, traitors: { '0': 'split' } }),
  },
  {
    id: 'byz-two-traitors',
    lab: 'byzantine',
    title: 'Seven generals, two traitors: OM(2) copes (n > 3m)',
    hint: '156 messages over three rounds; IC1 and IC2 both hold.',
    scenario: byz({ generals: 7, m: 2, traitors: { '2': 'opposite', '5': 'split' } }),
  },
  {
    id: 'byz-too-many',
    lab: 'byzantine',
    title: 'Too many traitors for OM(1): the guarantee is gone',
    hint: 'Two traitors but m = 1: the loyal generals split and the attack fails.',
    scenario: byz({ generals: 4, m: 1, traitors: { '0': 'split', '3': 'split' } }),
  },
  {
    id: 'paxos-crashes',
    lab: 'paxos',
    title: 'Crashes can’t break Paxos',
    hint: 'Messages are lost, A3 crashes, P2 duels with P1 and retries: once attack is chosen, it stays chosen.',
    scenario: paxos({ seed: 18, loss: 0.15, faults: { A3: { type: 'crash', at: 12 } } }),
  },
  {
    id: 'paxos-forget',
    lab: 'paxos',
    title: 'One hacked acceptor: majority quorums of 3 choose two values',
    hint: 'A2 forgets it accepted attack. The two quorums {A1, A2} and {A2, A3} overlap only in A2.',
    scenario: paxos({
      faults: { A2: forget },
      schedule: [...PAXOS_FORGET_SCHEDULE, ...FORGET_LEARNERS],
    }),
  },
  {
    id: 'paxos-overlap',
    lab: 'paxos',
    title: 'Quorums that overlap in an honest node: 4 acceptors, quorum 3',
    hint: 'The same attack: A2 forgets, but A3 is in both quorums and remembers (10, attack), so P2 must propose attack.',
    scenario: paxos({
      acceptors: 4,
      quorum: 3,
      faults: { A2: forget },
      schedule: OVERLAP_SCHEDULE,
    }),
  },
  {
    id: 'paxos-liar',
    lab: 'paxos',
    title: 'A liar beats any quorum: 4 acceptors, quorum 3',
    hint: 'A4 claims it accepted (19, retreat): the highest report wins, whatever the honest A1 says.',
    scenario: paxos({
      acceptors: 4,
      quorum: 3,
      faults: { A4: { type: 'byzantine', strategy: 'liar' } },
      schedule: [...PAXOS_LIAR_SCHEDULE, ...LIAR_LEARNERS],
    }),
  },
  {
    id: 'paxos-bound',
    lab: 'paxos',
    title: 'Same bound as the generals: n ≥ 3f + 1',
    hint: 'Four acceptors survive one that forgets, as four generals survive one traitor; signatures are what stop a liar.',
    scenario: paxos({
      seed: 4,
      acceptors: 4,
      quorum: 3,
      faults: { A2: forget },
      view: { panel: 'bound' },
    }),
  },
];
