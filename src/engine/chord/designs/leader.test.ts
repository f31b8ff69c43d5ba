import { describe, expect, it } from 'vitest';
import { run, timeline } from './fixtures';
import type { DesignOverlay } from './state';

const crashJoin = (pushes: number, steps: unknown[] = []) =>
  run({
    routing: 'leader',
    steps: [{ op: 'join', id: 31, via: 8, leaderCrash: pushes }, ...steps],
  });

describe('a view kept by a leader', () => {
  it('starts with every node holding view v1 and the highest id leading', () => {
    const f = timeline({ routing: 'leader' }).base;
    expect(f.design?.leader).toBe(56);
    expect([...f.design!.views.values()].every((v) => v.version === 1 && v.ids.length === 10)).toBe(
      true,
    );
  });

  it('a join costs N messages: the request, a push to every other node, and the handover', () => {
    const out = run({
      routing: 'leader',
      steps: [{ op: 'join', id: 31, via: 8 }, { op: 'check' }],
    });
    // 1 request + 10 pushes (everyone but the leader, the joiner included) + 1 handover
    expect(out.results[0]).toMatchObject({ op: 'join', keysMoved: 3, messages: 12 });
    expect(out.results[1]).toMatchObject({ ok: true });
    const t = timeline({ routing: 'leader', steps: [{ op: 'join', id: 31, via: 8 }] });
    const push = t.steps
      .map((s) => s.state.overlay as DesignOverlay)
      .find((o) => o.event === 'push')!;
    expect(push.sends).toHaveLength(10);
    expect(push.sends.every((s) => s.from === 56)).toBe(true);
  });

  it('lookups are one hop by the origin’s own view', () => {
    const out = run({ routing: 'leader', steps: [{ op: 'lookup', from: 8, key: 54 }] });
    expect(out.results[0]).toMatchObject({ owner: 56, path: [8, 56], hops: 1, messages: 1 });
  });

  it('the leader crashes after 3 pushes: N31, N1, N8 hold v2, the rest v1', () => {
    const t = timeline({
      routing: 'leader',
      steps: [{ op: 'join', id: 31, via: 8, leaderCrash: 3 }],
    });
    const f = t.final;
    const version = (n: number) => f.design!.views.get(n as never)!.version;
    expect([31, 1, 8].map(version)).toEqual([2, 2, 2]);
    expect([14, 21, 32, 38, 42, 48, 51].map(version)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(f.design!.leader).toBeNull();
    expect(f.nodes.has(56 as never)).toBe(false);
    expect(t.results[0]).toMatchObject({ messages: 5, lost: ['pear'] });
  });

  it('then a put from an old-view node lands on N32, which no longer owns key 30', () => {
    const out = crashJoin(3, [
      { op: 'put', from: 14, key: 30, value: 'late' },
      { op: 'get', from: 8, key: 30 },
    ]);
    expect(out.results[1]).toMatchObject({
      owner: 32,
      misplaced: true,
      trueOwner: 31,
      messages: 1,
    });
    expect(out.results[2]).toMatchObject({ owner: 31, value: null, correct: false, valueAt: [32] });
  });

  it('owner checks the range: N32 with the new view forwards to N31; with the old one it cannot', () => {
    const put = { op: 'put', from: 38, key: 30, value: 'v' };
    const newView = run({
      routing: 'leader',
      ownerCheck: true,
      steps: [{ op: 'join', id: 31, via: 8, leaderCrash: 6 }, put],
    });
    expect(newView.results[1]).toMatchObject({ owner: 31, path: [38, 32, 31], messages: 2 });
    expect(newView.results[1]).not.toHaveProperty('misplaced');
    const oldView = run({
      routing: 'leader',
      ownerCheck: true,
      steps: [{ op: 'join', id: 31, via: 8, leaderCrash: 3 }, put],
    });
    expect(oldView.results[1]).toMatchObject({ owner: 32, misplaced: true });
  });

  it('stabilize elects the highest live id, which pushes the newest view to all', () => {
    const out = crashJoin(3, [{ op: 'stabilize' }, { op: 'check' }]);
    expect(out.results[2]).toMatchObject({ ok: true });
    const t = timeline({
      routing: 'leader',
      steps: [{ op: 'join', id: 31, via: 8, leaderCrash: 3 }, { op: 'stabilize' }],
    });
    expect(t.final.design!.leader).toBe(51);
    expect([...t.final.design!.views.values()].every((v) => v.version === 3)).toBe(true);
  });

  it('a stale view times out on a node that crashed with the leader gone', () => {
    const out = run({
      routing: 'leader',
      steps: [
        { op: 'crash', id: 56 },
        { op: 'lookup', from: 8, key: 54 },
      ],
    });
    expect(out.results[1]).toMatchObject({ owner: null, timeouts: [56], messages: 1 });
  });

  it('leaderCrash needs the leader design', () => {
    expect(() =>
      run({ routing: 'finger', steps: [{ op: 'join', id: 31, via: 8, leaderCrash: 2 }] }),
    ).toThrow(/leaderCrash.*leader/);
  });
});
