import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildChordTimeline, parseChordScenario } from './scenario';
import type { ChordFrame, Key, KeyMove, StabilizeOverlay } from './frames';
import { asKey, type NodeId } from './ring';

const scenario = (s: Record<string, unknown>) =>
  parseChordScenario({ kind: 'chord', version: 1, bits: 6, ...s });

const holds = (f: ChordFrame, id: NodeId, k: Key) => {
  const n = f.nodes.get(id);
  return !!n && (n.keys.includes(k) || n.replicas.some((c) => c.key === k));
};

/** Every (node, key) that a stabilize step gives a node which held nothing of that key before. */
function arrivals(before: ChordFrame, after: ChordFrame) {
  const out: { key: Key; to: NodeId; as: 'copy' | 'owner' }[] = [];
  for (const id of after.ids) {
    const n = after.nodes.get(id)!;
    for (const k of n.keys) if (!holds(before, id, k)) out.push({ key: k, to: id, as: 'owner' });
    for (const c of n.replicas)
      if (!holds(before, id, c.key)) out.push({ key: c.key, to: id, as: 'copy' });
  }
  return out;
}

const sortMoves = (ms: readonly { key: Key; to: NodeId; as: string }[]) =>
  ms.map((m) => `${String(m.key)}→${m.to} ${m.as}`).sort();

describe('replication moves (what the ring animates during stabilize)', () => {
  it('a crashed holder: stabilize sends the lost copy to the new last successor', () => {
    const { steps } = buildChordTimeline(
      scenario({
        nodes: [10, 20, 30, 40],
        replicas: 2,
        steps: [
          { op: 'put', from: 10, key: 15, value: 'x' },
          { op: 'crash', id: 30 },
          { op: 'stabilize', rounds: 6 },
        ],
      }),
    );
    const moves = steps.flatMap((s) =>
      s.state.overlay?.kind === 'stabilize' ? s.state.overlay.moves : [],
    );
    // key 15 is owned by N20, copied on N30; N30 crashed, so N20 copies it to N40
    expect(moves).toContainEqual<KeyMove>({
      key: asKey(15),
      from: 20 as NodeId,
      to: 40 as NodeId,
      as: 'copy',
    });
  });

  it('every key that turns up at a node in a stabilize step is shown travelling there, from a node that held it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { minLength: 4, maxLength: 9 }),
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.boolean(),
        (nodes, replicas, keys, who, graceful) => {
          const gone = nodes[who % nodes.length]!;
          const fresh = (gone + 1) % 64;
          const { base, steps } = buildChordTimeline(
            scenario({
              nodes,
              replicas,
              steps: [
                ...keys.map((k) => ({ op: 'put', from: nodes[0], key: k, value: 'v' })),
                { op: graceful ? 'leave' : 'crash', id: gone },
                ...(nodes.includes(fresh)
                  ? []
                  : [{ op: 'join', id: fresh, via: nodes[(who + 1) % nodes.length] }]),
                { op: 'stabilize', rounds: 8 },
              ],
            }),
          );
          steps.forEach((s, i) => {
            const o = s.state.overlay;
            if (o?.kind !== 'stabilize') return;
            const before = i === 0 ? base : steps[i - 1]!.state;
            const moves = (o as StabilizeOverlay).moves;
            expect(sortMoves(moves)).toEqual(sortMoves(arrivals(before, s.state)));
            for (const m of moves) expect(holds(before, m.from, m.key)).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
