import { describe, expect, it } from 'vitest';
import { buildRing } from './builder';
import { checkRing } from './checker';
import { Draft, Recorder } from './draft';
import { paperCtx, paperRing } from './fixtures';
import type { StabilizeOverlay } from './frames';
import { crash, join } from './membership';
import { asNodeId, type NodeId } from './ring';
import { checkPredecessor, fixFingers, notify, stabilize, stabilizeRounds } from './stabilize';

const N = (n: number): NodeId => asNodeId(n);

describe("the paper's rules, one at a time (Fig. 7)", () => {
  it('stabilize adopts successor.predecessor when it lies between', () => {
    const d = new Draft(paperRing());
    join(d, N(30), N(8), paperCtx(), null);
    notify(d, N(32), N(30)); // N30's own stabilize would do this
    const r = stabilize(d, N(21));
    expect(r.successor).toBe(30);
    expect(d.live(N(21)).successors).toEqual([30]);
    expect(d.live(N(21)).fingers[0]).toBe(30); // finger[1] of the paper is the successor
  });

  it('notify takes a closer predecessor, or any when nil', () => {
    const d = new Draft(paperRing());
    expect(notify(d, N(14), N(1))).toBe(false); // 1 ∉ (8, 14)
    expect(notify(d, N(14), N(10))).toBe(true);
    expect(d.live(N(14)).predecessor).toBe(10);
    d.patch(N(21), { predecessor: null });
    expect(notify(d, N(21), N(1))).toBe(true);
    expect(d.live(N(21)).predecessor).toBe(1);
  });

  it('checkPredecessor clears a dead predecessor', () => {
    const d = new Draft(paperRing());
    crash(d, N(42), null);
    expect(checkPredecessor(d, N(48))).toBe(true);
    expect(d.live(N(48)).predecessor).toBeNull();
    expect(checkPredecessor(d, N(38))).toBe(false);
  });

  it('stabilize skips a dead successor using the successor list (§6.3)', () => {
    const d = new Draft(paperRing(3));
    crash(d, N(42), null);
    const r = stabilize(d, N(38));
    expect(r.successor).toBe(48);
    expect(d.live(N(38)).successors).toEqual([48, 51, 56]);
  });

  it('fixFingers refreshes finger[next] and advances next, so bits rounds cover all', () => {
    const d = new Draft(paperRing());
    d.patch(N(8), { fingers: [14, 14, 14, 14, 14, 14].map(N), next: 3 });
    const r = fixFingers(d, N(8), true);
    expect(r).toMatchObject({ index: 3, start: 16, node: 21, changed: true });
    expect(d.live(N(8)).next).toBe(4);
    for (let i = 0; i < 5; i++) fixFingers(d, N(8), true);
    expect(d.live(N(8)).fingers).toEqual([14, 14, 14, 21, 32, 42]);
    expect(d.live(N(8)).next).toBe(3);
  });
});

describe('stabilization rounds', () => {
  it('converge after several joins and crashes', () => {
    const d = new Draft(paperRing(2));
    for (const [id, via] of [
      [30, 8],
      [60, 1],
      [3, 42],
      [45, 56],
    ] as const) {
      join(d, N(id), N(via), paperCtx(), null);
    }
    crash(d, N(21), null);
    crash(d, N(51), null);
    let rounds = 0;
    while (!checkRing(d.snapshot(null)).ok && rounds < 30) {
      stabilizeRounds(d, 1, true, null);
      rounds++;
    }
    expect(checkRing(d.snapshot(null))).toEqual({ ok: true, violations: [] });
    expect(rounds).toBeLessThanOrEqual(12);
  });

  it('record one step per node per round, naming the node and the rules that acted', () => {
    const d = new Draft(paperRing());
    join(d, N(30), N(8), paperCtx(), null);
    const rec = new Recorder(d, 4);
    stabilizeRounds(d, 2, true, rec);
    expect(rec.steps).toHaveLength(2 * 11);
    const ov = rec.steps.map((s) => s.state.overlay as StabilizeOverlay);
    expect(ov.map((o) => o.node).slice(0, 11)).toEqual(d.ids);
    const n30 = rec.steps.find((s, i) => ov[i]!.node === 30 && ov[i]!.round === 1)!;
    expect((n30.state.overlay as StabilizeOverlay).rules).toContain('notify');
    expect(n30.text).toContain('notify: N32 takes N30 as its predecessor');
    expect((n30.state.overlay as StabilizeOverlay).changed).toContainEqual({
      node: 32,
      field: 'predecessor',
      index: 0,
      from: 21,
      to: 30,
    });
    expect(rec.steps[0]!.group).toBe('Round 1');
    expect(rec.steps[11]!.group).toBe('Round 2');
  });

  it('a converged ring stays put', () => {
    const f = buildRing([3, 90, 150, 200], 8, 2);
    const d = new Draft(f);
    stabilizeRounds(d, 10, true, null);
    const g = d.snapshot(null);
    for (const id of f.ids) {
      const a = f.nodes.get(id)!;
      const b = g.nodes.get(id)!;
      expect({ ...b, next: 0 }).toEqual({ ...a, next: 0 });
    }
  });
});
