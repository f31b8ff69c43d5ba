import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, MAX_JSON_DEPTH, parseScenarioJson, quote } from './json';
import { ScenarioError } from './errors';

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

describe('scenario JSON at the edges', () => {
  it('decodes UTF-8 with and without a BOM, and UTF-16 in both byte orders', () => {
    const text = '{"kind":"chord","name":"Ωmega"}';
    const utf8 = new TextEncoder().encode(text);
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeScenarioBytes(utf8)).toBe(text);
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeScenarioBytes(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    expect(decodeScenarioBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
    expect(decodeScenarioBytes(new Uint8Array(le))).toBe(text);
    expect(decodeScenarioBytes(new Uint8Array(be))).toBe(text);
  });

  it('drops a BOM left in text', () => {
    expect(parseScenarioJson('\ufeff{"a":1}')).toEqual({ a: 1 });
  });

  it('bounds nesting before parsing, brackets inside strings not counted', () => {
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(() => parseScenarioJson(ok)).not.toThrow();
    expect(parseScenarioJson(`{"s":"${'['.repeat(500)}\\"["}`)).toEqual({
      s: `${'['.repeat(500)}"[`,
    });
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(message(() => parseScenarioJson(deep, 'This link'))).toMatch(
      /^This link is nested more than 64 levels deep \(at line 1, column 65\)/,
    );
  });

  it('reports a syntax error as one line with line and column', () => {
    const m = message(() => parseScenarioJson('{\n  "a": 1,\n  "b": 2 3\n}', 'The file'));
    expect(m).not.toMatch(/\n/);
    expect(m).toMatch(/^The file is not valid JSON: .* at line 3, column 10\.$/);
    expect(message(() => parseScenarioJson('{"a": [1, 2'))).toMatch(/ends too early/);
    expect(message(() => parseScenarioJson('  '))).toMatch(/is empty/);
  });

  it('quotes at most 80 characters of a value, and names infinities', () => {
    expect(quote('a'.repeat(10_000_000))).toBe(`"${'a'.repeat(80)}…" (10,000,000 characters)`);
    expect(quote(Infinity)).toMatch(/out of range/);
    expect(quote({ x: 'b'.repeat(200) }).length).toBeLessThanOrEqual(81);
    expect(quote(undefined)).toBe('nothing');
    expect(quote('short')).toBe('"short"');
  });
});
