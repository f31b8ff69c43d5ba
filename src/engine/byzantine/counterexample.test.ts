import { describe, expect, it } from 'vitest';
import { findCounterexample, MAX_SEARCH_GENERALS } from './counterexample';
import { runByzantine } from './run';
import { parseByzantineScenario } from './scenario';
import type { ByzantineScenario } from './types';
import { byzScenario } from './fixtures';

const s = (over: Partial<ByzantineScenario>): ByzantineScenario => byzScenario(over);

describe('findCounterexample', () => {
  it('three generals, one traitor, OM(1): found, as a loadable scenario', () => {
    const r = findCounterexample(s({ generals: 3, traitors: { '2': 'opposite' } }));
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.scenario).toEqual({
      kind: 'byzantine',
      version: 1,
      seed: 1,
      algorithm: 'OM',
      generals: 3,
      m: 1,
      order: 'attack',
      traitors: { '1': 'opposite' },
    });
    const reloaded = runByzantine(parseByzantineScenario(JSON.parse(JSON.stringify(r.scenario))));
    expect(reloaded.verdict.ic2).toBe(false);
    expect(r.text).toBe(
      'Counterexample: OM(1) with 3 generals breaks IC2 when lieutenant 1 plays opposite and the order is attack. Every loyal lieutenant retreats: try again tomorrow. IC1 holds. IC2 fails: the loyal commander ordered "attack" but not all obey it.',
    );
  });

  it('n = 4, OM(1), one traitor: none, after an exhaustive search', () => {
    // 4 placements × (5 deterministic strategies + random with 3 seeds) × 2 orders = 64 runs
    const r = findCounterexample(s({ traitors: { '3': 'opposite' } }));
    expect(r).toMatchObject({ found: false, exhaustive: true, searched: 64 });
    expect(r.text).toMatch(/as the paper's Theorem 1 promises/);
  });

  it('with no traitors configured it tries up to m of them', () => {
    expect(findCounterexample(s({ generals: 7, m: 2 }))).toMatchObject({
      found: false,
      exhaustive: true,
      searched: 2548,
    });
    expect(findCounterexample(s({ m: 0 }))).toMatchObject({ found: false, searched: 0 });
  });

  it('SM, three generals, m = 1, one traitor: none', () => {
    const r = findCounterexample(s({ algorithm: 'SM', generals: 3 }));
    expect(r).toMatchObject({ found: false, exhaustive: true });
    expect(r.text).toMatch(/Theorem 2/);
  });

  it('SM with more traitors than m can fail', () => {
    const r = findCounterexample(
      s({ algorithm: 'SM', generals: 5, m: 1, traitors: { '1': 'silent', '2': 'silent' } }),
    );
    expect(r.found).toBe(true);
    if (r.found) expect(r.run.verdict.ic1).toBe(false);
  });

  it('OM(2) with 6 generals (n ≤ 3m) and two traitors fails', () => {
    expect(findCounterexample(s({ generals: 6, m: 2 })).found).toBe(true);
  });

  it('is capped in size and in runs', () => {
    expect(findCounterexample(s({ generals: MAX_SEARCH_GENERALS + 1 }))).toMatchObject({
      found: false,
      exhaustive: false,
      searched: 0,
    });
    const r = findCounterexample(s({ generals: 7, m: 2 }), 100);
    expect(r).toMatchObject({ found: false, exhaustive: false, searched: 100 });
    expect(r.text).toMatch(/search budget spent/);
  });
});
