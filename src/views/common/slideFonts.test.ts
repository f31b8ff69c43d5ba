import { describe, expect, it } from 'vitest';
import { charsIn, covers, familiesIn, parseUnicodeRange } from './slideFonts';

describe('slide fonts', () => {
  it('reads unicode-ranges: single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+02??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x200, 0x2ff],
    ]);
  });

  it('a face is embedded only when it draws a character the slide shows', () => {
    const latin = 'U+0000-00FF,U+2000-206F';
    const cyrillic = 'U+0301,U+0400-045F';
    const slide = charsIn('<svg><text x="1">N42 → 54 &amp; Ж</text></svg>');
    expect(covers(latin, slide)).toBe(true);
    expect(covers(cyrillic, slide)).toBe(true);
    const plain = charsIn('<svg><text font-size="12">N42</text></svg>');
    expect(covers(cyrillic, plain)).toBe(false);
    // markup is not text: 'font-size' letters do not count, entities do
    expect(plain.has('f'.codePointAt(0)!)).toBe(false);
    expect(slide.has('&'.codePointAt(0)!)).toBe(true);
    expect(covers('', plain)).toBe(true);
  });

  it('finds the families in attributes and in inlined styles', () => {
    const svg =
      '<text font-family="&quot;Inter Variable&quot;, Arial">a</text>' +
      '<g style="fill:red;font-family:&quot;JetBrains Mono Variable&quot;, monospace;font-size:12px"/>';
    expect([...familiesIn(svg)].sort()).toEqual([
      'arial',
      'inter variable',
      'jetbrains mono variable',
      'monospace',
    ]);
  });
});
