import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenario, encodeScenario, formatHash, parseHash, parseScenarioText } from './share';
import { ScenarioError } from '../engine/scenario/errors';

describe('share links', () => {
  it('round-trips any JSON scenario through the hash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const route = parseHash(formatHash('byzantine', value));
        expect(route.lab).toBe('byzantine');
        expect(decodeScenario(route.packed!)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('reads the lab from the path and defaults to the DHT lab', () => {
    expect(parseHash('#/byzantine')).toEqual({ lab: 'byzantine', packed: null });
    expect(parseHash('#/dht')).toEqual({ lab: 'dht', packed: null });
    expect(parseHash('')).toEqual({ lab: 'dht', packed: null });
    expect(parseHash('#/nowhere?s=')).toEqual({ lab: 'dht', packed: null });
  });

  it('reports a truncated or garbled link as a ScenarioError, not a crash', () => {
    const good = encodeScenario({ kind: 'chord', version: 1 });
    expect(() => decodeScenario(good.slice(0, 5))).toThrow(ScenarioError);
    expect(() => decodeScenario('%%%not-lz%%%')).toThrow(/broken/);
    expect(() => decodeScenario(encodeScenario('x').replace(/./g, 'A'))).toThrow(ScenarioError);
  });

  it('explains pasted text that is not JSON', () => {
    expect(() => parseScenarioText('')).toThrow(/empty/);
    expect(() => parseScenarioText('{ kind: chord')).toThrow(/not valid JSON/);
    expect(parseScenarioText(' {"a":1} ')).toEqual({ a: 1 });
  });
});
