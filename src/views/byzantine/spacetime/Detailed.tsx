/** A round small enough to draw: every message an arrow. */
import type { Band } from '../spaceTimeLayout';
import { Arrow } from './Arrow';
import type { Jump, Part } from './parts';

export function Detailed({
  pic,
  f,
  b,
  stepOf,
  jump,
}: Part & { b: Band; stepOf: Int32Array; jump: Jump }) {
  const out = [];
  for (let x = b.start; x < b.end; x++) {
    const msg = pic.run.messages[x];
    if (!msg) continue;
    out.push(<Arrow key={x} pic={pic} f={f} b={b} msg={msg} stepOf={stepOf} jump={jump} />);
  }
  return <g>{out}</g>;
}
