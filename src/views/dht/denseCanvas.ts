import type { ChordFrame } from '../../engine/chord/frames';
import type { RingGeom } from './ringConstants';

interface Colours {
  readonly text: string;
  readonly accent: string;
  readonly purple: string;
  readonly bad: string;
}
let cached: { theme: string | undefined; colours: Colours } | null = null;

/**
 * The theme's colours. getComputedStyle forces a style recalculation, so it runs once per
 * theme (app/theme.ts sets data-theme on <html>), not on every redraw of a pan or zoom.
 */
function colours(): Colours {
  const theme = document.documentElement.dataset.theme;
  if (cached && cached.theme === theme) return cached.colours;
  const css = getComputedStyle(document.documentElement);
  const colours: Colours = {
    text: css.getPropertyValue('--text').trim() || '#000',
    accent: css.getPropertyValue('--accent').trim() || '#0072b2',
    purple: css.getPropertyValue('--purple').trim() || '#cc79a7',
    bad: css.getPropertyValue('--bad').trim() || '#d55e00',
  };
  cached = { theme, colours };
  return colours;
}

/**
 * Dense rings: node dots and key marks on a canvas (one path each), in screen pixels: geom is
 * the zoomed circle (semantic zoom) and `ids` the live nodes on its visible stretch.
 */
export function drawDense(
  ctx: CanvasRenderingContext2D,
  frame: Pick<ChordFrame, 'bits' | 'data' | 'gone'>,
  geom: RingGeom,
  ids: readonly number[],
  k: number,
) {
  const { text, accent, purple, bad } = colours();
  const size = 2 ** frame.bits;
  // dots grow a little as the zoom spreads them apart
  const dot = Math.min(5, 1 + 2.2 * Math.sqrt(k));
  ctx.fillStyle = accent;
  ctx.strokeStyle = text;
  ctx.beginPath();
  // ids ascend round the circle: a dot less than a third of a pixel from the one drawn last
  // adds nothing visible (100,000 nodes land on about 6,000 distinct spots)
  let lx = NaN;
  let ly = NaN;
  for (const id of ids) {
    const a = (id / size) * 2 * Math.PI;
    const x = geom.cx + geom.r * Math.sin(a);
    const y = geom.cy - geom.r * Math.cos(a);
    if (Math.abs(x - lx) < 0.33 && Math.abs(y - ly) < 0.33) continue;
    lx = x;
    ly = y;
    ctx.moveTo(x + dot, y);
    ctx.arc(x, y, dot, 0, 2 * Math.PI);
  }
  ctx.fill();
  if (frame.data.size > 0) {
    ctx.fillStyle = purple;
    ctx.beginPath();
    let n = 0;
    for (const e of frame.data.values()) {
      if (++n > 20000) break;
      const a = (e.id / size) * 2 * Math.PI;
      const x = geom.cx + (geom.r - 9) * Math.sin(a);
      const y = geom.cy - (geom.r - 9) * Math.cos(a);
      ctx.rect(x - 1.5, y - 1.5, 3, 3);
    }
    ctx.fill();
  }
  if (frame.gone.size > 0) {
    ctx.strokeStyle = bad;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    let n = 0;
    for (const id of frame.gone.keys()) {
      if (++n > 5000) break;
      const a = (id / size) * 2 * Math.PI;
      const x = geom.cx + geom.r * Math.sin(a);
      const y = geom.cy - geom.r * Math.cos(a);
      const s = 3;
      ctx.moveTo(x - s, y - s);
      ctx.lineTo(x + s, y + s);
      ctx.moveTo(x - s, y + s);
      ctx.lineTo(x + s, y - s);
    }
    ctx.stroke();
  }
}
