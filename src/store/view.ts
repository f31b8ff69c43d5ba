/**
 * The `view` object of a saved or shared scenario (selection, open panels) is input like the
 * rest: a link with {"compare": "x"} or an experiment with "sizes": 5 used to crash a panel on
 * every reload. Each field a lab reads is checked here; a bad one is dropped with a sentence
 * (the scenario itself, the user's work, still loads). Fields a lab does not know pass through.
 */
import { fail, isRecord, quote, ScenarioError } from '../engine/scenario/errors';
import { jsonObject, type JsonObject } from '../engine/scenario/json';

/** The view fields every lab has: the cursor (added on export), presentation mode, Predict. */
export interface BaseView {
  cursor?: number;
  present?: boolean;
  /** predict-then-reveal is on (store/quiz.ts) */
  predict?: boolean;
}

/** A lab's checks: one per field of its view type V (the base fields are checked here). */
export type ViewChecks<V extends BaseView> = {
  [K in Exclude<keyof V, keyof BaseView>]-?: FieldCheck;
};

/** Checks one field's value: returns it (possibly cleaned), or undefined to drop it; throws a ScenarioError when bad. */
export type FieldCheck = (value: unknown, field: string) => unknown;

export interface CheckedView<V extends BaseView> {
  view: V;
  /** one sentence per dropped field */
  problems: string[];
}

const name = (field: string) => `"view.${field}"`;

/**
 * The only place a view is read from JSON: every field V names is checked (a bad one dropped
 * with a sentence), so the result is a V; fields no lab reads pass through untouched.
 */
export function checkView<V extends BaseView>(raw: unknown, checks: ViewChecks<V>): CheckedView<V> {
  if (raw === undefined || raw === null) return { view: {} as V, problems: [] };
  if (!isRecord(raw))
    return { view: {} as V, problems: [`"view" must be an object, got ${quote(raw)}.`] };
  const view = { ...raw };
  const problems: string[] = [];
  const all: [string, FieldCheck][] = [
    ['cursor', wholeNumber(1e9)],
    ['present', boolean],
    ['predict', boolean],
    ...Object.entries<FieldCheck>(checks),
  ];
  for (const [field, check] of all) {
    if (view[field] === undefined) continue;
    try {
      const v = check(view[field], field);
      if (v === undefined) delete view[field];
      else view[field] = v;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      delete view[field];
      problems.push(e.message);
    }
  }
  // every field V names has passed its check above
  return { view: view as unknown as V, problems };
}

export const wholeNumber =
  (max: number): FieldCheck =>
  (v, field) => {
    if (v === null) return v;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max)
      fail(`${name(field)} must be a whole number from 0 to ${max}, got ${quote(v)}.`);
    return v;
  };

export const oneOf =
  (values: readonly unknown[]): FieldCheck =>
  (v, field) => {
    if (v !== null && !values.includes(v))
      fail(
        `${name(field)} must be one of ${values.map((x) => quote(x)).join(', ')}, got ${quote(v)}.`,
      );
    return v;
  };

export const boolean: FieldCheck = (v, field) => {
  if (typeof v !== 'boolean') fail(`${name(field)} must be true or false, got ${quote(v)}.`);
  return v;
};

export function recordOf(v: unknown, field: string): JsonObject {
  const o = jsonObject(v);
  if (o === null) fail(`${name(field)} must be an object, got ${quote(v)}.`);
  return o;
}

/** The sentence shown when fields were dropped. */
export function viewNotice(source: string, problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  return `Part of this ${source}'s view was ignored (the scenario itself loaded): ${problems.join(' ')}`;
}
