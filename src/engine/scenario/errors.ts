/**
 * The one error type for bad input: a broken link, bad JSON, an unknown field value, an
 * out-of-range number, duplicate ids. Its message is one sentence a user can act on; the UI
 * shows it in an alert and the CLI prints it on stderr (exit 2), never with a stack trace.
 */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/** At most this many characters of a user's value are quoted back in a message. */
export const QUOTE_LIMIT = 80;

/** A user's value for a message: JSON, cut to QUOTE_LIMIT characters; infinities named. */
export function quote(v: unknown): string {
  // (only code hands over NaN, never JSON: a number input left empty, for one)
  if (typeof v === 'number' && Number.isNaN(v)) return 'no number';
  if (typeof v === 'number' && !Number.isFinite(v))
    return 'a number out of range (too large to represent)';
  if (v === undefined) return 'nothing';
  let text: string;
  if (typeof v === 'string') {
    text = JSON.stringify(v.length > QUOTE_LIMIT ? v.slice(0, QUOTE_LIMIT) : v);
    if (v.length > QUOTE_LIMIT)
      return `${text.slice(0, -1)}…" (${v.length.toLocaleString('en-US')} characters)`;
    return text;
  }
  try {
    text = JSON.stringify(v) ?? typeof v;
  } catch {
    text = typeof v;
  }
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

export function fail(message: string): never {
  throw new ScenarioError(message);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Rejects fields the format does not define, so typos are reported instead of ignored. */
export function checkKnownFields(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      fail(`${where}: unknown field ${quote(key)} (allowed: ${allowed.join(', ')}).`);
  }
}

export function intField(
  obj: Record<string, unknown>,
  key: string,
  where: string,
  range: { min: number; max: number; default?: number },
): number {
  const v = obj[key];
  if (v === undefined) {
    if (range.default !== undefined) return range.default;
    fail(`${where}: "${key}" is required.`);
  }
  if (typeof v === 'number' && !Number.isFinite(v))
    fail(`${where}: "${key}" is out of range: it must be between ${range.min} and ${range.max}.`);
  if (typeof v !== 'number' || !Number.isInteger(v))
    fail(`${where}: "${key}" must be an integer, got ${quote(v)}.`);
  if (v < range.min || v > range.max)
    fail(`${where}: "${key}" must be between ${range.min} and ${range.max}, got ${v}.`);
  return v;
}

export function enumField<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  where: string,
  values: readonly T[],
  fallback?: T,
): T {
  const v = obj[key];
  if (v === undefined) {
    if (fallback !== undefined) return fallback;
    fail(`${where}: "${key}" is required (one of ${values.join(', ')}).`);
  }
  if (typeof v !== 'string' || !values.includes(v as T)) {
    fail(`${where}: "${key}" must be one of ${values.join(', ')}, got ${quote(v)}.`);
  }
  return v as T;
}
