/**
 * Properties of the notes' other designs: mod N and a leader-kept view are correct at their
 * cost (after any membership change every key sits on its owner), and a cache's misplaced put
 * is always reported. Ops are drawn as raw numbers and aimed at the live ring of the moment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChordOp, baseFrame, contextOf, parseChordOp } from '../scenario';
import type { ChordFrame, Key } from '../frames';
import type { OpResult } from '../operations';
import { asKey, successorIndex, type NodeId } from '../ring';
import { modNOwner } from './modN';
import { FRUIT, scenario } from './fixtures';

const SIZE = 64;
type Raw = [string, number, number];

/** Runs raw ops one by one against the ring they meet, calling `after` on each resting frame. */
function drive(
  settings: Record<string, unknown>,
  raw: Raw[],
  make: (r: Raw, f: ChordFrame, i: number) => Record<string, unknown> | null,
  after: (f: ChordFrame, r: OpResult, op: Record<string, unknown>) => void,
): void {
  const s = scenario(settings);
  const ctx = contextOf(s);
  let frame = baseFrame(s);
  raw.forEach((r, i) => {
    const json = make(r, frame, i);
    if (!json) return;
    const applied = applyChordOp(frame, parseChordOp(json, frame, ctx), ctx, i);
    frame = applied.frame;
    after(frame, applied.result, json);
  });
}

const membership = (r: Raw, f: ChordFrame, leader: boolean): Record<string, unknown> | null => {
  const [kind, x, k] = r;
  const crashAt = leader && k < 4 && f.ids.length > 4 ? { leaderCrash: k + 1 } : {};
  if (kind === 'join')
    return f.nodes.has(x as NodeId) ? null : { op: 'join', id: x, via: f.ids[0], ...crashAt };
  if (kind === 'stabilize') return { op: 'stabilize' };
  if (f.ids.length <= 2) return null;
  return { op: kind, id: f.ids[x % f.ids.length], ...(kind === 'leave' ? crashAt : {}) };
};

const changes = fc.array(
  fc.tuple(fc.constantFrom('join', 'leave', 'crash', 'stabilize'), fc.nat(SIZE - 1), fc.nat(12)),
  { minLength: 1, maxLength: 12 },
);

function everyKeyOnItsOwner(f: ChordFrame, owner: (ids: readonly NodeId[], k: number) => NodeId) {
  for (const id of f.ids) {
    for (const k of f.nodes.get(id)!.keys) {
      expect(owner(f.ids, f.data.get(k)!.id), `key ${String(k)} on N${id}`).toBe(id);
    }
  }
}

const successor = (ids: readonly NodeId[], k: number): NodeId => ids[successorIndex(ids, k)]!;

describe('design properties', () => {
  it('mod N: after any joins, leaves and crashes every key sits on nodes[hash mod N]', () => {
    fc.assert(
      fc.property(changes, (raw) =>
        drive(
          { routing: 'modN' },
          raw,
          (r, f) => membership(r, f, false),
          (f) => everyKeyOnItsOwner(f, modNOwner),
        ),
      ),
      { numRuns: 60, seed: 12 },
    );
  });

  it('leader: after any change, even a leader crashing mid-update, keys sit on their successor', () => {
    fc.assert(
      fc.property(changes, (raw) =>
        drive(
          { routing: 'leader' },
          raw,
          (r, f) => membership(r, f, true),
          (f, r) => {
            everyKeyOnItsOwner(f, successor);
            if (r.op === 'join') expect(r.messages).toBeGreaterThan(0);
          },
        ),
      ),
      { numRuns: 60, seed: 13 },
    );
  });

  it('cached: every put stored away from the owner is reported misplaced, and only those', () => {
    const keys: Key[] = [...Object.keys(FRUIT), 5, 30, 44].map(asKey);
    const op = fc.oneof(
      fc.tuple(fc.constant('lookup'), fc.nat(9), fc.nat(keys.length - 1)),
      fc.tuple(fc.constant('put'), fc.nat(9), fc.nat(keys.length - 1)),
      fc.tuple(fc.constant('join'), fc.nat(SIZE - 1), fc.constant(0)),
      fc.tuple(fc.constant('stabilize'), fc.nat(3), fc.constant(0)),
    );
    let puts = 0;
    let misplaced = 0;
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 14 }),
        fc.nat(5),
        fc.boolean(),
        (raw, ttl, check) =>
          drive(
            { routing: 'cached', cacheTtl: ttl + 1, ownerCheck: check },
            raw as Raw[],
            ([kind, a, b], f, i) => {
              if (kind === 'join')
                return f.nodes.has(a as NodeId) ? null : { op: 'join', id: a, via: f.ids[0] };
              if (kind === 'stabilize') return { op: 'stabilize', rounds: a + 1 };
              const from = f.ids[a % f.ids.length];
              return kind === 'put'
                ? { op: 'put', from, key: keys[b], value: `v${i}` }
                : { op: 'lookup', from, key: keys[b] };
            },
            (f, r, json) => {
              if (r.op !== 'put' || r.owner === null) return;
              puts++;
              // Where did the value go? Look in the frame, not at the result.
              const key = json.key as Key;
              const value = json.value as string;
              const stray = [...(f.design?.strays ?? [])].find(([, l]) =>
                l.some((x) => x.key === key && x.value === value),
              );
              const holder =
                stray?.[0] ??
                f.ids.find(
                  (n) => f.nodes.get(n)!.keys.includes(key) && f.data.get(key)?.value === value,
                );
              expect(holder, 'the put stored its value somewhere').toBeDefined();
              const keyId = f.data.get(key)?.id ?? stray![1].find((x) => x.key === key)!.keyId;
              const owner = successor(f.ids, keyId);
              if (r.misplaced) misplaced++;
              expect(r.misplaced === true, `put on N${holder}, owner N${owner}`).toBe(
                holder !== owner,
              );
            },
          ),
      ),
      { numRuns: 80, seed: 14 },
    );
    // the property was exercised both ways
    expect(puts).toBeGreaterThan(50);
    expect(misplaced).toBeGreaterThan(0);
  });
});
