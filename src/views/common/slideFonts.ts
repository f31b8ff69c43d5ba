/**
 * The fonts a slide uses, embedded in it: the @font-face rules of the app's own fonts whose
 * unicode-range covers a character the slide shows, each file inlined as a data: URL. A viewer
 * without Inter draws the slide in Inter all the same, and the PNG (the SVG drawn by the
 * browser as an image, which cannot reach the page's fonts) looks like the screen.
 */

/** [from, to] code-point ranges of a unicode-range such as "U+0000-00FF, U+0131, U+02??". */
export function parseUnicodeRange(range: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) continue;
    const a = m[1] ?? '';
    if (a.includes('?'))
      out.push([parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)]);
    else out.push([parseInt(a, 16), parseInt(m[2] ?? a, 16)]);
  }
  return out;
}

/** Does a face with this unicode-range (empty: all of Unicode) draw one of these characters? */
export function covers(range: string, chars: ReadonlySet<number>): boolean {
  if (!range.trim()) return chars.size > 0;
  const ranges = parseUnicodeRange(range);
  for (const c of chars) if (ranges.some(([a, b]) => c >= a && c <= b)) return true;
  return false;
}

const unquote = (s: string) => s.trim().replace(/^['"]|['"]$/g, '');

/** The font families a slide names (in its font-family attributes and styles). */
export function familiesIn(svg: string): Set<string> {
  const out = new Set<string>();
  const plain = svg.replace(/&quot;/g, "'");
  const re = /font-family(?:=|:)\s*("[^"]*"|[^;"]*)/g;
  for (let m = re.exec(plain); m; m = re.exec(plain))
    for (const f of (m[1] ?? '').replace(/^"|"$/g, '').split(','))
      out.add(unquote(f).toLowerCase());
  return out;
}

/** The characters a slide shows: its text, with the markup and entities taken out. */
export function charsIn(svg: string): Set<number> {
  const text = svg
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const out = new Set<number>();
  for (const ch of text) if (ch.trim()) out.add(ch.codePointAt(0) ?? 0);
  return out;
}

async function dataUrl(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not read the font ${url} (${res.status}).`);
  const blob = await res.blob();
  return await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new Error(`Could not read the font ${url}.`));
    r.readAsDataURL(blob);
  });
}

/** A <style> with the @font-face rules the slide needs, their files inlined ('' if none). */
export async function embeddedFonts(svg: string): Promise<string> {
  const families = familiesIn(svg);
  const chars = charsIn(svg);
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to read
    }
    for (const rule of [...list]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const st = rule.style;
      const family = unquote(st.getPropertyValue('font-family'));
      if (!families.has(family.toLowerCase())) continue;
      const range = st.getPropertyValue('unicode-range');
      if (!covers(range, chars)) continue;
      const src = /url\((['"]?)([^'")]+)\1\)/.exec(st.getPropertyValue('src'));
      if (!src?.[2]) continue;
      const url = new URL(src[2], sheet.href ?? document.baseURI).href;
      rules.push(
        `@font-face{font-family:'${family}';font-style:${st.getPropertyValue('font-style') || 'normal'};` +
          `font-weight:${st.getPropertyValue('font-weight') || 'normal'};` +
          (range ? `unicode-range:${range};` : '') +
          `src:url(${await dataUrl(url)}) format('woff2')}`,
      );
    }
  }
  return rules.length > 0 ? `<style>${rules.join('')}</style>` : '';
}

/** The slide with its fonts embedded, right after the opening <svg> tag. */
export async function withFonts<T extends { svg: string }>(slide: T): Promise<T> {
  const style = await embeddedFonts(slide.svg);
  if (!style) return slide;
  const at = slide.svg.indexOf('>', slide.svg.indexOf('<svg')) + 1;
  return { ...slide, svg: slide.svg.slice(0, at) + style + slide.svg.slice(at) };
}
