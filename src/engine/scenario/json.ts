/**
 * Scenario JSON at the edges (CLI files, imports, links, the autosave): bytes to text, text to
 * a value, with one-sentence errors. Hostile input must end in a ScenarioError, never in a
 * stack overflow, a multi-line engine message or a 10 MB quote.
 */
import { fail } from './errors';
import { syntaxErrorAt } from './jsonError';

export { quote, QUOTE_LIMIT } from './errors';

/** A JSON value: what JSON.parse returns and JSON.stringify writes. */
export type Json = null | boolean | number | string | readonly Json[] | JsonObject;
/** A JSON object (a scenario, a view, an experiment); an absent field may read undefined. */
export type JsonObject = { [field: string]: Json | undefined };

/** The JSON object `v`, or null when it is another JSON value. */
export function jsonObject(v: unknown): JsonObject | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
}

/** The JSON array `v`, or an empty list when it is absent or another JSON value. */
export function jsonArray(v: Json | undefined): readonly Json[] {
  return Array.isArray(v) ? (v as readonly Json[]) : [];
}

/** Deeper than any scenario needs (a view with its experiment is 4 levels); a guard, not a format rule. */
export const MAX_JSON_DEPTH = 64;

/**
 * Text of a file as an editor would read it: UTF-8 (with or without a byte-order mark) or
 * UTF-16 (little or big endian, with a mark, or without one when it starts with ASCII).
 */
export function decodeScenarioBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  let encoding = 'utf-8';
  let skip = 0;
  if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
  else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
  else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
  else if (a !== undefined && a !== 0 && b === 0) encoding = 'utf-16le';
  else if (a === 0 && b !== undefined && b !== 0) encoding = 'utf-16be';
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

function lineAndColumn(text: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${pos - lineStart + 1}`;
}

/**
 * The deepest nesting of arrays and objects, found by a scan of the text (so JSON.parse and
 * every recursive walk after it never see more than MAX_JSON_DEPTH levels).
 */
function checkDepth(text: string, what: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > MAX_JSON_DEPTH)
        fail(
          `${what} is nested more than ${MAX_JSON_DEPTH} levels deep (at ${lineAndColumn(text, i)}); a scenario needs only a few.`,
        );
    } else if (ch === 93 || ch === 125) depth--;
  }
}

/** Turns the engine's JSON.parse message into one short sentence with a line and column. */
function syntaxMessage(text: string, e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const pos = /at position (\d+)/.exec(raw);
  let reason = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/,\s*(?:\.\.\.)?".*"\s+is not valid JSON$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (reason.length > 120) reason = `${reason.slice(0, 120)}…`;
  if (/Unexpected end of JSON input/.test(raw) || (pos && Number(pos[1]) >= text.length))
    return 'it ends too early (was it cut off?)';
  // "Unexpected token" messages name no position: find it by the grammar
  const at = pos ? Number(pos[1]) : syntaxErrorAt(text);
  const where = at >= 0 && at < text.length ? ` at ${lineAndColumn(text, at)}` : '';
  return `${reason}${where}`;
}

/**
 * Parses scenario text: a byte-order mark is dropped, nesting is bounded, and a syntax error
 * becomes one sentence ("<what> is not valid JSON: … at line 4, column 13.").
 */
export function parseScenarioJson(text: string, what = 'The scenario'): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') fail(`${what} is empty.`);
  checkDepth(body, what);
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    return fail(`${what} is not valid JSON: ${syntaxMessage(body, e)}.`);
  }
}
