import { describe, expect, it } from 'vitest';
import { checkRing } from './checker';
import { Draft, Recorder } from './draft';
import { paperCtx, paperRing } from './fixtures';
import type { ChordFrame, MembershipOverlay } from './frames';
import { crash, join, leave } from './membership';
import { asKey, asNodeId, type NodeId } from './ring';
import { stabilizeRounds } from './stabilize';

const N = (n: number): NodeId => asNodeId(n);
/** Numeric keys: the id is the key. */
const keys = (...ids: number[]) => ids.map((id) => ({ key: asKey(id), id, value: `v${id}` }));

const holders = (f: ChordFrame, k: number): number[] =>
  f.ids.filter((id) => {
    const n = f.nodes.get(id)!;
    return n.keys.includes(asKey(k)) || n.replicas.some((c) => c.key === k);
  });
const ownerOf = (f: ChordFrame, k: number): number[] =>
  f.ids.filter((id) => f.nodes.get(id)!.keys.includes(asKey(k)));

describe('join (§4.4)', () => {
  it('the new node finds its successor through `via` and takes the keys in (pred, id]', () => {
    const d = new Draft(paperRing(1, keys(22, 25, 30, 31, 32)));
    const rec = new Recorder(d, 0);
    const r = join(d, N(30), N(8), paperCtx(), rec);
    expect(r.moved).toEqual([22, 25, 30]);
    const f = d.snapshot(null);
    const n30 = f.nodes.get(N(30))!;
    expect(n30.successors[0]).toBe(32);
    expect(n30.predecessor).toBeNull();
    expect(n30.keys).toEqual([22, 25, 30]);
    expect(f.nodes.get(N(32))!.keys).toEqual([31, 32]);
    // its own fingers are initialised: starts 31, 32, 34, 38, 46, 62
    expect(n30.fingers).toEqual([32, 32, 38, 38, 48, 1]);
    // the lookup's hops are steps; the last step highlights the moved keys
    expect(rec.steps.some((s) => s.type === 'hop')).toBe(true);
    const last = rec.steps[rec.steps.length - 1]!.state.overlay as MembershipOverlay;
    expect(last).toMatchObject({ kind: 'join', node: 30, movedFrom: 32, movedTo: 30 });
    expect(last.moved).toEqual([22, 25, 30]);
  });

  it('others learn about the new node through stabilization', () => {
    const d = new Draft(paperRing(1, keys(22, 25)));
    join(d, N(30), N(8), paperCtx(), null);
    expect(checkRing(d.snapshot(null)).ok).toBe(false);
    expect(d.live(N(21)).successors[0]).toBe(32);
    // round 1 (ascending ids): N21 still sees N32's old predecessor; N30 notifies N32
    stabilizeRounds(d, 1, true, null);
    expect(d.live(N(21)).successors[0]).toBe(32);
    expect(d.live(N(32)).predecessor).toBe(30);
    // round 2: N21 learns x = N30 ∈ (21, 32) and notifies it
    stabilizeRounds(d, 1, true, null);
    expect(d.live(N(21)).successors[0]).toBe(30);
    expect(d.live(N(30)).predecessor).toBe(21);
    stabilizeRounds(d, 6, true, null);
    expect(checkRing(d.snapshot(null))).toEqual({ ok: true, violations: [] });
  });

  it('a node can join a one-node ring', () => {
    const d = new Draft(paperRing());
    for (const id of [8, 14, 21, 32, 38, 42, 48, 51, 56]) leave(d, N(id), null);
    expect(d.ids).toEqual([1]);
    join(d, N(40), N(1), paperCtx(), null);
    stabilizeRounds(d, 8, true, null);
    expect(checkRing(d.snapshot(null))).toEqual({ ok: true, violations: [] });
  });
});

describe('leave', () => {
  it('hands its keys to its successor and relinks both neighbours at once', () => {
    const d = new Draft(paperRing(1, keys(39, 40, 42)));
    const rec = new Recorder(d, 0);
    const r = leave(d, N(42), rec);
    expect(r.moved).toEqual([39, 40, 42]);
    expect(r.lost).toEqual([]);
    const f = d.snapshot(null);
    expect(f.nodes.has(N(42))).toBe(false);
    expect(f.gone.get(N(42))).toBe('left');
    expect(f.nodes.get(N(48))!.keys).toEqual([39, 40, 42]);
    expect(f.nodes.get(N(38))!.successors[0]).toBe(48);
    expect(f.nodes.get(N(48))!.predecessor).toBe(38);
    // fingers elsewhere are stale until fixFingers
    expect(f.nodes.get(N(8))!.fingers[5]).toBe(42);
    expect(rec.steps.map((s) => s.type)).toEqual(['leave-keys', 'leave-gone']);
  });
});

describe('crash', () => {
  it('loses the keys only it held (replicas = 1)', () => {
    const d = new Draft(paperRing(1, keys(49, 50, 51, 52)));
    const r = crash(d, N(51), null);
    expect(r.lost).toEqual([49, 50, 51]);
    const f = d.snapshot(null);
    expect(f.data.has(asKey(49))).toBe(false);
    expect(f.data.has(asKey(52))).toBe(true);
    expect(f.gone.get(N(51))).toBe('crashed');
    // pointers to it stay until stabilization
    expect(f.nodes.get(N(48))!.successors[0]).toBe(51);
    expect(f.nodes.get(N(56))!.predecessor).toBe(51);
  });

  it('with replicas > 1 a copy survives and stabilization makes the successor the owner', () => {
    const d = new Draft(paperRing(2, keys(49, 50, 51)));
    expect(holders(d.snapshot(null), 50)).toEqual([51, 56]);
    expect(crash(d, N(51), null).lost).toEqual([]);
    stabilizeRounds(d, 3, true, null);
    const f = d.snapshot(null);
    expect(ownerOf(f, 50)).toEqual([56]);
    expect(holders(f, 50)).toEqual([1, 56]);
    stabilizeRounds(d, 6, true, null);
    expect(checkRing(d.snapshot(null))).toEqual({ ok: true, violations: [] });
  });
});

describe('replication (§6.3)', () => {
  it('replicas = 3: crashing 2 adjacent nodes loses no key', () => {
    const all = Array.from({ length: 64 }, (_, i) => i);
    const d = new Draft(paperRing(3, keys(...all)));
    expect(crash(d, N(42), null).lost).toEqual([]);
    expect(crash(d, N(48), null).lost).toEqual([]);
    stabilizeRounds(d, 8, true, null);
    const f = d.snapshot(null);
    expect(checkRing(f)).toEqual({ ok: true, violations: [] });
    for (const k of all) expect(holders(f, k)).toHaveLength(3);
    expect(ownerOf(f, 40)).toEqual([51]);
  });

  it('replicas = 3: crashing 3 adjacent nodes loses exactly their range', () => {
    const d = new Draft(paperRing(3, keys(39, 41, 45, 50, 52)));
    crash(d, N(42), null);
    crash(d, N(48), null);
    expect(crash(d, N(51), null).lost).toEqual([39, 41]);
  });
});
