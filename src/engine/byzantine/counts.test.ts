import { describe, expect, it } from 'vitest';
import { checkBounds } from './bounds';
import { OM_MESSAGE_FORMULA, omMessageCount, omMessageFormula, omMessagesPerLevel } from './counts';
import { runByzantine } from './run';
import type { ByzantineScenario } from './types';

const om = (generals: number, m: number, traitors: ByzantineScenario['traitors'] = {}) =>
  runByzantine({
    kind: 'byzantine',
    version: 1,
    seed: 1,
    algorithm: 'OM',
    generals,
    m,
    order: 'attack',
    traitors,
  });

describe('OM message counts', () => {
  it('Σ_{k=0..m} (n−1)(n−2)…(n−1−k): 9, 156, 108,384', () => {
    expect(omMessageCount(4, 1)).toBe(9);
    expect(omMessageCount(7, 2)).toBe(156);
    expect(omMessageCount(13, 4)).toBe(108_384);
    expect(omMessagesPerLevel(7, 2)).toEqual([6, 30, 120]);
  });

  it('the formula comes with display text', () => {
    expect(OM_MESSAGE_FORMULA).toBe('Σ_{k=0..m} (n−1)(n−2)…(n−1−k)');
    expect(omMessageFormula(4, 1)).toEqual({
      formula: OM_MESSAGE_FORMULA,
      perLevel: [3, 6],
      total: 9,
      text: '3 + 3·2 = 3 + 6 = 9',
    });
    expect(omMessageFormula(13, 4).text).toBe(
      '12 + 12·11 + 12·11·10 + 12·11·10·9 + 12·11·10·9·8 = 12 + 132 + 1,320 + 11,880 + 95,040 = 108,384',
    );
    expect(omMessageFormula(5, 0).text).toBe('4 = 4');
  });

  it('runs send exactly that many messages with no silent traitor', () => {
    expect(om(4, 1, { '3': 'opposite' }).counts).toEqual({
      total: 9,
      perLevel: [3, 6],
      suppressed: 0,
      suppressedPerLevel: [0, 0],
    });
    expect(om(7, 2, { '1': 'split', '4': 'random' }).counts.perLevel).toEqual([6, 30, 120]);
  });

  it('n = 13, m = 4: 108,384 messages (its speed is a row of npm run bench)', () => {
    const run = om(13, 4, { '5': 'opposite', '9': 'split' });
    expect(run.counts.total).toBe(108_384);
    expect(run.counts.perLevel).toEqual([12, 132, 1320, 11880, 95040]);
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true });
  });

  it('m ≥ n−1: relaying stops when no lieutenant is left outside the path', () => {
    expect(omMessagesPerLevel(4, 4)).toEqual([3, 6, 6, 0, 0]);
    const run = om(4, 4);
    expect(run.counts.perLevel).toEqual([3, 6, 6, 0, 0]);
    expect(run.counts.total).toBe(omMessageCount(4, 2));
    expect(run.levelStart).toEqual([0, 3, 9, 15, 15, 15]);
    expect(run.notes[0]).toMatch(/behaves like OM\(2\)/);
    // the trees are the same as OM(2)'s
    expect(run.trees).toEqual(om(4, 2).trees);
  });
});

describe('checkBounds', () => {
  it('OM needs n > 3m', () => {
    expect(checkBounds('OM', 3, 1, 1)).toEqual({
      guaranteed: false,
      warnings: ['OM(1) with 3 generals: n ≤ 3m, so the paper guarantees nothing (needs n > 3m).'],
      notes: [],
    });
    expect(checkBounds('OM', 4, 1, 1).guaranteed).toBe(true);
    expect(checkBounds('OM', 6, 2, 0).warnings).toEqual([
      'OM(2) with 6 generals: n ≤ 3m, so the paper guarantees nothing (needs n > 3m).',
    ]);
  });

  it('at most m traitors', () => {
    expect(checkBounds('OM', 10, 1, 3).warnings).toEqual([
      '3 traitors but m = 1: OM(m) only tolerates up to m traitors.',
    ]);
    expect(checkBounds('SM', 4, 1, 3).warnings).toEqual([
      '3 traitors but m = 1: SM(m) only tolerates up to m traitors.',
    ]);
    expect(checkBounds('SM', 4, 0, 1).warnings).toEqual([
      '1 traitor but m = 0: SM(m) only tolerates up to m traitors.',
    ]);
  });

  it('SM has no n > 3m condition', () => {
    expect(checkBounds('SM', 3, 1, 1)).toEqual({ guaranteed: true, warnings: [], notes: [] });
  });

  it('both warnings together, and a note for m ≥ n − 1', () => {
    const b = checkBounds('OM', 3, 2, 2);
    expect(b.warnings).toHaveLength(1);
    expect(checkBounds('OM', 3, 1, 3).warnings).toHaveLength(2);
    expect(b.notes).toEqual([
      'm = 2 ≥ n − 1 = 2: relaying stops once no lieutenant is left outside the path, so OM(2) behaves like OM(1).',
    ]);
  });

  it('the run carries them', () => {
    expect(om(3, 1, { '1': 'opposite', '2': 'split' }).warnings).toEqual([
      'OM(1) with 3 generals: n ≤ 3m, so the paper guarantees nothing (needs n > 3m).',
      '2 traitors but m = 1: OM(m) only tolerates up to m traitors.',
    ]);
  });
});
