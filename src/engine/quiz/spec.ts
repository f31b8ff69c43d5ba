import { fail, isRecord, quote } from '../scenario/errors';
import type { QuestionSpec } from './types';

/** A quiz is for a lecture, not a test bank: more than this is a mistake in the file. */
export const MAX_QUESTIONS = 200;

/**
 * Reads a scenario's "questions": a list of {"at": step, "kind": name}, at most one per step.
 * Only the shape is checked here; whether the run has such a step is the lab's check
 * (makeQuestions), made once the scenario has run.
 */
export function parseQuestions(raw: unknown, where: string): QuestionSpec[] | undefined {
  if (raw === undefined) return undefined;
  const example = '[{"at": 3, "kind": "next-hop"}]';
  if (!Array.isArray(raw))
    fail(`${where}: "questions" must be a list like ${example}, got ${quote(raw)}.`);
  if (raw.length > MAX_QUESTIONS)
    fail(`${where}: ${raw.length} questions is too many (at most ${MAX_QUESTIONS}).`);
  const seen = new Set<number>();
  return raw.map((q: unknown, i) => {
    const name = `${where}: question ${i + 1}`;
    if (!isRecord(q)) fail(`${name} must be an object like {"at": 3, "kind": "next-hop"}.`);
    for (const key of Object.keys(q))
      if (key !== 'at' && key !== 'kind')
        fail(`${name} has an unknown field ${quote(key)} (a question has "at" and "kind").`);
    const at = q.at;
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 1)
      fail(`${name}: "at" must be a step number (1 or more), got ${quote(at)}.`);
    if (typeof q.kind !== 'string' || q.kind === '')
      fail(`${name}: "kind" must name a kind of question, got ${quote(q.kind)}.`);
    if (seen.has(at)) fail(`${name}: step ${at} already has a question (one per step).`);
    seen.add(at);
    return { at, kind: q.kind };
  });
}
