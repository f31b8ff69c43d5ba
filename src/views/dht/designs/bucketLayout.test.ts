import { describe, expect, it } from 'vitest';
import {
  asKey,
  buildChordTimeline,
  parseChordScenario,
  type Key,
  type NodeId,
} from '../../../engine/chord';
import { LESSONS } from '../../../store/lessons';
import { bucketChips, bucketRows, trailControl, trailPoint } from './bucketLayout';

const n = (x: number) => x as NodeId;
const k = asKey;

describe('mod-N bucket layout', () => {
  it('puts each key in its holder row in key-id order and finds where a moved key was', () => {
    const ids = { a: 1, b: 5, c: 9, d: 3 } as Record<string, number>;
    const keyId = (k: Key) => ids[String(k)]!;
    const rows = [n(1), n(2), n(3)];
    // now: a, b on N1; c, d on N3. d just came from N2, b from N3.
    const holder = new Map<Key, NodeId>([
      [k('a'), n(1)],
      [k('b'), n(1)],
      [k('c'), n(3)],
      [k('d'), n(3)],
    ]);
    const chips = bucketChips(
      rows,
      holder,
      [
        { key: k('d'), from: n(2), to: n(3) },
        { key: k('b'), from: n(3), to: n(1) },
      ],
      keyId,
    );
    const by = new Map(chips.map((c) => [c.key, c]));
    expect(by.get(k('a'))).toMatchObject({
      row: 0,
      slot: 0,
      then: { row: 0, slot: 0 },
      from: null,
    });
    expect(by.get(k('b'))).toMatchObject({ row: 0, slot: 1, then: { row: 2, slot: 0 }, from: 3 });
    // c stays on N3 but b left from before it: it slides from slot 1 to slot 1 (b's id 5 < 9)
    expect(by.get(k('c'))).toMatchObject({
      row: 2,
      slot: 1,
      then: { row: 2, slot: 1 },
      from: null,
    });
    expect(by.get(k('d'))).toMatchObject({ row: 2, slot: 0, then: { row: 1, slot: 0 }, from: 2 });
  });

  it('rows: the nodes now, the old membership and every node a key leaves', () => {
    expect(
      bucketRows([n(1), n(8)], [n(1), n(8), n(20)], [{ key: k('x'), from: n(30), to: n(8) }]),
    ).toEqual([1, 8, 20, 30]);
  });

  it("the dht-modn lesson's rehash step: chips that moved are exactly the engine's moves", () => {
    const l = LESSONS.find((x) => x.id === 'dht-modn')!;
    const t = buildChordTimeline(parseChordScenario(l.scenario));
    const join = t.results[0] as { keysMoved: number; chordKeysMoved: number };
    const frame = t.steps.at(-1)!.state;
    const o = frame.overlay;
    if (o?.kind !== 'design') throw new Error('expected the rehash step');
    const holder = new Map<Key, NodeId>();
    for (const [id, node] of frame.nodes) for (const k of node.keys) holder.set(k, id);
    const rows = bucketRows(frame.ids, o.chordIds, o.moves);
    const chips = bucketChips(rows, holder, o.moves, (k) => frame.data.get(k)!.id);
    expect(chips).toHaveLength(10);
    expect(chips.filter((c) => c.from !== null)).toHaveLength(join.keysMoved);
    expect(join.keysMoved).toBe(9);
    expect(o.chordMoves).toHaveLength(join.chordKeysMoved);
    expect(o.chordMoves.map((m) => [m.key, m.from, m.to])).toEqual([
      ['date', 32, 26],
      ['cherry', 32, 26],
    ]);
  });

  it('a trail bulges right of both ends but never past its column edge, and ends where it should', () => {
    const p = { x: 100, y: 10 };
    const q = { x: 60, y: 300 };
    expect(trailControl(p, q).x).toBeGreaterThan(100);
    expect(trailControl(p, q, 130).x).toBe(130);
    expect(trailPoint(p, q, 0, 130)).toEqual(p);
    expect(trailPoint(p, q, 1, 130)).toEqual(q);
  });
});
