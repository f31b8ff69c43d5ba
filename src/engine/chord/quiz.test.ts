import { describe, expect, it } from 'vitest';
import { makeQuestions, questionsAt } from '../quiz';
import { CHORD_QUIZ, suggestChordQuestions, type ChordQuizRun } from './quiz';
import { buildChordTimeline, parseChordScenario } from './scenario';
import type { LookupOverlay } from './frames';

const KEYS = { owl: 'hoot', date: 'sweet', peach: 'fuzzy', berry: 'blue', ant: 'six legs' };
function runOf(steps: unknown[], extra: Record<string, unknown> = {}): ChordQuizRun {
  const s = parseChordScenario({
    kind: 'chord',
    version: 1,
    bits: 6,
    nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
    keys: KEYS,
    steps,
    ...extra,
  });
  return buildChordTimeline(s);
}
const ask = (r: ChordQuizRun, kind: string, at: number) =>
  makeQuestions([{ at, kind }], CHORD_QUIZ, r, r.steps.length, 'DHT')[0]!;
const atOf = (r: ChordQuizRun, type: string, nth = 0) =>
  r.steps.map((s, i) => (s.type === type ? i + 1 : 0)).filter((x) => x > 0)[nth]!;
/** the live ring's successor of an id, computed here from the ids alone */
const successor = (ids: readonly number[], id: number) => ids.find((n) => n >= id) ?? ids[0]!;

describe('DHT questions on the paper ring (Fig. 3b: lookup of 54 from N8)', () => {
  const r = runOf([{ op: 'lookup', from: 8, key: 54, routing: 'finger' }]);

  it('next hop: N8 forwards to N42, then N42 to N51 (click a node)', () => {
    const q = ask(r, 'next-hop', 2);
    expect(q.prompt).toBe('Which node does N8 forward the query for key 54 to?');
    expect(q.input).toBe('stage');
    expect(q.answer).toBe('42');
    expect(ask(r, 'next-hop', 3).answer).toBe('51');
    expect(q.choices.map((c) => c.id)).toContain(q.answer);
  });

  it('finger: N8 uses finger[5] (start 40 → N42), N42 uses finger[3] (start 50 → N51)', () => {
    const q = ask(r, 'finger', 2);
    expect(q.answer).toBe('5');
    expect(q.choices.find((c) => c.id === q.answer)!.label).toBe('finger[5] (start 40) = N42');
    expect(ask(r, 'finger', 3).answer).toBe('3');
    expect(q.why).toBe(
      'N8: 54 is not in (8, 14]; the closest preceding finger is finger[5] = N42.',
    );
  });

  it('owner and hops: N56 owns 54, reached in 3 hops', () => {
    expect(ask(r, 'owner', 1).answer).toBe('56');
    const hops = ask(r, 'hops', 1);
    expect(hops.answer).toBe('3');
    expect(hops.why).toBe('N56 owns 54. Path 8 → 42 → 51 → 56: 3 hops.');
  });

  it('asks only where the kind fits, and says where it fits instead', () => {
    expect(questionsAt(CHORD_QUIZ, r, 1).map((q) => q.kind)).toEqual(['owner', 'hops']);
    expect(questionsAt(CHORD_QUIZ, r, 2).map((q) => q.kind)).toEqual(['next-hop', 'finger']);
    expect(questionsAt(CHORD_QUIZ, r, 4).map((q) => q.kind)).toEqual(['next-hop']);
    expect(() => ask(r, 'finger', 4)).toThrow(
      'Question 1 ("finger" at step 4): it asks about a hop that follows a finger, and step 4 is not one (try step 2, 3).',
    );
  });
});

describe('every DHT question agrees with the run it was made from', () => {
  const r = runOf([
    { op: 'lookup', from: 8, key: 54, routing: 'successor' },
    { op: 'join', id: 30, via: 8 },
    { op: 'crash', id: 42 },
    { op: 'put', from: 14, key: 'owl', value: 'hoot', routing: 'finger' },
    { op: 'lookup', from: 1, key: 44, routing: 'skip' },
    { op: 'lookup', from: 51, key: 20, routing: 'full' },
  ]);

  it('successor routing: 8 hops round the ring', () => {
    expect(ask(r, 'hops', 1).answer).toBe('8');
    expect(ask(r, 'next-hop', 2).answer).toBe('14');
  });

  it('N30 joining takes "date" (22) and "peach" (30) from N32, nothing else', () => {
    const q = ask(r, 'moved-keys', atOf(r, 'join-start'));
    expect(q.prompt).toBe('After N30 joins, which keys move to it?');
    expect(q.choices.find((c) => c.id === q.answer)!.label).toBe('"date", "peach"');
    expect(q.choices.map((c) => c.label)).toContain('none');
  });

  it('each answer is a choice and matches the lookup it is about', () => {
    let checked = 0;
    for (let at = 1; at <= r.steps.length; at++) {
      for (const q of questionsAt(CHORD_QUIZ, r, at)) {
        expect(q.choices.map((c) => c.id)).toContain(q.answer);
        const o = r.steps[at - 1]!.state.overlay as LookupOverlay;
        const end = r.steps.slice(at - 1).find((s) => (s.state.overlay as LookupOverlay)?.done)!
          .state.overlay as LookupOverlay;
        if (q.kind === 'next-hop') expect(q.answer).toBe(String(o.token!.to));
        if (q.kind === 'finger') {
          const before = (at === 1 ? r.base : r.steps[at - 2]!.state).nodes.get(o.at)!;
          expect(String(before.fingers[Number(q.answer)])).toBe(String(o.pick!.node));
        }
        if (q.kind === 'owner')
          expect(q.answer).toBe(String(successor(r.steps[at - 1]!.state.ids, end.keyId)));
        if (q.kind === 'hops') expect(q.answer).toBe(String(end.path.length - 1));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('default DHT question points', () => {
  it('a successor lookup asks its hop count; a finger lookup its owner and finger', () => {
    const s = runOf([{ op: 'lookup', from: 8, key: 54, routing: 'successor' }]);
    expect(suggestChordQuestions(s)).toEqual([
      { at: 1, kind: 'hops' },
      { at: 3, kind: 'next-hop' },
    ]);
    const f = runOf([
      { op: 'lookup', from: 8, key: 54, routing: 'finger' },
      { op: 'join', id: 30, via: 8 },
    ]);
    const specs = suggestChordQuestions(f);
    expect(specs.slice(0, 3)).toEqual([
      { at: 1, kind: 'owner' },
      { at: 3, kind: 'finger' },
      { at: 6, kind: 'moved-keys' },
    ]);
    expect(() => makeQuestions(specs, CHORD_QUIZ, f, f.steps.length, 'DHT')).not.toThrow();
  });
});
