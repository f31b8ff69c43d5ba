/** The current message on top, even inside an aggregated round. */
import { Arrow } from './Arrow';
import type { Jump, Part } from './parts';

/** The message this step moves when it is alone in an aggregated round, else null. */
export function loneMessage({ run, frame }: Part['pic'], f: Part['f']): number | null {
  if (frame.phase !== 'send' || frame.inFlight.end - frame.inFlight.start !== 1) return null;
  const b = f.bands.find((x) => x.level === frame.round);
  return b && !b.detailed && run.messages[frame.inFlight.start] ? frame.inFlight.start : null;
}

export function Current({ pic, f, stepOf, jump }: Part & { stepOf: Int32Array; jump: Jump }) {
  const lone = loneMessage(pic, f);
  const msg = lone === null ? undefined : pic.run.messages[lone];
  const b = f.bands.find((x) => x.level === pic.frame.round);
  if (!msg || !b) return null;
  return <Arrow pic={pic} f={f} b={b} msg={msg} stepOf={stepOf} jump={jump} />;
}
