/** What the space-time diagram's parts share: the picture, the layout, small helpers. */
import type { MouseEvent } from 'react';
import type { Picture } from '../picture';
import { arrowOf, type Band, type Frame } from '../spaceTimeLayout';

export interface Part {
  pic: Picture;
  f: Frame;
}

/** a click handler that jumps the player to step k (none for k < 0) */
export type Jump = (k: number) => (e: MouseEvent) => void;

export const letter = (v: string | null): string =>
  v === 'attack' ? 'A' : v === 'retreat' ? 'R' : '–';

/** where the player's cursor line stands */
export function cursorX({ run, frame }: Picture, f: Frame): number {
  if (frame.phase === 'ready') return f.left;
  if (frame.phase !== 'send') return f.decideX;
  const b = f.bands.find((x) => x.level === frame.round);
  if (!b) return f.decideX;
  const x = frame.inFlight.end - 1;
  const msg = run.messages[x];
  if (frame.inFlight.end - frame.inFlight.start === 1 && msg && b.detailed) {
    const a = arrowOf(f, b, msg);
    return (a.x1 + a.x2) / 2;
  }
  return b.x1;
}

/** "Round 2 · 1,320", shortened to fit its band: "R2 · 1.3k", then "R2" */
export function roundTitle(b: Band): string {
  const count = b.end - b.start;
  const fits = (t: string) => t.length * 9.6 < b.x1 - b.x0 - 8;
  const full = b.detailed
    ? `Round ${b.level}`
    : `Round ${b.level} · ${count.toLocaleString('en-US')}`;
  if (fits(full)) return full;
  const k = count >= 1000 ? `${(count / 1000).toFixed(count >= 10_000 ? 0 : 1)}k` : String(count);
  const short = b.detailed ? `R${b.level}` : `R${b.level} · ${k}`;
  return fits(short) ? short : `R${b.level}`;
}
