import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenarioJson } from './json';
import { syntaxErrorAt } from './jsonError';

describe('syntaxErrorAt: where JSON text first goes wrong', () => {
  it('finds the character JSON.parse stumbles on', () => {
    expect(syntaxErrorAt('[1,2,,3]')).toBe(5);
    expect(syntaxErrorAt('{"a": tru}')).toBe(9);
    expect(syntaxErrorAt('{"a":01}')).toBe(6);
    expect(syntaxErrorAt('{"a" 1}')).toBe(5);
    expect(syntaxErrorAt('{"a":1,}')).toBe(7);
    expect(syntaxErrorAt('[1] x')).toBe(4);
    expect(syntaxErrorAt('{"a":"b\nc"}')).toBe(7);
    expect(syntaxErrorAt('"\\x"')).toBe(2);
    expect(syntaxErrorAt('[1, {"a": [true, null]')).toBe(22); // ends too early
  });

  it('says -1 for valid JSON of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        expect(syntaxErrorAt(JSON.stringify(v, null, pretty ? 2 : 0))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on whether text is valid', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"a"', '1', '-2.5e3', 'true', 'nul', ' ', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(syntaxErrorAt(text) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an "Unexpected token" error gets a line and column too', () => {
  it('names the line and column of a stray comma in a file of several lines', () => {
    const text = '{\n  "kind": "chord",\n  "version": 1,\n  "nodes": [1, 2,, 3]\n}\n';
    expect(() => parseScenarioJson(text, 'The file')).toThrow(
      /^The file is not valid JSON: Unexpected token ',' at line 4, column 18\.$/,
    );
  });
});
