import { describe, expect, it } from 'vitest';
import { createRng } from '../prng';
import { runByzantine } from './run';
import { scenario } from './fixtures';
import { wantedValue } from './strategies';
import type { ByzantineScenario, Order, Strategy } from './types';

const from = (s: ByzantineScenario, g: number) =>
  runByzantine(s).messages.filter((x) => x.from === g);

describe('wantedValue', () => {
  const rng = createRng(1);
  it('opposite flips the loyal value', () => {
    expect(wantedValue('opposite', 'attack', 1, rng)).toBe('retreat');
    expect(wantedValue('opposite', 'retreat', 2, rng)).toBe('attack');
  });
  it('split: attack to odd receivers, retreat to even ones, whatever it got', () => {
    for (const loyal of ['attack', 'retreat'] as const) {
      expect([1, 2, 3, 4, 5].map((r) => wantedValue('split', loyal, r, rng))).toEqual([
        'attack',
        'retreat',
        'attack',
        'retreat',
        'attack',
      ]);
    }
  });
  it('silent sends nothing; attack and retreat are constant', () => {
    expect(wantedValue('silent', 'attack', 1, rng)).toBeNull();
    expect(wantedValue('attack', 'retreat', 2, rng)).toBe('attack');
    expect(wantedValue('retreat', 'attack', 1, rng)).toBe('retreat');
  });
  it('random draws one coin per call from the given PRNG', () => {
    const a = createRng(7);
    const b = createRng(7);
    for (let k = 0; k < 20; k++) {
      expect(wantedValue('random', 'attack', k, a)).toBe(b.bool() ? 'attack' : 'retreat');
    }
  });
});

describe('OM strategies, traitor lieutenant 2 of 5, OM(1), order attack', () => {
  const relay = (st: Strategy, seed = 1) =>
    from(scenario('OM', 5, 1, 'attack', { '2': st }, seed), 2).map((x) => [x.to, x.value]);

  it('opposite relays retreat to everyone', () => {
    expect(relay('opposite')).toEqual([
      [1, 'retreat'],
      [3, 'retreat'],
      [4, 'retreat'],
    ]);
  });
  it('split relays attack to 1 and 3, retreat to 4', () => {
    expect(relay('split')).toEqual([
      [1, 'attack'],
      [3, 'attack'],
      [4, 'retreat'],
    ]);
  });
  it('silent sends nothing: slots are kept with sent = false and receivers count RETREAT', () => {
    const run = runByzantine(scenario('OM', 5, 1, 'attack', { '2': 'silent' }));
    const mine = run.messages.filter((x) => x.from === 2);
    expect(mine.map((x) => [x.to, x.value, x.sent])).toEqual([
      [1, null, false],
      [3, null, false],
      [4, null, false],
    ]);
    const node = run.trees[1]!.children.find((c) => c.path[1] === 2)!;
    expect(node).toMatchObject({ received: null, value: 'retreat', path: [0, 2, 1] });
    expect(run.counts).toMatchObject({ total: 13, suppressed: 3, suppressedPerLevel: [0, 3] });
  });
  it('random follows the scenario PRNG, one coin per traitor message in run order', () => {
    for (const seed of [1, 2, 99]) {
      const rng = createRng(seed);
      const expected = [1, 3, 4].map((to) => [to, rng.bool() ? 'attack' : 'retreat']);
      expect(relay('random', seed)).toEqual(expected);
    }
  });
  it('attack and retreat are constant', () => {
    expect(relay('attack').map((x) => x[1])).toEqual(['attack', 'attack', 'attack']);
    expect(relay('retreat').map((x) => x[1])).toEqual(['retreat', 'retreat', 'retreat']);
  });
  it('records what a loyal general would have sent', () => {
    const msgs = from(scenario('OM', 5, 1, 'attack', { '2': 'opposite' }), 2);
    expect(msgs.every((x) => x.loyal === 'attack' && x.traitor)).toBe(true);
  });
});

describe('OM strategies, traitor commander', () => {
  const sent = (st: Strategy, order: Order = 'attack') =>
    from(scenario('OM', 5, 1, order, { '0': st }), 0).map((x) => x.value);
  it('opposite, split, silent, attack, retreat', () => {
    expect(sent('opposite')).toEqual(['retreat', 'retreat', 'retreat', 'retreat']);
    expect(sent('opposite', 'retreat')).toEqual(['attack', 'attack', 'attack', 'attack']);
    expect(sent('split')).toEqual(['attack', 'retreat', 'attack', 'retreat']);
    expect(sent('silent')).toEqual([null, null, null, null]);
    expect(sent('attack', 'retreat')).toEqual(['attack', 'attack', 'attack', 'attack']);
    expect(sent('retreat')).toEqual(['retreat', 'retreat', 'retreat', 'retreat']);
  });
  it('a silent commander: loyal lieutenants relay RETREAT and all retreat', () => {
    const run = runByzantine(scenario('OM', 5, 1, 'attack', { '0': 'silent' }));
    expect(run.messages.filter((x) => x.level === 1).every((x) => x.value === 'retreat')).toBe(
      true,
    );
    expect(run.decisions).toEqual([null, 'retreat', 'retreat', 'retreat', 'retreat']);
  });
  it('opposite after receiving nothing: a loyal general would relay RETREAT, so it relays ATTACK', () => {
    const msgs = from(scenario('OM', 4, 1, 'attack', { '0': 'silent', '3': 'opposite' }), 3);
    expect(msgs.map((x) => [x.loyal, x.value])).toEqual([
      ['retreat', 'attack'],
      ['retreat', 'attack'],
    ]);
  });
});

describe('SM strategies (a traitor can only send signed chains it holds)', () => {
  it('a traitor lieutenant cannot lie about a loyal commander: the wanted lie is not sent', () => {
    for (const st of ['opposite', 'retreat', 'silent'] as const) {
      const msgs = from(scenario('SM', 4, 1, 'attack', { '3': st }), 3);
      expect(msgs.map((x) => x.sent)).toEqual([false, false]);
    }
  });
  it('when the wanted value is the loyal one it relays the loyal chain signed by itself', () => {
    const msgs = from(scenario('SM', 4, 1, 'attack', { '3': 'attack' }), 3);
    expect(msgs.map((x) => [x.path, x.value])).toEqual([
      [[0, 3, 1], 'attack'],
      [[0, 3, 2], 'attack'],
    ]);
  });
  it('split relays only the value a receiver should get, when it holds it', () => {
    const msgs = from(scenario('SM', 5, 1, 'attack', { '2': 'split' }), 2);
    expect(msgs.map((x) => [x.to, x.value])).toEqual([
      [1, 'attack'],
      [3, 'attack'],
      [4, null],
    ]);
  });
  it('a traitor commander signs whatever it wants', () => {
    const msgs = from(scenario('SM', 5, 1, 'attack', { '0': 'split' }), 0);
    expect(msgs.map((x) => [x.path, x.value])).toEqual([
      [[0, 1], 'attack'],
      [[0, 2], 'retreat'],
      [[0, 3], 'attack'],
      [[0, 4], 'retreat'],
    ]);
  });
  it('colluding traitors use a traitor commander’s signature and pad chains with each other’s', () => {
    // 0 says attack to 1, 3 and retreat to 2, 4. At round 2 traitor 3 (who now also holds
    // retreat:0:2) would pass on retreat but wants attack: toward 1 it forges attack:0:4:3 from
    // the commander's and traitor 4's signatures; toward 4 it cannot use 4's own signature, so
    // it signs the next attack chain the traitors hold, attack:0:1 (sent by loyal 1 to 3).
    const run = runByzantine(
      scenario('SM', 5, 2, 'attack', { '0': 'split', '3': 'attack', '4': 'retreat' }),
    );
    const forged = run.messages.filter((x) => x.from === 3 && x.level === 2);
    expect(forged.map((x) => [x.path, x.value, x.loyal])).toEqual([
      [[0, 4, 3, 1], 'attack', 'retreat'],
      [[0, 1, 3, 4], 'attack', 'retreat'],
    ]);
    expect(run.verdict.ic1).toBe(true);
  });
  it('random picks a wanted value per slot from the PRNG (sent only if signable)', () => {
    const a = runByzantine(scenario('SM', 5, 2, 'attack', { '0': 'random', '3': 'random' }, 5));
    const b = runByzantine(scenario('SM', 5, 2, 'attack', { '0': 'random', '3': 'random' }, 5));
    expect(a.messages).toEqual(b.messages);
  });
});
