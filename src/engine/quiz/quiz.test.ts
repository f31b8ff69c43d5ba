import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../scenario/errors';
import { parseQuestions } from './spec';
import { makeQuestions, numberChoices, suggestQuestions } from './make';
import type { QuizKind } from './types';

/** A toy run: steps are letters; kind "vowel" asks at a vowel, "any" anywhere. */
const run = 'abcdeab';
const kinds: QuizKind<string>[] = [
  {
    kind: 'vowel',
    label: 'Vowel?',
    where: 'a vowel',
    make: (r, at) =>
      'aeiou'.includes(r[at - 1] ?? 'x')
        ? {
            at,
            kind: 'vowel',
            prompt: '?',
            input: 'list',
            choices: [],
            answer: r[at - 1]!,
            why: '',
          }
        : null,
  },
];

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('the "questions" field', () => {
  it('is optional and reads at/kind pairs', () => {
    expect(parseQuestions(undefined, 'S')).toBeUndefined();
    expect(parseQuestions([{ at: 2, kind: 'x' }], 'S')).toEqual([{ at: 2, kind: 'x' }]);
  });

  it('says what is wrong with a bad one, naming it', () => {
    expect(error(() => parseQuestions('x', 'S'))).toBe(
      'S: "questions" must be a list like [{"at": 3, "kind": "next-hop"}], got "x".',
    );
    expect(error(() => parseQuestions([{ at: 0, kind: 'x' }], 'S'))).toBe(
      'S: question 1: "at" must be a step number (1 or more), got 0.',
    );
    expect(error(() => parseQuestions([{ at: 1 }], 'S'))).toContain('"kind" must name');
    expect(error(() => parseQuestions([{ at: 1, kind: 'x', why: 1 }], 'S'))).toContain(
      'unknown field "why"',
    );
    expect(
      error(() =>
        parseQuestions(
          [
            { at: 1, kind: 'x' },
            { at: 1, kind: 'y' },
          ],
          'S',
        ),
      ),
    ).toBe('S: question 2: step 1 already has a question (one per step).');
  });
});

describe('makeQuestions', () => {
  it('makes each question from the run, in step order', () => {
    const qs = makeQuestions(
      [
        { at: 5, kind: 'vowel' },
        { at: 1, kind: 'vowel' },
      ],
      kinds,
      run,
      run.length,
      'toy',
    );
    expect(qs.map((q) => [q.at, q.answer])).toEqual([
      [1, 'a'],
      [5, 'e'],
    ]);
  });

  it('rejects an unknown kind, a missing step and a step of the wrong sort, saying where to ask', () => {
    expect(error(() => makeQuestions([{ at: 1, kind: 'cons' }], kinds, run, 7, 'toy'))).toBe(
      'Question 1 ("cons" at step 1): the toy lab has no such kind of question (it asks vowel).',
    );
    expect(error(() => makeQuestions([{ at: 9, kind: 'vowel' }], kinds, run, 7, 'toy'))).toBe(
      'Question 1 ("vowel" at step 9): this run has 7 steps, so there is no step 9.',
    );
    expect(error(() => makeQuestions([{ at: 2, kind: 'vowel' }], kinds, run, 7, 'toy'))).toBe(
      'Question 1 ("vowel" at step 2): it asks about a vowel, and step 2 is not one (try step 1, 5, 6).',
    );
  });
});

describe('default question points', () => {
  it('never stops at two steps in a row, and asks each kind once per operation', () => {
    const ops = [0, 0, 0, 0, 1, 1, 1];
    const s = suggestQuestions(
      kinds,
      run,
      7,
      () => ['vowel'],
      (at) => ops[at - 1],
    );
    expect(s).toEqual([
      { at: 1, kind: 'vowel' },
      { at: 5, kind: 'vowel' },
    ]);
  });
});

describe('number choices', () => {
  it('are five numbers holding the answer, never below the minimum', () => {
    for (const answer of [0, 1, 3, 8, 40])
      for (let salt = 0; salt < 7; salt++) {
        const c = numberChoices(answer, salt).map((x) => Number(x.id));
        expect(c).toHaveLength(5);
        expect(c).toContain(answer);
        expect(Math.min(...c)).toBeGreaterThanOrEqual(0);
      }
  });
});
