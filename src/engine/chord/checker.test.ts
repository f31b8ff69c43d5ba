import { describe, expect, it } from 'vitest';
import { checkRing } from './checker';
import { Draft } from './draft';
import { paperRing } from './fixtures';
import { crash } from './membership';
import { asKey, asNodeId, type NodeId } from './ring';

const N = (n: number): NodeId => asNodeId(n);
const keys = (...ids: number[]) => ids.map((id) => ({ key: asKey(id), id, value: null }));

describe('checkRing', () => {
  it('accepts the converged paper ring', () => {
    expect(checkRing(paperRing(3, keys(0, 10, 40, 63)))).toEqual({ ok: true, violations: [] });
  });

  it('names a wrong successor, predecessor, successor list and finger in sentences', () => {
    const d = new Draft(paperRing(2));
    d.patch(N(8), { successors: [N(21), N(32)] });
    d.patch(N(14), { predecessor: null });
    d.patch(N(42), { fingers: [48, 48, 48, 51, 1, 21].map(N) });
    const v = checkRing(d.snapshot(null)).violations;
    expect(v).toContain("N8's successor is N21; it should be N14.");
    expect(v).toContain("N8's successor list is [21, 32]; it should be [14, 21].");
    expect(v).toContain("N14's predecessor is nil; it should be N8.");
    expect(v).toContain("N42's finger[5] (start 10) is N21; it should be N14.");
    expect(v.some((s) => s.startsWith('Following successor pointers from N1 visits'))).toBe(true);
  });

  it('re-checks a node whose pointers changed, even when its finger array is shared', () => {
    const ring = paperRing(2);
    expect(checkRing(ring).ok).toBe(true);
    // fix_fingers' counter moves and the fingers stay: the same answer (from the memo)
    const d = new Draft(ring);
    d.patch(N(8), { next: 3 });
    expect(checkRing(d.snapshot(null))).toEqual({ ok: true, violations: [] });
    // the same finger array, another predecessor or successor list: checked again
    d.patch(N(14), { predecessor: N(1) });
    d.patch(N(21), { successors: [N(32), N(42)], fingers: ring.nodes.get(N(21))!.fingers });
    const v = checkRing(d.snapshot(null)).violations;
    expect(v).toContain("N14's predecessor is N1; it should be N8.");
    expect(v).toContain("N21's successor list is [32, 42]; it should be [32, 38].");
  });

  it('flags stale pointers to a crashed node', () => {
    const d = new Draft(paperRing());
    crash(d, N(42), null);
    const v = checkRing(d.snapshot(null)).violations;
    expect(v).toContain("N38's successor is N42, which is gone; it should be N48.");
    expect(v).toContain("N48's predecessor is N42, which is gone; it should be N38.");
    expect(v).toContain("N8's finger[5] (start 40) is N42, which is gone; it should be N48.");
  });

  it('checks key placement: owner, missing and stale copies', () => {
    const d = new Draft(paperRing(2, keys(40)));
    // owner N42, copy at N48
    d.patch(N(42), { keys: [] });
    d.patch(N(51), { replicas: [{ key: asKey(40), from: N(42) }] });
    const v = checkRing(d.snapshot(null)).violations;
    expect(v).toContain('The key 40 (id 40) should be owned by N42, which does not have it.');
    expect(v).toContain('N51 holds a stale copy of the key 40 (id 40).');
    d.patch(N(42), { keys: [asKey(40)] });
    d.patch(N(48), { replicas: [] });
    d.patch(N(51), { keys: [asKey(40)], replicas: [] });
    const v2 = checkRing(d.snapshot(null)).violations;
    expect(v2).toContain('N51 owns the key 40 (id 40), which belongs to N42.');
    expect(v2).toContain('N48 is missing its copy of the key 40 (id 40).');
  });

  it('caps the list of violations', () => {
    const d = new Draft(paperRing());
    for (const id of d.ids) d.patch(id, { fingers: d.live(id).fingers.map(() => N(1)) });
    const big = new Draft(d.snapshot(null));
    const v = checkRing(big.snapshot(null)).violations;
    expect(v.length).toBeLessThanOrEqual(201);
  });
});
