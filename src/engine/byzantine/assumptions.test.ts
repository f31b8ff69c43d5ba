import { describe, expect, it } from 'vitest';
import { parseByzantineScenario } from './scenario';

const base = { kind: 'byzantine', version: 1, generals: 4, m: 1 };
const parse = (over: Record<string, unknown>) => parseByzantineScenario({ ...base, ...over });

describe('assumptions, delays and spoof:<id> in a scenario', () => {
  it("the paper's assumptions and no delays are left out of the normalized scenario", () => {
    const s = parse({ assumptions: { spoofing: false, synchronous: true }, delays: [] });
    expect(s).not.toHaveProperty('assumptions');
    expect(s).not.toHaveProperty('delays');
  });

  it('keeps what breaks them, delays sorted', () => {
    const s = parse({
      assumptions: { synchronous: false },
      delays: [
        { from: 0, to: 2, round: 0, by: 1 },
        { from: 0, to: 1, round: 0, by: 3 },
      ],
    });
    expect(s.assumptions).toEqual({ spoofing: false, synchronous: false });
    expect(s.delays?.map((d) => d.to)).toEqual([1, 2]);
  });

  it.each([
    [
      { assumptions: [] },
      '"assumptions" must be an object like {"spoofing": false, "synchronous": true}, got [].',
    ],
    [
      { assumptions: { synchronous: 1 } },
      '"assumptions.synchronous" must be true or false, got 1.',
    ],
    [{ assumptions: { timeout: 3 } }, 'unknown field "timeout"'],
    [{ traitors: { '3': 'spoof:1' } }, 'traitor 3 plays "spoof:1", but spoofing is off'],
    [{ traitors: { '3': 'spoof:01' } }, 'traitor 3 has unknown strategy "spoof:01"'],
    [
      { assumptions: { spoofing: true }, traitors: { '3': 'spoof:9' } },
      'but 9 is not a general (ids are 0..3)',
    ],
    [{ assumptions: { spoofing: true }, traitors: { '3': 'spoof:3' } }, 'cannot spoof itself'],
    [
      { assumptions: { spoofing: true }, traitors: { '2': 'opposite', '3': 'spoof:2' } },
      'general 2 is a traitor too',
    ],
    [{ delays: {} }, '"delays" must be a list like'],
    [
      { delays: [{ from: 1, to: 2, round: 0, by: 1 }] },
      'in round 0 only the commander (general 0) sends, not general 1',
    ],
    [{ delays: [{ from: 0, to: 2, round: 1, by: 1 }] }, 'the commander only sends in round 0'],
    [{ delays: [{ from: 2, to: 2, round: 1, by: 1 }] }, 'a general sends nothing to itself'],
    [{ delays: [{ from: 0, to: 1, round: 2, by: 1 }] }, '"round" must be between 0 and 1, got 2'],
    [{ delays: [{ from: 0, to: 1, round: 0, by: 0 }] }, '"by" must be between 1 and 10, got 0'],
    [{ delays: [{ from: 0, to: 0, round: 0, by: 1 }] }, '"to" must be between 1 and 3, got 0'],
    [
      {
        delays: [
          { from: 0, to: 1, round: 0, by: 1 },
          { from: 0, to: 1, round: 0, by: 2 },
        ],
      },
      'round 0, 0 → 1 is delayed twice',
    ],
  ])('%j is refused: %s', (over, message) => {
    expect(() => parse(over)).toThrow(message);
  });
});
