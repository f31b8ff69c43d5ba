import { describe, expect, it } from 'vitest';
import { isolate } from './text';
import { buildChordTimeline, parseChordScenario } from './chord';

describe('user text in a sentence is isolated (bidi)', () => {
  it('wraps text with right-to-left letters or direction controls, leaves the rest alone', () => {
    expect(isolate('owl')).toBe('owl');
    expect(isolate('a\u202Eevil')).toBe('\u2068a\u202Eevil\u2069');
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
  });

  it('a key named with a right-to-left override cannot reverse the rest of the caption', () => {
    const key = 'x\u202Egnp.exe';
    const s = parseChordScenario({
      kind: 'chord',
      version: 1,
      bits: 6,
      nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
      steps: [{ op: 'put', from: 8, key, value: 'v\u202E1' }],
    });
    const texts = buildChordTimeline(s).steps.map((st) => st.text);
    for (const t of texts.filter((x) => x.includes(key))) {
      // every override is inside an isolate that closes right after it
      const open = t.indexOf('\u2068');
      expect(open).toBeGreaterThanOrEqual(0);
      expect(t.indexOf('\u202E')).toBeGreaterThan(open);
      expect(t.indexOf('\u2069', t.indexOf('\u202E'))).toBeGreaterThan(0);
    }
    expect(texts.some((t) => t.includes(`= \u2068"v\u202E1"\u2069`))).toBe(true);
  });
});
