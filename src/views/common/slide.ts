/**
 * Slide export: the stage's picture, its legend and the caption as one standalone SVG, every
 * style inlined from the computed styles (so it looks the same in any viewer, with no
 * stylesheet and no CSS variables), and as a PNG at twice the stage's size.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What an SVG element needs to look the same without the app's stylesheet. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'color',
];

export interface Slide {
  svg: string;
  /** CSS pixels: the stage's width, the stage's plus the caption's height */
  width: number;
  height: number;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlineStyles(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  const own = (from as SVGElement).style?.transform;
  const decl = SVG_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  to.setAttribute('style', own ? `${decl};transform:${own}` : decl);
  to.removeAttribute('class');
  to.removeAttribute('tabindex');
  for (let i = 0; i < from.children.length; i++) {
    const a = from.children[i];
    const b = to.children[i];
    if (a && b) inlineStyles(a, b);
  }
}

/** An on-screen SVG, standalone, placed at its position relative to `origin`. */
function placeSvg(svg: SVGSVGElement, origin: DOMRect): string {
  const r = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('x', String(r.left - origin.left));
  copy.setAttribute('y', String(r.top - origin.top));
  copy.setAttribute('width', String(r.width));
  copy.setAttribute('height', String(r.height));
  copy.removeAttribute('role');
  return new XMLSerializer().serializeToString(copy);
}

const visible = (c: string) => c !== '' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);

/** CSS text-transform, which SVG text does not have. */
function transform(text: string, how: string): string {
  if (how === 'uppercase') return text.toUpperCase();
  if (how === 'lowercase') return text.toLowerCase();
  if (how === 'capitalize')
    return text.replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());
  return text;
}

/** Controls are for the screen, not the slide (a button, a field, a checkbox and its label). */
const CONTROL = 'button, input, select, textarea, label:has(input)';

/** The part of the screen `el` shows: its box cut by every ancestor that clips (scrolling panels). */
function clipOf(el: Element, root: Element): DOMRect {
  let { left, top, right, bottom } = el.getBoundingClientRect();
  for (let a: Element | null = el; a; a = a === root ? null : a.parentElement) {
    const cs = getComputedStyle(a);
    if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

const inside = (r: DOMRect, clip: DOMRect) => {
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom;
};

/**
 * HTML (the pseudo-code, the legend, the caption) redrawn as SVG where it is on screen: boxes
 * with their background and border, icons, and each line of text at its own position in its
 * computed font and colour. What a scrolling panel hides stays hidden; controls are left out.
 */
function flatten(root: HTMLElement, origin: DOMRect): string {
  const out: string[] = [];
  const box = (el: Element) => {
    const cs = getComputedStyle(el);
    const fill = visible(cs.backgroundColor) ? cs.backgroundColor : 'none';
    const bw = parseFloat(cs.borderTopWidth) || 0;
    const uniform =
      bw > 0 &&
      visible(cs.borderTopColor) &&
      cs.borderTopStyle !== 'none' &&
      ['Right', 'Bottom', 'Left'].every(
        (side) => cs.getPropertyValue(`border-${side.toLowerCase()}-width`) === cs.borderTopWidth,
      );
    if (fill === 'none' && !uniform) return;
    const r = el.getBoundingClientRect();
    const c = clipOf(el, root);
    if (c.width <= 0 || c.height <= 0) return;
    const rx = parseFloat(cs.borderTopLeftRadius) || 0;
    // a border is drawn inside the box, as the screen does
    const inset = uniform ? bw / 2 : 0;
    const stroke = uniform
      ? ` stroke="${cs.borderTopColor}" stroke-width="${bw}"${cs.borderTopStyle === 'dashed' ? ` stroke-dasharray="${bw * 3} ${bw * 2}"` : ''}`
      : '';
    const x = Math.max(r.left, c.left) + inset;
    const y = Math.max(r.top, c.top) + inset;
    out.push(
      `<rect x="${x - origin.left}" y="${y - origin.top}" width="${Math.max(0, Math.min(r.right, c.right) - x - inset)}" height="${Math.max(0, Math.min(r.bottom, c.bottom) - y - inset)}" rx="${rx}" fill="${fill}"${stroke}/>`,
    );
  };
  box(root);
  root.querySelectorAll('*').forEach((el) => {
    // an icon is placed whole; what is inside it, and controls, are not boxes of their own
    if (el.closest(CONTROL) || el.parentElement?.closest('svg')) return;
    if (el instanceof SVGSVGElement) {
      if (inside(el.getBoundingClientRect(), clipOf(el, root))) out.push(placeSvg(el, origin));
    } else if (el instanceof HTMLElement) box(el);
  });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent ?? '';
    if (!el || !text.trim() || el.closest('svg') || el.closest(CONTROL)) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden') continue;
    const clip = clipOf(el, root);
    const spacing = cs.letterSpacing !== 'normal' ? ` letter-spacing="${cs.letterSpacing}"` : '';
    const font = `font-family="${esc(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}" fill="${cs.color}"${spacing}`;
    // one <text> per line box, character by character: a word the browser broke across two
    // lines (at a hyphen) is split where the screen splits it; collapsed spaces have no box
    const lines: { x: number; y: number; h: number; text: string }[] = [];
    const range = document.createRange();
    for (let i = 0; i < text.length;) {
      const size = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      range.setStart(n, i);
      range.setEnd(n, i + size);
      const ch = text.slice(i, i + size);
      i += size;
      const r = range.getBoundingClientRect();
      if (r.width === 0 || !inside(r, clip)) continue;
      const line = lines.find((l) => Math.abs(l.y - r.top) < r.height / 2);
      if (line) line.text += ch;
      else if (ch.trim()) lines.push({ x: r.left, y: r.top, h: r.height, text: ch });
    }
    for (const l of lines)
      out.push(
        `<text x="${l.x - origin.left}" y="${l.y - origin.top + l.h / 2}" dominant-baseline="central" ${font} xml:space="preserve">${esc(transform(l.text.trimEnd(), cs.textTransform))}</text>`,
      );
  }
  return out.join('');
}

/**
 * The stage's pictures: every SVG on screen that is not part of another (the ring, the tree,
 * Paxos' topology and its space-time diagram), outside controls and [data-slide] blocks.
 */
function pictures(stage: HTMLElement): SVGSVGElement[] {
  return [...stage.querySelectorAll('svg')].filter((svg) => {
    if (svg.parentElement?.closest('svg, [data-slide]') || svg.closest(CONTROL)) return false;
    const r = svg.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(svg).visibility !== 'hidden';
  });
}

export function buildSlide(stage: HTMLElement, caption: HTMLElement | null): Slide {
  const s = stage.getBoundingClientRect();
  const c = caption?.getBoundingClientRect();
  const width = Math.round(s.width);
  const height = Math.round(s.height + (c?.height ?? 0));
  const origin = new DOMRect(s.left, s.top, width, height);
  const bg = getComputedStyle(document.body).backgroundColor;
  const parts = [`<rect width="${width}" height="${height}" fill="${bg}"/>`];
  // a dense ring draws its dots on a canvas under the SVG
  stage.querySelectorAll('canvas').forEach((cv) => {
    const r = cv.getBoundingClientRect();
    if (r.width > 0 && r.height > 0)
      parts.push(
        `<image x="${r.left - origin.left}" y="${r.top - origin.top}" width="${r.width}" height="${r.height}" href="${cv.toDataURL('image/png')}"/>`,
      );
  });
  for (const svg of pictures(stage)) parts.push(placeSvg(svg, origin));
  // HTML marked for the slide (the pseudo-code, the legend), outermost only
  stage.querySelectorAll<HTMLElement>('[data-slide]').forEach((l) => {
    if (!l.parentElement?.closest('[data-slide]')) parts.push(flatten(l, origin));
  });
  if (caption) parts.push(flatten(caption, origin));
  const svgText =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    parts.join('') +
    `</svg>\n`;
  return { svg: svgText, width, height };
}

/** The slide rasterised at `scale`× (2 for a crisp projector slide). */
export async function slidePng(slide: Slide, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([slide.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = slide.width * scale;
    canvas.height = slide.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the image.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name that says the lab and the step: ringside-dht-lookup-54-step-3.png */
export function slideName(lab: string, group: string | undefined, step: number, ext: string) {
  const what = (group ?? 'start')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `ringside-${lab}-${what ? `${what}-` : ''}step-${step}.${ext}`;
}
