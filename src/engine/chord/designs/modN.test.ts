import { describe, expect, it } from 'vitest';
import { asKey, asNodeId, type NodeId } from '../ring';
import { modNOwner, movesBetween, successorOwner } from './modN';
import { PAPER, run, timeline } from './fixtures';
import type { DesignOverlay } from './state';
import { hashId } from '../hash';

const ids = (xs: number[]): NodeId[] => xs.map(asNodeId);

describe('mod-N hashing', () => {
  it('puts key k on nodes[k mod N], nodes in id order', () => {
    expect(modNOwner(ids([1, 8, 14]), 7)).toBe(8);
    expect(modNOwner(ids([1, 8, 14]), 9)).toBe(1);
    expect(successorOwner(ids([1, 8, 14]), 9)).toBe(14);
  });

  it('counts the keys whose node changes when N changes', () => {
    const keys = [0, 1, 2, 3, 4, 5].map((id) => ({ key: asKey(id), id }));
    // 2 nodes → 3 nodes: only keys 0 and 1 keep their node (k mod 2 = k mod 3 for k < 2)
    const moves = movesBetween(ids([10, 20]), ids([10, 20, 30]), keys, modNOwner);
    expect(moves.map((m) => m.key)).toEqual([2, 3, 4, 5]);
    expect(moves.find((m) => m.key === 2)).toEqual({ key: 2, from: 10, to: 30 });
  });

  it('places the initial keys by mod N, not on their successor', () => {
    const out = run({ routing: 'modN', steps: [{ op: 'check' }] });
    for (const [node, keys] of Object.entries(out.ring.keys)) {
      for (const k of keys) expect(modNOwner(ids(PAPER), hashId(k, 6))).toBe(Number(node));
    }
    // cherry hashes to 25: 25 mod 10 = 5, the sixth node, N38 (Chord would use N32)
    expect(out.ring.keys['38']).toContain('cherry');
    expect(out.results[0]).toMatchObject({ op: 'check', ok: true });
  });

  it('a join to 10 nodes moves 9 of the 10 keys; Chord would move 2 of them', () => {
    const out = run({ routing: 'modN', steps: [{ op: 'join', id: 26, via: 8 }, { op: 'check' }] });
    expect(out.results[0]).toMatchObject({
      op: 'join',
      id: 26,
      keysMoved: 9,
      chordKeysMoved: 2,
      // 10 nodes told the new N, then 9 batches of keys (one per from → to pair)
      messages: 19,
    });
    expect(out.results[1]).toMatchObject({ ok: true });
  });

  it('lookups are one message, none when the origin owns the key', () => {
    const out = run({
      routing: 'modN',
      steps: [
        { op: 'lookup', from: 8, key: 54 },
        { op: 'lookup', from: 1, key: 50 },
      ],
    });
    // 54 mod 10 = 4: N32;  50 mod 10 = 0: N1 itself
    expect(out.results[0]).toMatchObject({ owner: 32, path: [8, 32], hops: 1, messages: 1 });
    expect(out.results[1]).toMatchObject({ owner: 1, path: [1], hops: 0, messages: 0 });
  });

  it('a leave rehashes too; a crash loses the crashed node’s keys and rehashes the rest', () => {
    const out = run({
      routing: 'modN',
      steps: [{ op: 'leave', id: 42 }, { op: 'crash', id: 8 }, { op: 'check' }],
    });
    const leave = out.results[0] as { keysMoved: number; chordKeysMoved: number };
    expect(leave.keysMoved).toBeGreaterThanOrEqual(8);
    expect(leave.chordKeysMoved).toBe(1); // banana, N42's only key under Chord
    expect(out.results[2]).toMatchObject({ ok: true });
  });

  it('the rehash step shows every key flying, with both counts', () => {
    const t = timeline({ routing: 'modN', steps: [{ op: 'join', id: 26, via: 8 }] });
    const o = t.steps.at(-1)!.state.overlay as DesignOverlay;
    expect(o).toMatchObject({ kind: 'design', design: 'modN', event: 'rehash' });
    expect(o.moves).toHaveLength(9);
    expect([o.keysMoved, o.chordKeysMoved, o.totalKeys]).toEqual([9, 2, 10]);
    expect(t.steps.at(-1)!.text).toContain('moved 9 of 10 keys');
    expect(t.steps.at(-1)!.text).toContain('Chord would move 2 of 10');
  });

  it('routing other than modN is refused in a mod-N scenario, with a reason', () => {
    expect(() =>
      run({ routing: 'modN', steps: [{ op: 'lookup', from: 8, key: 5, routing: 'finger' }] }),
    ).toThrow(/must be "modN".*hash mod N/);
    expect(() => run({ routing: 'modN', replicas: 2 })).toThrow(/replicas/);
  });
});
