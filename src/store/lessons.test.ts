import { parsePaxosScenario } from '../engine/paxos';
import { describe, expect, it } from 'vitest';
import { LESSONS } from './lessons';
import { parseChordScenario, runChordScenario } from '../engine/chord';
import { parseByzantineScenario, runByzantineScenario } from '../engine/byzantine';

const lesson = (id: string) => {
  const l = LESSONS.find((x) => x.id === id);
  if (!l) throw new Error(`no lesson ${id}`);
  return l.scenario;
};
const chord = (id: string) => runChordScenario(parseChordScenario(lesson(id)));
const byz = (id: string) => runByzantineScenario(parseByzantineScenario(lesson(id)));

describe('lessons teach what their titles claim', () => {
  it('every lesson is a valid scenario of its lab with a unique id', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      if (l.lab === 'dht') expect(() => parseChordScenario(l.scenario)).not.toThrow();
      else if (l.lab === 'paxos') expect(() => parsePaxosScenario(l.scenario)).not.toThrow();
      else expect(() => parseByzantineScenario(l.scenario)).not.toThrow();
    }
  });

  it('routing modes: successor O(N) > skip > finger (Fig. 3b) > full', () => {
    const hops = ['dht-successor', 'dht-skip', 'dht-finger', 'dht-full'].map(
      (id) => (chord(id).results[0] as { hops: number }).hops,
    );
    expect(hops[0]).toBe(8);
    expect(hops[1]).toBeLessThan(hops[0]!);
    expect(hops[2]).toBe(3);
    expect(hops[3]).toBe(1);
    expect((chord('dht-finger').results[0] as { path: number[] }).path).toEqual([8, 42, 51, 56]);
  });

  it('put from one node, get from another: same owner, value read back', () => {
    const [put, get] = chord('dht-put-get').results as { owner: number; value?: string }[];
    expect(put!.owner).toBe(get!.owner);
    expect(get!.value).toBe('orange');
  });

  it('join hands over date and cherry; leave hands banana to N48', () => {
    expect(chord('dht-join').results[0]).toMatchObject({ op: 'join', id: 26 });
    expect([...(chord('dht-join').results[0] as { moved: string[] }).moved].sort()).toEqual([
      'cherry',
      'date',
    ]);
    const leave = chord('dht-leave');
    expect(leave.results[0]).toMatchObject({ op: 'leave', id: 42, moved: ['banana'] });
    expect(leave.ring.keys['48']).toContain('banana');
  });

  it('a crashed finger times out and the lookup still reaches the owner', () => {
    const r = chord('dht-crash').results[1] as {
      owner: number;
      timeouts: number[];
      path: number[];
    };
    expect(r.timeouts).toContain(42);
    expect(r.path).not.toContain(42);
    expect(r.owner).toBe(56);
  });

  it('stabilization makes the checker pass; replication loses nothing', () => {
    expect(chord('dht-stabilize').results.at(-1)).toMatchObject({ op: 'check', ok: true });
    const rep = chord('dht-replicas');
    expect(rep.results.slice(0, 2)).toEqual([
      expect.objectContaining({ op: 'crash', lost: [] }),
      expect.objectContaining({ op: 'crash', lost: [] }),
    ]);
    expect(rep.results.at(-1)).toMatchObject({ ok: true });
    // the point of the lesson: the last copy answers the get
    expect(rep.results.at(-2)).toMatchObject({ op: 'get', value: 'yellow', owner: 51 });
  });

  it('mod N: one join to 10 nodes moves 9 of 10 keys; Chord moves 2 of the same keys', () => {
    expect(chord('dht-modn').results[0]).toMatchObject({
      op: 'join',
      keysMoved: 9,
      chordKeysMoved: 2,
    });
    // the Chord join lesson moves exactly those two
    expect((chord('dht-join').results[0] as { moved: string[] }).moved).toHaveLength(2);
  });

  it('leader: a join costs N messages; after a crash mid-update a put lands on N32, not N29', () => {
    const [join, crashJoin, put, get] = chord('dht-leader').results;
    expect(join).toMatchObject({ op: 'join', id: 26, messages: 12 });
    expect(crashJoin).toMatchObject({ op: 'join', id: 29, messages: 5 });
    expect(put).toMatchObject({ op: 'put', owner: 32, misplaced: true, trueOwner: 29 });
    expect(get).toMatchObject({ op: 'get', owner: 29, value: null, correct: false, valueAt: [32] });
  });

  it('cached: after N26 joins, the cached put lands on N32, which no longer owns key 24', () => {
    const r = chord('dht-cached').results;
    expect(r[3]).toMatchObject({
      op: 'put',
      owner: 32,
      messages: 1,
      misplaced: true,
      trueOwner: 26,
    });
    expect(r[4]).toMatchObject({ op: 'get', owner: 26, correct: false, valueAt: [32] });
    expect(r[5]).toMatchObject({ op: 'lookup', owner: 26 });
  });

  it('1,000 nodes: a finger lookup takes a handful of hops', () => {
    const r = chord('dht-scale').results[0] as { hops: number };
    expect(r.hops).toBeGreaterThan(0);
    expect(r.hops).toBeLessThanOrEqual(10);
  });

  it('Byzantine lessons: Figs. 3 and 4 hold, Fig. 1 fails IC2, SM rescues three generals', () => {
    expect(byz('byz-lieutenant')).toMatchObject({ ic1: true, ic2: true, outcome: 'victory' });
    expect(byz('byz-commander')).toMatchObject({ ic1: true, ic2: true });
    expect(byz('byz-three')).toMatchObject({ ic2: false });
    expect(byz('byz-signed')).toMatchObject({ ic1: true, outcome: 'retreat' });
    expect(byz('byz-two-traitors')).toMatchObject({ messages: 156, ic1: true, ic2: true });
  });

  it('two traitors against OM(1) break agreement', () => {
    const out = byz('byz-too-many');
    expect(out.ic1 && out.ic2).toBe(false);
    expect(out.outcome).toBe('defeat');
  });
});
