import { PAPER_SCENARIO } from '../../engine/chord';
import type { ScenarioJson } from '../lab';
import { lessonsOf, type Lesson } from './types';

// N8 starts selected, so its finger table is on screen from the first click.
const chord = (extra: ScenarioJson): ScenarioJson => ({
  ...PAPER_SCENARIO,
  view: { selected: 8 },
  ...extra,
});

/** The lessons on the paper's ring. */
const ON_PAPER_RING = lessonsOf('dht', chord, [
  {
    id: 'dht-successor',
    title: 'Linked list: every node knows only its successor — O(N)',
    hint: 'The query walks the circle node by node: 8 hops from N8 to key 54.',
    ask: { 1: 'hops', 2: 'next-hop' },
    scenario: {
      // the ring's routing too, so the toolbar, pointers and node panel show successors only
      routing: 'successor',
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'successor' }],
    },
  },
  {
    id: 'dht-skip',
    title: 'Remember one node and k nodes away — fewer hops',
    hint: 'With a pointer 4 nodes ahead the same lookup jumps most of the way.',
    ask: { 1: 'hops', 2: 'next-hop' },
    scenario: {
      skip: 4,
      routing: 'skip',
      steps: [{ op: 'lookup', from: 8, key: 54, routing: 'skip' }],
    },
  },
  {
    id: 'dht-finger',
    title: 'Finger tables: O(log N) hops (Chord Fig. 3b)',
    hint: 'N8 → N42 → N51 → N56: each hop at least halves the distance to key 54.',
    ask: { 1: 'hops', 2: 'next-hop', 3: 'finger' },
    scenario: { steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }] },
  },
  {
    id: 'dht-full',
    title: 'A full, consistent view at every node: one hop',
    hint: 'Fast lookups, but every join and leave must reach every node.',
    ask: { 1: 'hops', 2: 'next-hop' },
    scenario: { routing: 'full', steps: [{ op: 'lookup', from: 8, key: 54, routing: 'full' }] },
  },
  {
    id: 'dht-put-get',
    title: 'Set and get a key: any node directs you to the owner',
    hint: 'Put from N8, get from N32: both reach the key’s successor.',
    ask: { 1: 'owner', 4: 'hops' },
    scenario: {
      steps: [
        { op: 'put', from: 8, key: 'mango', value: 'orange' },
        { op: 'get', from: 32, key: 'mango' },
      ],
    },
  },
  {
    id: 'dht-join',
    title: 'A node joins: its successor hands over a pile of keys',
    hint: 'N26 asks N8 to find its successor (N32), then takes the keys in (21, 26]: date and cherry.',
    ask: { 1: 'moved-keys' },
    scenario: { steps: [{ op: 'join', id: 26, via: 8 }] },
  },
  {
    id: 'dht-leave',
    title: 'A node leaves gracefully: it gives all its data to the next node',
    hint: 'N42 hands its key (banana) to N48 and tells its neighbours.',
    scenario: { steps: [{ op: 'leave', id: 42 }] },
  },
  {
    id: 'dht-crash',
    title: 'A crash: the hop times out, go back and search again',
    hint: 'N42 crashed; N8’s finger still points at it. The lookup times out, returns to N8, tries the next finger and repairs the link.',
    ask: { 2: 'hops', 3: 'next-hop', 6: 'next-hop' },
    scenario: {
      steps: [
        { op: 'crash', id: 42 },
        { op: 'lookup', from: 8, key: 54, routing: 'finger' },
      ],
    },
  },
  {
    id: 'dht-stabilize',
    title: 'Stabilization repairs the ring after joins and crashes',
    hint: 'stabilize → notify, checkPredecessor, fixFingers: watch the checker turn green.',
    ask: { 1: 'moved-keys' },
    scenario: {
      steps: [
        { op: 'join', id: 30, via: 8 },
        { op: 'crash', id: 51 },
        { op: 'stabilize', rounds: 6 },
        { op: 'check' },
      ],
    },
  },
  {
    id: 'dht-replicas',
    title: 'Replication: three copies survive two adjacent crashes',
    hint: 'banana (id 40) lives on N42 and copies sit on N48 and N51. Crash N42 and N48: N51 still answers the get.',
    ask: { 51: 'owner' },
    scenario: {
      replicas: 3,
      view: { selected: 51 },
      steps: [
        { op: 'crash', id: 42 },
        { op: 'crash', id: 48 },
        { op: 'stabilize', rounds: 6 },
        { op: 'get', from: 8, key: 'banana' },
        { op: 'check' },
      ],
    },
  },
  {
    id: 'dht-modn',
    title: 'Why not hash mod N? One join moves almost every key',
    hint: 'N26 joins: under mod N 9 of the 10 keys change node; on the same keys Chord moves 2 (date and cherry).',
    scenario: { routing: 'modN', steps: [{ op: 'join', id: 26, via: 8 }] },
  },
  {
    id: 'dht-leader',
    title: 'A leader keeps the view: N messages per change, and a crash mid-update',
    hint: 'N26’s join costs 12 messages. Then the leader crashes after pushing v3 to three nodes: N14 still holds v2, so its put of key 29 lands on N32, which no longer owns it.',
    scenario: {
      routing: 'leader',
      steps: [
        { op: 'join', id: 26, via: 8 },
        // N29, not N31: beside N32 the two nodes the lesson is about were drawn on top of each other
        { op: 'join', id: 29, via: 8, leaderCrash: 3 },
        { op: 'put', from: 14, key: 29, value: 'late' },
        { op: 'get', from: 8, key: 29 },
      ],
    },
  },
  {
    id: 'dht-cached',
    title: 'Caches go stale: the put lands on the wrong node',
    hint: 'N8 caches 24 → N32. After N26 joins, the cached put lands on N32, which no longer owns key 24; a get through the ring misses it, then the TTL runs out.',
    ask: { 6: 'moved-keys', 48: 'owner' },
    scenario: {
      routing: 'cached',
      cacheTtl: 5,
      steps: [
        { op: 'lookup', from: 8, key: 24 },
        { op: 'join', id: 26, via: 8 },
        { op: 'stabilize', rounds: 3 },
        { op: 'put', from: 8, key: 24, value: 'late' },
        { op: 'get', from: 14, key: 24, routing: 'finger' },
        { op: 'lookup', from: 8, key: 24 },
      ],
    },
  },
]);

/** A ring of its own, not the paper's: its scenario is written whole. */
const WHOLE = lessonsOf('dht', (scenario) => scenario, [
  {
    id: 'dht-scale',
    title: '1,000 nodes: still a handful of finger hops',
    hint: 'log2 1000 ≈ 10; a finger lookup takes about half that.',
    ask: { 1: 'hops' },
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
]);

/** The DHT lessons, in lecture order. */
export const DHT_LESSONS: readonly Lesson[] = [...ON_PAPER_RING, ...WHOLE];
