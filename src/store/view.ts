/**
 * The `view` object of a saved or shared scenario (selection, open panels) is input like the
 * rest: a link with {"compare": "x"} or an experiment with "sizes": 5 used to crash a panel on
 * every reload. Each field a lab reads is checked here; a bad one is dropped with a sentence
 * (the scenario itself, the user's work, still loads). Fields a lab does not know pass through.
 */
import { fail, isRecord, quote, ScenarioError } from '../engine/scenario/errors';

export type View = Record<string, unknown>;

/** Checks one field's value: returns it (possibly cleaned), or undefined to drop it; throws a ScenarioError when bad. */
export type FieldCheck = (value: unknown, field: string) => unknown;

export interface CheckedView {
  view: View;
  /** one sentence per dropped field */
  problems: string[];
}

const name = (field: string) => `"view.${field}"`;

export function checkView(raw: unknown, checks: Record<string, FieldCheck>): CheckedView {
  if (raw === undefined || raw === null) return { view: {}, problems: [] };
  if (!isRecord(raw))
    return { view: {}, problems: [`"view" must be an object, got ${quote(raw)}.`] };
  const view: View = { ...raw };
  const problems: string[] = [];
  for (const [field, check] of Object.entries({ cursor: wholeNumber(1e9), ...checks })) {
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
  return { view, problems };
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

export function recordOf(v: unknown, field: string): Record<string, unknown> {
  if (!isRecord(v)) fail(`${name(field)} must be an object, got ${quote(v)}.`);
  return v;
}

/** The sentence shown when fields were dropped. */
export function viewNotice(source: string, problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  return `Part of this ${source}'s view was ignored (the scenario itself loaded): ${problems.join(' ')}`;
}
