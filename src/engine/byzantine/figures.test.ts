import { describe, expect, it } from 'vitest';
import { FIG1, FIG2, heardBy, sameView, threeGeneralsLesson } from './lesson';
import { runByzantine } from './run';
import { scenario } from './fixtures';
import { ORDERS, STRATEGIES } from './types';

describe('the paper, Fig. 1 and Fig. 2 (three generals, one traitor)', () => {
  it('Fig. 1: lieutenant 2 lies, lieutenant 1 sees attack vs retreat and OM(1) makes it retreat (IC2 fails)', () => {
    const run = runByzantine(FIG1);
    expect(heardBy(run, 1)).toEqual([
      { path: [0, 1], value: 'attack' },
      { path: [0, 2, 1], value: 'retreat' },
    ]);
    expect(run.decisions).toEqual([null, 'retreat', null]);
    expect(run.verdict.ic1).toBe(true);
    expect(run.verdict.ic2).toBe(false);
    expect(run.verdict.outcome).toBe('retreat');
  });

  it('Fig. 2: the commander says attack to 1 and retreat to 2; both retreat (IC1 holds, IC2 vacuous)', () => {
    const run = runByzantine(FIG2);
    expect(run.messages.slice(0, 2).map((x) => x.value)).toEqual(['attack', 'retreat']);
    expect(heardBy(run, 1)).toEqual([
      { path: [0, 1], value: 'attack' },
      { path: [0, 2, 1], value: 'retreat' },
    ]);
    expect(run.decisions).toEqual([null, 'retreat', 'retreat']);
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true, outcome: 'retreat' });
  });

  it('lieutenant 1 receives exactly the same messages in both figures', () => {
    expect(sameView(runByzantine(FIG1), runByzantine(FIG2), 1)).toBe(true);
    const lesson = threeGeneralsLesson();
    expect(lesson.indistinguishable).toBe(true);
    expect(lesson.fig1.heard).toEqual(lesson.fig2.heard);
    expect(lesson.text).toContain('identical');
  });

  it('with three generals OM(1) never breaks IC1 (ties go to retreat) but some lie breaks IC2', () => {
    let ic2Broken = false;
    for (const order of ORDERS) {
      for (const st of STRATEGIES) {
        for (const t of ['0', '1', '2']) {
          const run = runByzantine(scenario('OM', 3, 1, order, { [t]: st }));
          expect(run.verdict.ic1).toBe(true);
          if (!run.verdict.ic2) ic2Broken = true;
        }
      }
    }
    expect(ic2Broken).toBe(true);
  });
});

describe('the paper, Fig. 3 (n = 4, OM(1), loyal commander, traitor lieutenant 3)', () => {
  for (const order of ORDERS) {
    for (const st of STRATEGIES) {
      it(`order ${order}, lieutenant 3 plays ${st}: lieutenants 1 and 2 decide ${order}`, () => {
        for (const seed of [1, 2, 3]) {
          const run = runByzantine(scenario('OM', 4, 1, order, { '3': st }, seed));
          expect(run.decisions).toEqual([null, order, order, null]);
          expect(run.verdict.ic1 && run.verdict.ic2).toBe(true);
        }
      });
    }
  }

  it('lieutenant 1 takes majority(v, v, lie) = v with the tree rolled up from the leaves', () => {
    const run = runByzantine(scenario('OM', 4, 1, 'attack', { '3': 'opposite' }));
    const tree = run.trees[1]!;
    expect(tree.path).toEqual([0, 1]);
    expect(tree.received).toBe('attack');
    expect(tree.children.map((c) => [c.path, c.received, c.value])).toEqual([
      [[0, 2, 1], 'attack', 'attack'],
      [[0, 3, 1], 'retreat', 'retreat'],
    ]);
    expect(tree.value).toBe('attack');
  });
});

describe('the paper, Fig. 4 (n = 4, OM(1), traitor commander sends x, y, z)', () => {
  it('split sends attack, retreat, attack; every lieutenant sees {x, y, z} and decides attack', () => {
    const run = runByzantine(scenario('OM', 4, 1, 'retreat', { '0': 'split' }));
    expect(run.messages.slice(0, 3).map((x) => x.value)).toEqual(['attack', 'retreat', 'attack']);
    for (const i of [1, 2, 3]) {
      const tree = run.trees[i]!;
      const seen = [tree.received, ...tree.children.map((c) => c.received)].sort();
      expect(seen).toEqual(['attack', 'attack', 'retreat']);
    }
    expect(run.decisions).toEqual([null, 'attack', 'attack', 'attack']);
    expect(run.verdict.ic1).toBe(true);
  });

  it('whatever the traitor commander sends, all loyal lieutenants decide the same', () => {
    for (const order of ORDERS) {
      for (const st of STRATEGIES) {
        for (const seed of [1, 2, 3, 4, 5]) {
          const run = runByzantine(scenario('OM', 4, 1, order, { '0': st }, seed));
          expect(run.verdict.ic1).toBe(true);
          expect(run.verdict.ic2).toBe(true);
        }
      }
    }
  });
});

describe('the paper, Fig. 5 (SM(1), three generals, traitor commander)', () => {
  it('the commander signs attack to 1 and retreat to 2: both hold V = {attack, retreat} and retreat', () => {
    const run = runByzantine(scenario('SM', 3, 1, 'attack', { '0': 'split' }));
    expect(run.messages.map((x) => [x.path, x.value])).toEqual([
      [[0, 1], 'attack'],
      [[0, 2], 'retreat'],
      [[0, 1, 2], 'attack'],
      [[0, 2, 1], 'retreat'],
    ]);
    expect(run.V).toEqual([null, ['attack', 'retreat'], ['retreat', 'attack']]);
    expect(run.decisions).toEqual([null, 'retreat', 'retreat']);
    expect(run.verdict).toMatchObject({ ic1: true, ic2: true });
  });

  it('SM(1) with three generals survives the Fig. 1 traitor: lieutenant 2 cannot forge retreat:0', () => {
    const run = runByzantine({ ...FIG1, algorithm: 'SM' });
    expect(run.V[1]).toEqual(['attack']);
    expect(run.decisions[1]).toBe('attack');
    expect(run.verdict.ic2).toBe(true);
    // the lie was wanted but could not be signed, so nothing was sent
    const lie = run.messages.find((x) => x.from === 2)!;
    expect(lie.sent).toBe(false);
  });
});
