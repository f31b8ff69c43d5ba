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

/**
 * HTML (the legend, the caption) redrawn as SVG where it is on screen: boxes with a background,
 * icons, and each line of text at its own position in its computed font and colour.
 */
function flatten(root: HTMLElement, origin: DOMRect): string {
  const out: string[] = [];
  const box = (el: Element) => {
    const cs = getComputedStyle(el);
    if (!visible(cs.backgroundColor)) return;
    const r = el.getBoundingClientRect();
    const rx = parseFloat(cs.borderTopLeftRadius) || 0;
    out.push(
      `<rect x="${r.left - origin.left}" y="${r.top - origin.top}" width="${r.width}" height="${r.height}" rx="${rx}" fill="${cs.backgroundColor}"/>`,
    );
  };
  box(root);
  root.querySelectorAll('*').forEach((el) => {
    if (el instanceof SVGSVGElement) out.push(placeSvg(el, origin));
    else if (el instanceof HTMLElement) box(el);
  });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent ?? '';
    if (!el || !text.trim() || el.closest('svg')) continue;
    const cs = getComputedStyle(el);
    const font = `font-family="${esc(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}" fill="${cs.color}"`;
    // one <text> per line: words are grouped by the line box they sit on
    const lines: { x: number; y: number; h: number; words: string[] }[] = [];
    const re = /\S+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      const line = lines.find((l) => Math.abs(l.y - r.top) < r.height / 2);
      if (line) line.words.push(m[0]);
      else lines.push({ x: r.left, y: r.top, h: r.height, words: [m[0]] });
    }
    for (const l of lines)
      out.push(
        `<text x="${l.x - origin.left}" y="${l.y - origin.top + l.h / 2}" dominant-baseline="central" ${font} xml:space="preserve">${esc(l.words.join(' '))}</text>`,
      );
  }
  return out.join('');
}

/** The stage's main picture: its biggest SVG (the ring, the tree). */
function mainSvg(stage: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  stage.querySelectorAll('svg').forEach((svg) => {
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area && !svg.parentElement?.closest('svg')) {
      area = r.width * r.height;
      best = svg;
    }
  });
  return best;
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
  const svg = mainSvg(stage);
  if (svg) parts.push(placeSvg(svg, origin));
  stage
    .querySelectorAll<HTMLElement>('[data-slide]')
    .forEach((l) => parts.push(flatten(l, origin)));
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
