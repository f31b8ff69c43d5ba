/** The current message on top, even inside an aggregated round. */
import { Arrow } from './Arrow';
import type { Jump, Part } from './parts';

export function Current({ pic, f, stepOf, jump }: Part & { stepOf: Int32Array; jump: Jump }) {
  const { frame, run } = pic;
  if (frame.phase !== 'send' || frame.inFlight.end - frame.inFlight.start !== 1) return null;
  const msg = run.messages[frame.inFlight.start];
  const b = f.bands.find((x) => x.level === frame.round);
  if (!msg || !b || b.detailed) return null;
  return <Arrow pic={pic} f={f} b={b} msg={msg} stepOf={stepOf} jump={jump} label={true} />;
}
