import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRing } from './builder';
import { Draft, Recorder } from './draft';
import { PAPER_NODES, paperRing } from './fixtures';
import {
  CHORD_ROUTINGS as ROUTINGS,
  type ChordFrame,
  type LookupOverlay,
  type ChordRouting as Routing,
} from './frames';
import { crash } from './membership';
import { asKey, asNodeId, successorOf, type NodeId } from './ring';
import { LINES, PSEUDOCODE, pseudocodeFor } from './pseudocode';
import { route } from './routing';
import { skipPointer } from './candidates';
import { compareRouting } from './scenario';
import { checkRing } from './checker';

const N = (n: number): NodeId => asNodeId(n);

function lookup(routing: Routing, key: number, from: number, frame = paperRing(), repair = true) {
  const d = new Draft(frame);
  const rec = new Recorder(d, 0);
  const r = route(
    d,
    { keyId: key, key: asKey(key), from: N(from), routing, skip: 4, repair, purpose: 'lookup' },
    rec,
  );
  return { ...r, steps: rec.steps, after: d.snapshot(null) };
}

/** The paper ring with some nodes crashed but nobody told (all pointers to them stale). */
function crashed(ids: number[], replicas = 1): ChordFrame {
  const d = new Draft(paperRing(replicas));
  for (const id of ids) crash(d, N(id), null);
  return d.snapshot(null);
}

describe('finger routing on the paper ring (Fig. 3b)', () => {
  it('lookup(54) from N8 goes 8 → 42 → 51 → 56 in 3 hops', () => {
    const r = lookup('finger', 54, 8);
    expect(r.owner).toBe(56);
    expect(r.path).toEqual([8, 42, 51, 56]);
    expect(r.path.length - 1).toBe(3);
    expect(r.timeouts).toEqual([]);
  });

  it('N8 finger table: starts 9, 10, 12, 16, 24, 40 → N14, N14, N14, N21, N32, N42', () => {
    const n8 = paperRing().nodes.get(N(8))!;
    expect([0, 1, 2, 3, 4, 5].map((i) => (8 + 2 ** i) % 64)).toEqual([9, 10, 12, 16, 24, 40]);
    expect(n8.fingers).toEqual([14, 14, 14, 21, 32, 42]);
  });

  it('narrates why each hop is taken', () => {
    const texts = lookup('finger', 54, 8).steps.map((s) => s.text);
    expect(texts).toContain(
      'N8: 54 is not in (8, 14]; the closest preceding finger is finger[5] = N42.',
    );
    expect(texts).toContain('N51: 54 is in (51, 56], so the successor N56 owns it.');
  });

  it('exposes current node, pick, token, path and pseudo-code line in each step', () => {
    const steps = lookup('finger', 54, 8).steps;
    const ov = steps.map((s) => s.state.overlay as LookupOverlay);
    expect(ov.every((o) => o.kind === 'lookup')).toBe(true);
    const first = ov[1]!;
    expect(first.at).toBe(8);
    expect(first.pick).toEqual({ node: 42, source: 'finger', index: 5 });
    expect(first.token).toEqual({ from: 8, to: 42 });
    expect(first.path).toEqual([8, 42]);
    expect(PSEUDOCODE.finger[first.line]).toContain('finger[i] ∈ (n, id)');
    const last = ov[ov.length - 1]!;
    expect(last.done).toBe(true);
    expect(last.owner).toBe(56);
    expect(last.path).toEqual([8, 42, 51, 56]);
    for (const o of ov) expect(PSEUDOCODE.finger[o.line]).toBeDefined();
  });

  it('successor hops move the token from the node that holds the query (8 → 14 → 21 …)', () => {
    const hops = lookup('successor', 54, 8)
      .steps.map((s) => s.state.overlay as LookupOverlay)
      .filter((o) => o.token !== null);
    expect(hops.map((o) => [o.at, o.token!.from, o.token!.to])).toEqual([
      [8, 8, 14],
      [14, 14, 21],
      [21, 21, 32],
      [32, 32, 38],
      [38, 38, 42],
      [42, 42, 48],
      [48, 48, 51],
      [51, 51, 56],
    ]);
  });

  it('a key the origin owns takes 0 hops', () => {
    expect(lookup('finger', 5, 8).path).toEqual([8]);
    expect(lookup('finger', 8, 8).owner).toBe(8);
  });
});

describe('the four routing modes', () => {
  it('successor routing from N8 for 54 walks every node up to the owner', () => {
    const r = lookup('successor', 54, 8);
    expect(r.path).toEqual([8, 14, 21, 32, 38, 42, 48, 51, 56]);
    expect(r.owner).toBe(56);
  });

  it('full membership answers in one hop', () => {
    const r = lookup('full', 54, 8);
    expect(r.path).toEqual([8, 56]);
    expect(lookup('full', 10, 8).path).toEqual([8, 14]);
    expect(lookup('full', 3, 8).path).toEqual([8]);
  });

  it('skip routing ("remember 1 node and k nodes away") needs fewer hops than successor', () => {
    const skip = lookup('skip', 54, 8);
    expect(skip.owner).toBe(56);
    expect(skip.path[1]).toBe(38); // four nodes ahead of N8
    expect(skip.path.length).toBeLessThan(lookup('successor', 54, 8).path.length);
    expect(skipPointer(new Draft(paperRing()), N(8), 4)).toBe(38);
  });

  it('every mode finds the true owner from every node for every key', () => {
    const frame = paperRing();
    for (const routing of ROUTINGS) {
      for (const from of PAPER_NODES) {
        for (let key = 0; key < 64; key++) {
          expect(lookup(routing, key, from, frame).owner).toBe(successorOf(frame.ids, key));
        }
      }
    }
  });

  it('hop counts order as successor ≥ skip ≥ finger ≥ full on average', () => {
    const frame = buildRing(
      Array.from({ length: 100 }, (_, i) => i * 10 + 3),
      10,
      1,
    );
    const mean = (routing: Routing): number => {
      let sum = 0;
      for (let k = 0; k < 1024; k += 7) sum += lookup(routing, k, 3, frame).path.length - 1;
      return sum;
    };
    const [succ, skip, finger, full] = ROUTINGS.map(mean);
    expect(succ).toBeGreaterThan(skip!);
    expect(skip).toBeGreaterThan(finger!);
    expect(finger).toBeGreaterThan(full!);
  });

  it('with a successor list (replicas > 1) the pseudo-code says closest_preceding_node over fingers ∪ successor list', () => {
    const journal = pseudocodeFor('finger', 3);
    expect(journal.join('\n')).toContain(
      'closest_preceding_node(id):   // fingers ∪ successor list',
    );
    expect(pseudocodeFor('finger', 1)).toBe(PSEUDOCODE.finger);
    // and that is what runs: with replicas 3, N38 forwards 54 to successor-list entry N51,
    // closer than its best finger N48
    expect(lookup('finger', 54, 38, paperRing(1)).path).toEqual([38, 48, 51, 56]);
    const r = lookup('finger', 54, 38, paperRing(3));
    expect(r.path).toEqual([38, 51, 56]);
    const o = r.steps.find((s) => s.type === 'hop')!.state.overlay as LookupOverlay;
    expect(o.pick).toEqual({ node: 51, source: 'successor', index: 2 });
    expect(journal[o.line]).toContain('u ∈ (n, id)');
  });

  it('every routing mode names valid pseudo-code lines', () => {
    for (const routing of ROUTINGS) {
      for (const line of Object.values(LINES[routing])) {
        expect(PSEUDOCODE[routing][line]).toBeDefined();
      }
    }
  });

  it('compareRouting runs every mode, the other designs too, without touching the frame', () => {
    const frame = crashed([42]);
    const before = frame.nodes.get(N(8));
    const rows = compareRouting(frame, asKey(54), N(8), { skip: 4, repair: true, cacheTtl: 3 });
    expect(rows.map((r) => r.routing)).toEqual([...ROUTINGS, 'modN', 'leader', 'cached']);
    // mod N ignores the ring: 54 mod 9 live nodes = 0, the first node in id order
    expect(rows.find((r) => r.routing === 'modN')).toMatchObject({
      owner: 1,
      hops: 1,
      messages: 1,
    });
    expect(rows.filter((r) => r.routing !== 'modN').every((r) => r.owner === 56)).toBe(true);
    expect(rows.find((r) => r.routing === 'leader')).toMatchObject({ hops: 1, messages: 1 });
    expect(rows.find((r) => r.routing === 'cached')!.timeouts).toEqual([42]);
    expect(rows.find((r) => r.routing === 'full')!.hops).toBe(1);
    expect(rows.find((r) => r.routing === 'finger')!.timeouts).toEqual([42]);
    expect(frame.nodes.get(N(8))).toBe(before);
  });
});

describe('timeouts and recovery', () => {
  it('a crashed node on the finger path times out; the lookup still finds the live owner', () => {
    const r = lookup('finger', 54, 8, crashed([42]));
    expect(r.timeouts).toEqual([42]);
    expect(r.owner).toBe(56);
    expect(r.path).not.toContain(42);
    expect(r.path[0]).toBe(8);
    const types = r.steps.map((s) => s.type);
    expect(types).toContain('timeout');
    const t = r.steps.find((s) => s.type === 'timeout')!;
    const o = t.state.overlay as LookupOverlay;
    expect(o.token).toEqual({ from: 42, to: 8 });
    expect(o.timeouts).toEqual([42]);
    expect(PSEUDOCODE.finger[o.line]).toContain('timeout');
  });

  it('issue #10 repro 5: lazy repair learns the first live node at or after finger[5].start (40) the lookup passed, N48', () => {
    const r = lookup('finger', 54, 8, crashed([42]));
    expect(r.path).toEqual([8, 32, 48, 51, 56]);
    const n8 = r.after.nodes.get(N(8))!;
    expect(n8.fingers).not.toContain(42);
    expect(n8.fingers[5]).toBe(48); // not N32, a node before the dead one
    const told = r.steps.find((s) => s.type === 'repair')!;
    expect(told.text).toContain('finger[5] now points to N48');
    expect(told.text).toContain('N8 learns it from N32');
    // the next lookup: 3 hops, no timeout, and the finger passes the checker's test
    const second = lookup('finger', 54, 8, r.after);
    expect(second.path).toEqual([8, 48, 51, 56]);
    expect(second.timeouts).toEqual([]);
    const violations = checkRing(r.after).violations.filter((v) => v.startsWith('N8'));
    expect(violations).toEqual([]);
  });

  it('without repair the stale finger stays and times out again', () => {
    const r = lookup('finger', 54, 8, crashed([42]), false);
    expect(r.after.nodes.get(N(8))!.fingers[5]).toBe(42);
    expect(lookup('finger', 54, 8, r.after, false).timeouts).toEqual([42]);
  });

  it('a dead successor falls back to the successor list (replicas > 1)', () => {
    const frame = crashed([56], 2);
    const r = lookup('finger', 54, 8, frame);
    expect(r.timeouts).toEqual([56]);
    expect(r.owner).toBe(1);
    for (const routing of ['successor', 'skip'] as const) {
      expect(lookup(routing, 54, 8, frame).owner).toBe(1);
    }
  });

  it('with replicas = 1, repair finds the next live node from the finger table', () => {
    const r = lookup('finger', 54, 8, crashed([42, 51]));
    expect(r.owner).toBe(56);
    expect(r.timeouts).toEqual([42, 51]);
  });

  it('recovers for any crashed set that leaves a successor-list entry alive', () => {
    fc.assert(
      fc.property(
        fc.subarray([...PAPER_NODES], { maxLength: 4 }),
        fc.integer({ min: 0, max: 63 }),
        fc.constantFrom(...(['finger', 'successor', 'skip'] as const)),
        (dead, key, routing) => {
          // replicas = 5 means fewer than 5 adjacent crashes always leave a live entry
          const frame = crashed(dead, 5);
          const from = frame.ids[key % frame.ids.length]!;
          const r = lookup(routing, key, from, frame);
          expect(r.owner).toBe(successorOf(frame.ids, key));
          for (const t of r.timeouts) expect(dead).toContain(t);
          for (const p of r.path) expect(frame.nodes.has(p)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
