import { fail, quote } from '../scenario/errors';
import type { Asked, Choice, Question, QuestionSpec, QuizKind } from './types';

/**
 * A kind of question: its name in a scenario, its label in the "Ask here" menu, where it can be
 * asked (for error messages), and `ask`, which writes the question at a step (null where the
 * kind does not apply) without its step and kind: those are filled in here.
 */
export function quizKind<C>(
  kind: string,
  label: string,
  where: string,
  ask: (ctx: C, at: number) => Asked | null,
): QuizKind<C> {
  return {
    kind,
    label,
    where,
    make(ctx, at) {
      const q = ask(ctx, at);
      return q && { at, kind, ...q };
    },
  };
}

/** How many steps a "steps 2, 3, 4 …" hint lists. */
const HINT_STEPS = 6;

/**
 * The questions of a run, in step order. A question that does not fit the run (a step that
 * does not exist, a kind the lab does not ask, a step that is not what the kind asks about)
 * throws a ScenarioError that names it and says where it could go instead.
 */
export function makeQuestions<C>(
  specs: readonly QuestionSpec[],
  kinds: readonly QuizKind<C>[],
  ctx: C,
  total: number,
  lab: string,
): Question[] {
  return specs
    .map((spec, i) => {
      const name = `Question ${i + 1} (${quote(spec.kind)} at step ${spec.at})`;
      const kind = kinds.find((k) => k.kind === spec.kind);
      if (!kind)
        fail(
          `${name}: the ${lab} lab has no such kind of question (it asks ${kinds.map((k) => k.kind).join(', ')}).`,
        );
      if (spec.at > total)
        fail(
          `${name}: this run has ${total} step${total === 1 ? '' : 's'}, so there is no step ${spec.at}.`,
        );
      const q = kind.make(ctx, spec.at);
      if (!q) {
        const fits = stepsFor(kind, ctx, total, HINT_STEPS);
        fail(
          `${name}: it asks about ${kind.where}, and step ${spec.at} is not one` +
            (fits.length === 0
              ? ' (this run has none).'
              : ` (try step ${fits.join(', ')}${fits.length === HINT_STEPS ? ' …' : ''}).`),
        );
      }
      return q;
    })
    .sort((a, b) => a.at - b.at);
}

/** Keeps the questions that still fit the run (after the user changed it), dropping the rest. */
export function keepFitting<C>(
  specs: readonly QuestionSpec[],
  kinds: readonly QuizKind<C>[],
  ctx: C,
  total: number,
): { kept: QuestionSpec[]; questions: Question[] } {
  const kept: QuestionSpec[] = [];
  const questions: Question[] = [];
  for (const spec of specs) {
    const kind = kinds.find((k) => k.kind === spec.kind);
    const q = kind && spec.at <= total ? kind.make(ctx, spec.at) : null;
    if (q) {
      kept.push(spec);
      questions.push(q);
    }
  }
  questions.sort((a, b) => a.at - b.at);
  return { kept, questions };
}

/** The kinds that can be asked at step `at` ("Ask here"), with their questions. */
export function questionsAt<C>(kinds: readonly QuizKind<C>[], ctx: C, at: number): Question[] {
  return kinds.flatMap((k) => {
    const q = k.make(ctx, at);
    return q ? [q] : [];
  });
}

/** The first `limit` steps where a kind can be asked. */
export function stepsFor<C>(kind: QuizKind<C>, ctx: C, total: number, limit: number): number[] {
  const out: number[] = [];
  for (let at = 1; at <= total && out.length < limit; at++) if (kind.make(ctx, at)) out.push(at);
  return out;
}

/**
 * Five whole numbers around `answer` (never below `min`), the answer's place among them varying
 * with `salt`, so the right one is not always in the middle.
 */
export function numberChoices(answer: number, salt: number, min = 0): Choice[] {
  const start = Math.max(min, answer - (Math.abs(salt) % 5));
  return Array.from({ length: 5 }, (_, i) => {
    const n = start + i;
    return { id: String(n), label: n.toLocaleString('en-US') };
  });
}

export const YES_NO: readonly Choice[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];

/** At most this many default question points: a lecture stops a few times, not at every step. */
export const MAX_SUGGESTED = 8;

/**
 * Default question points for a run: at each step the first kind of `orderAt(at)` that fits,
 * each kind at most once per user operation (`opOf`), never two steps in a row.
 */
export function suggestQuestions<C>(
  kinds: readonly QuizKind<C>[],
  ctx: C,
  total: number,
  orderAt: (at: number) => readonly string[],
  opOf: (at: number) => unknown,
): QuestionSpec[] {
  const out: QuestionSpec[] = [];
  const used = new Set<string>();
  for (let at = 1; at <= total && out.length < MAX_SUGGESTED; at++) {
    if (out.length > 0 && out[out.length - 1]!.at === at - 1) continue;
    for (const name of orderAt(at)) {
      const tag = `${String(opOf(at))}|${name}`;
      const kind = kinds.find((k) => k.kind === name);
      if (!kind || used.has(tag) || !kind.make(ctx, at)) continue;
      used.add(tag);
      out.push({ at, kind: name });
      break;
    }
  }
  return out;
}
