import { describe, expect, it } from 'vitest';
import { makeQuestions, questionsAt } from '../quiz';
import { buildByzantineTimeline } from './frames';
import { parseByzantineScenario } from './scenario';
import { BYZANTINE_QUIZ, suggestByzantineQuestions, type ByzQuizRun } from './quiz';

function runOf(extra: Record<string, unknown>, granularity: 'auto' | 'round' = 'auto') {
  const s = parseByzantineScenario({
    kind: 'byzantine',
    version: 1,
    generals: 4,
    m: 1,
    order: 'attack',
    ...extra,
  });
  return buildByzantineTimeline(s, { granularity }) as ByzQuizRun;
}
const ask = (r: ByzQuizRun, kind: string, at: number) =>
  makeQuestions([{ at, kind }], BYZANTINE_QUIZ, r, r.steps.length, 'Byzantine')[0]!;

describe('Byzantine questions: OM(1), 4 generals, lieutenant 3 says the opposite', () => {
  const r = runOf({ traitors: { '3': 'opposite' } });

  it('relay: the traitor relays retreat though it got attack; a loyal one relays attack', () => {
    const lie = ask(r, 'relay', 8);
    expect(lie.prompt).toBe('Which value does lieutenant 3 relay to lieutenant 1?');
    expect(lie.answer).toBe('retreat');
    expect(lie.why).toContain('strategy "opposite" sends the opposite');
    expect(ask(r, 'relay', 4).answer).toBe('attack');
    expect(ask(r, 'relay', 1).prompt).toBe('Which order does the commander send to lieutenant 1?');
  });

  it('decide: lieutenant 1 attacks, majority(attack, attack, retreat)', () => {
    const q = ask(r, 'decide', 10);
    expect(q.prompt).toBe('What does lieutenant 1 decide?');
    expect(q.answer).toBe('attack');
  });

  it('IC1 and IC2 hold; round 0 sends 3 messages and round 1 sends 6', () => {
    expect(ask(r, 'ic1', 12).answer).toBe('yes');
    expect(ask(r, 'ic2', 12).answer).toBe('yes');
    expect(ask(r, 'messages', 1).answer).toBe('3');
    const q = ask(r, 'messages', 4);
    expect(q.prompt).toBe('How many messages will round 1 send?');
    expect(q.answer).toBe('6');
    expect(q.choices.map((c) => c.id)).toContain('6');
    expect(() => ask(r, 'messages', 5)).toThrow('try step 1, 4');
  });
});

describe('every Byzantine question agrees with the run', () => {
  const cases = [
    { generals: 3, m: 1, traitors: { '2': 'opposite' } }, // LSP Fig. 1: IC2 fails
    { generals: 4, m: 1, traitors: { '0': 'split' } },
    { generals: 4, m: 1, traitors: { '2': 'silent' } },
    { generals: 7, m: 2, traitors: { '3': 'split', '5': 'random' } },
    { generals: 4, m: 1, algorithm: 'SM', traitors: { '0': 'split', '3': 'opposite' } },
  ];

  it('LSP Fig. 1: three generals, a lying lieutenant: lieutenant 1 retreats and IC2 fails', () => {
    const r = runOf(cases[0]!);
    const verdict = r.steps.length;
    expect(ask(r, 'ic2', verdict).answer).toBe('no');
    expect(ask(r, 'ic1', verdict).answer).toBe('yes');
    expect(ask(r, 'decide', verdict - 1).answer).toBe('retreat');
    // clicked on the stage: the loyal lieutenant 1 is the one that does not obey
    const who = ask(r, 'disobeys', verdict);
    expect(who.prompt).toBe("Which loyal lieutenant does not obey the commander's order (attack)?");
    expect(who.input).toBe('stage');
    expect(who.answer).toBe('1');
    expect(who.choices.map((c) => c.id)).toEqual(['0', '1', '2']);
  });

  it('disobeys: asked only when one loyal lieutenant alone breaks IC1 or IC2', () => {
    // IC1 and IC2 hold: nobody to click
    const fine = runOf({ traitors: { '3': 'opposite' } });
    expect(() => ask(fine, 'disobeys', fine.steps.length)).toThrow('this run has none');
    // a late commander message to lieutenant 1 only: 1 retreats, 2 and 3 attack
    const late = runOf({
      generals: 5,
      assumptions: { spoofing: false, synchronous: false },
      delays: [{ from: 0, to: 1, round: 0, by: 1 }],
      m: 0,
    });
    const q = ask(late, 'disobeys', late.steps.length);
    expect(late.run.decisions).toEqual([null, 'retreat', 'attack', 'attack', 'attack']);
    expect(q.answer).toBe('1');
    expect(q.why).toMatch(
      /^The commander is loyal and orders attack.*lieutenant 1 decides retreat/,
    );
  });

  it('a silent traitor relays nothing, and its round counts only what was sent', () => {
    const r = runOf(cases[2]!);
    const at = r.steps.findIndex((s) => r.run.messages[s.state.inFlight.start]?.from === 2) + 1;
    expect(ask(r, 'relay', at).answer).toBe('nothing');
    const round1 = ask(r, 'messages', 4);
    expect(round1.answer).toBe('4');
    expect(round1.why).toContain('2 more withheld by silent traitors');
  });

  for (const c of cases)
    it(`${JSON.stringify(c)}: answers are choices and match messages, decisions, verdict`, () => {
      for (const g of ['auto', 'round'] as const) {
        const r = runOf(c, g);
        let count = 0;
        r.steps.forEach((s, i) => {
          for (const q of questionsAt(BYZANTINE_QUIZ, r, i + 1)) {
            count++;
            expect(q.choices.map((x) => x.id)).toContain(q.answer);
            const f = s.state;
            const msg = r.run.messages[f.inFlight.start]!;
            if (q.kind === 'relay') expect(q.answer).toBe(msg.sent ? msg.value : 'nothing');
            if (q.kind === 'decide') expect(q.answer).toBe(r.run.decisions[f.focus!]);
            if (q.kind === 'ic1') expect(q.answer).toBe(r.run.verdict.ic1 ? 'yes' : 'no');
            if (q.kind === 'ic2') expect(q.answer).toBe(r.run.verdict.ic2 ? 'yes' : 'no');
            if (q.kind === 'disobeys') {
              const d = r.run.decisions[Number(q.answer)];
              expect(d).not.toBeNull();
              expect(r.run.verdict.ic1 && r.run.verdict.ic2).toBe(false);
            }
            if (q.kind === 'messages') {
              const sent = r.run.messages.filter((m) => m.level === f.round && m.sent).length;
              expect(q.answer).toBe(String(sent));
            }
          }
        });
        expect(count).toBeGreaterThan(3);
      }
    });
});

describe('default Byzantine question points', () => {
  it("round 1's count, the traitor's first lie, the first decision, IC2", () => {
    const r = runOf({ traitors: { '3': 'opposite' } });
    expect(suggestByzantineQuestions(r)).toEqual([
      { at: 4, kind: 'messages' },
      { at: 8, kind: 'relay' },
      { at: 10, kind: 'decide' },
      { at: 12, kind: 'ic2' },
    ]);
    const t = runOf({ traitors: { '0': 'split' } });
    expect(suggestByzantineQuestions(t).map((q) => q.kind)).toEqual([
      'relay',
      'messages',
      'decide',
      'ic1',
    ]);
  });
});
