import { describe, expect, it } from 'vitest';
import { createTimeline, forward, back, currentState } from '../timeline';
import { buildByzantineTimeline, MAX_MESSAGE_STEPS, type ByzFrame } from './frames';
import type { ByzantineScenario } from './types';
import { byzScenario } from './fixtures';

const s = (over: Partial<ByzantineScenario>): ByzantineScenario =>
  byzScenario({ traitors: { '3': 'opposite' }, ...over });

describe('buildByzantineTimeline', () => {
  it('auto: one step per message for small runs, then decide steps and a verdict', () => {
    const t = buildByzantineTimeline(s({}), { granularity: 'auto' });
    expect(t.granularity).toBe('message');
    expect(t.steps.map((x) => x.type)).toEqual([
      ...Array(3).fill('send'),
      ...Array(6).fill('relay'),
      'decide',
      'decide',
      'verdict',
    ]);
    expect(t.steps.map((x) => x.group)).toEqual([
      ...Array(3).fill('Round 0'),
      ...Array(6).fill('Round 1'),
      'Decide',
      'Decide',
      'Verdict',
    ]);
    expect(t.steps[3]!.text).toBe("Lieutenant 1 relays 'attack' to lieutenant 2 (path 0→1→2).");
    expect(t.steps[7]!.text).toBe(
      "Traitor lieutenant 3 relays 'retreat' to lieutenant 1 (path 0→3→1), though it received 'attack'.",
    );
    expect(t.steps[9]!.text).toBe(
      "Lieutenant 1 decides 'attack' = majority(attack, attack, retreat): what it got from the commander, then what it decided in the sub-runs of lieutenants 2, 3.",
    );
    expect(t.steps[11]!.text).toContain('victory');
  });

  it('the base frame shows nothing sent, and each frame is the whole picture', () => {
    const t = buildByzantineTimeline(s({}), { granularity: 'message' });
    expect(t.base).toMatchObject({ phase: 'ready', round: -1, delivered: 0, verdict: null });
    const frames = t.steps.map((x) => x.state);
    frames.forEach((f, k) => {
      if (k < 9) {
        expect(f).toMatchObject({
          phase: 'send',
          delivered: k + 1,
          inFlight: { start: k, end: k + 1 },
        });
        expect(f.round).toBe(t.run.messages[k]!.level);
      }
    });
    const afterRelays = frames[8]!;
    // lieutenant 1 got attack from 0 and 2, retreat from 3
    expect(afterRelays.tallies[1]).toEqual({ attack: 2, retreat: 1, missing: 0, V: [] });
    expect(afterRelays.decisions).toEqual([null, null, null, null]);
    expect(frames[9]!).toMatchObject({
      phase: 'decide',
      focus: 1,
      decisions: [null, 'attack', null, null],
    });
    expect(frames[10]!.decisions).toEqual([null, 'attack', 'attack', null]);
    expect(frames[9]!.inFlight.start).toBe(frames[9]!.inFlight.end);
    const last = frames[11]!;
    expect(last.phase).toBe('verdict');
    expect(last.verdict).toEqual(t.run.verdict);
    expect(frames.slice(0, 11).every((f) => f.verdict === null)).toBe(true);
  });

  it('frames are immutable snapshots: stepping back restores the previous picture exactly', () => {
    const t = buildByzantineTimeline(s({ generals: 5, m: 2, traitors: { '0': 'split' } }), {});
    const snapshot = JSON.stringify(t.steps.map((x) => x.state));
    let tl = createTimeline<ByzFrame>(t.base, t.steps);
    const seen: ByzFrame[] = [];
    for (let k = 0; k < t.steps.length; k++) {
      tl = forward(tl);
      seen.push(currentState(tl));
    }
    for (let k = t.steps.length - 1; k > 0; k--) {
      tl = back(tl);
      expect(currentState(tl)).toBe(seen[k - 1]);
    }
    expect(JSON.stringify(t.steps.map((x) => x.state))).toBe(snapshot);
  });

  it('round granularity: one step per relay level', () => {
    const t = buildByzantineTimeline(s({ generals: 7, m: 2, traitors: { '2': 'silent' } }), {
      granularity: 'round',
    });
    expect(t.granularity).toBe('round');
    const rounds = t.steps.filter((x) => x.type === 'round');
    expect(rounds.map((x) => x.group)).toEqual(['Round 0', 'Round 1', 'Round 2']);
    expect(rounds.map((x) => x.state.inFlight)).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 36 },
      { start: 36, end: 156 },
    ]);
    expect(rounds[1]!.text).toBe(
      'Round 1: lieutenants relay 25 messages (25 attack, 0 retreat); traitors withhold 5.',
    );
    expect(rounds[0]!.text).toBe('Round 0: the commander sends 6 messages (6 attack, 0 retreat).');
    const final = rounds[2]!.state;
    const received = final.tallies.reduce((a, x) => a + x.attack + x.retreat + x.missing, 0);
    expect(received).toBe(156);
    expect(t.steps.filter((x) => x.type === 'decide')).toHaveLength(5);
  });

  it('auto switches to rounds for big runs (n = 13, m = 4; its speed is a row of npm run bench)', () => {
    const t = buildByzantineTimeline(
      s({ generals: 13, m: 4, traitors: { '5': 'opposite', '9': 'split' } }),
      { granularity: 'auto' },
    );
    expect(t.granularity).toBe('round');
    expect(t.steps).toHaveLength(5 + 10 + 1);
    expect(t.steps[4]!.state.delivered).toBe(108_384);
  });

  it(`'message' beyond ${MAX_MESSAGE_STEPS} message slots falls back to rounds`, () => {
    const t = buildByzantineTimeline(s({ generals: 15, m: 3, traitors: {} }), {
      granularity: 'message',
    });
    expect(t.run.messages.length).toBeGreaterThan(MAX_MESSAGE_STEPS);
    expect(t.granularity).toBe('round');
  });

  it('SM frames carry V as it grows, and signed narration', () => {
    const t = buildByzantineTimeline(
      s({ algorithm: 'SM', generals: 3, m: 1, traitors: { '0': 'split' } }),
      {},
    );
    expect(t.steps.map((x) => x.text)).toEqual([
      'The traitor commander signs and sends attack:0 to lieutenant 1.',
      "The traitor commander signs and sends retreat:0 to lieutenant 2, though its order is 'attack'.",
      'Lieutenant 1 signs and relays attack:0:1 to lieutenant 2.',
      'Lieutenant 2 signs and relays retreat:0:2 to lieutenant 1.',
      "Lieutenant 1 has V = {attack, retreat}; choice(V) = 'retreat' (two different signed orders prove the commander is a traitor).",
      "Lieutenant 2 has V = {retreat, attack}; choice(V) = 'retreat' (two different signed orders prove the commander is a traitor).",
      'Every loyal lieutenant retreats: try again tomorrow. IC1 holds. IC2 holds vacuously: the commander is a traitor.',
    ]);
    expect(t.steps.map((x) => x.state.tallies[1]!.V)).toEqual([
      ['attack'],
      ['attack'],
      ['attack'],
      ['attack', 'retreat'],
      ['attack', 'retreat'],
      ['attack', 'retreat'],
      ['attack', 'retreat'],
    ]);
  });

  it('narrates silence', () => {
    const om = buildByzantineTimeline(s({ traitors: { '3': 'silent' } }), {});
    expect(om.steps[7]).toMatchObject({
      type: 'silent',
      text: "Traitor lieutenant 3 sends nothing to lieutenant 1 (path 0→3→1); lieutenant 1 will use 'retreat'.",
    });
    const sm = buildByzantineTimeline(s({ algorithm: 'SM', traitors: { '3': 'opposite' } }), {});
    expect(sm.steps[7]!.text).toBe(
      'Traitor lieutenant 3 has no signed order for the lie it wants to tell lieutenant 1, so it sends nothing.',
    );
  });

  it('no loyal lieutenant: no decide step, outcome retreat', () => {
    const t = buildByzantineTimeline(
      s({ generals: 3, m: 1, traitors: { '1': 'attack', '2': 'attack' } }),
      {},
    );
    expect(t.steps.filter((x) => x.type === 'decide')).toHaveLength(0);
    expect(t.run.verdict).toMatchObject({ ic1: true, ic2: true, outcome: 'retreat' });
    expect(t.steps.at(-1)!.text).toMatch(/no loyal lieutenant/);
  });
});
