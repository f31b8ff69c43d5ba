import { describe, expect, it } from 'vitest';
import { boundsCell, parseBoundsExperiment, runBoundsExperiment } from './boundsExperiment';
import { runByzantine } from './run';
import { parseByzantineScenario } from './scenario';
import { searchSpace, searchSpaceSize } from './searchSpace';
import { byzScenario } from './fixtures';

const GRID = {
  kind: 'experiment',
  version: 1,
  name: 'bounds',
  generals: [3, 4, 5, 6, 7],
  traitors: [0, 1, 2],
  algorithms: ['OM', 'SM'],
};

describe('experiment bounds', () => {
  const out = runBoundsExperiment(parseBoundsExperiment(GRID));

  it('prints every cell of the grid, OM and SM, with m = t', () => {
    expect(out.name).toBe('bounds');
    expect(out.cells).toHaveLength(2 * 5 * 3);
    for (const c of out.cells) expect(c.m).toBe(c.traitors);
  });

  it('is the theorem for n ≤ 7, t ≤ 2: OM(t) breaks iff n ≤ 3t, SM(t) never', () => {
    for (const c of out.cells) {
      const expected = c.algorithm === 'OM' && c.generals <= 3 * c.traitors ? 'broken' : 'safe';
      expect(`${c.algorithm} n=${c.generals} t=${c.traitors}: ${c.result}`).toBe(
        `${c.algorithm} n=${c.generals} t=${c.traitors}: ${expected}`,
      );
    }
  });

  it('every broken cell carries a loadable scenario that really breaks IC1 or IC2', () => {
    const broken = out.cells.filter((c) => c.result === 'broken');
    expect(broken.map((c) => `${c.generals}/${c.traitors}`)).toEqual([
      '3/1',
      '3/2',
      '4/2',
      '5/2',
      '6/2',
    ]);
    for (const c of broken) {
      const s = parseByzantineScenario(JSON.parse(JSON.stringify(c.counterexample)));
      expect(Object.keys(s.traitors).length).toBeLessThanOrEqual(c.traitors);
      const v = runByzantine(s).verdict;
      expect(v.ic1 && v.ic2).toBe(false);
    }
  });

  it('a safe cell searched its whole space: every placement, strategy and order', () => {
    const safe = out.cells.find(
      (c) => c.algorithm === 'OM' && c.generals === 7 && c.traitors === 2,
    );
    // up to 2 traitors including none: 2 loyal runs + 112 + 2436
    expect(safe).toMatchObject({ result: 'safe', searched: 2550, space: 2550 });
  });

  it('an exhausted budget is "unknown" and says how far it got', () => {
    const c = boundsCell('SM', 7, 2, { budget: 100 });
    expect(c).toMatchObject({ result: 'unknown', searched: 100, space: 2550 });
    expect(c.text).toMatch(/first 100 of 2,550 runs/);
  });

  it('with spoofing allowed OM breaks even where n > 3t, and SM still holds', () => {
    const spoofing = { spoofing: true, synchronous: true };
    expect(boundsCell('OM', 7, 1, { assumptions: spoofing }).result).toBe('broken');
    expect(boundsCell('SM', 5, 1, { assumptions: spoofing }).result).toBe('safe');
  });

  it('on an asynchronous network even t = 0 breaks', () => {
    const c = boundsCell('OM', 4, 0, { assumptions: { spoofing: false, synchronous: false } });
    expect(c.result).toBe('broken');
    expect(c.counterexample?.traitors).toEqual({});
  });

  it('rejects bad input with one clear sentence', () => {
    expect(() => parseBoundsExperiment({ ...GRID, generals: [2] })).toThrow(
      'Experiment bounds: generals[0] must be an integer from 3 to 10, got 2.',
    );
    expect(() => parseBoundsExperiment({ ...GRID, algorithms: ['PBFT'] })).toThrow(
      'Experiment bounds: algorithms[0] must be "OM" or "SM", got "PBFT".',
    );
    expect(() => parseBoundsExperiment({ ...GRID, traitors: 'two' })).toThrow(
      /"traitors" must be a non-empty list of integers from 0 to 4, got "two"/,
    );
    expect(() => parseBoundsExperiment({ ...GRID, extra: 1 })).toThrow(/unknown field "extra"/);
    expect(() => parseBoundsExperiment({ ...GRID, assumptions: { spoofing: 'yes' } })).toThrow(
      '"assumptions.spoofing" must be true or false, got "yes".',
    );
  });
});

describe('searchSpaceSize', () => {
  it('counts exactly the runs searchSpace yields', () => {
    const cases = [
      {
        s: byzScenario({ generals: 5, m: 1 }),
        o: { minTraitors: 0, maxTraitors: 2, mostFirst: true },
      },
      {
        s: byzScenario({ generals: 4, assumptions: { spoofing: true, synchronous: false } }),
        o: { minTraitors: 1, maxTraitors: 2, mostFirst: false },
      },
    ];
    for (const { s, o } of cases) {
      let count = 0;
      for (const _ of searchSpace(s, o)) count++;
      expect(searchSpaceSize(s, o)).toBe(count);
    }
  });
});
