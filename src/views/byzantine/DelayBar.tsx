import type { Picture } from './picture';

const who = (g: number) => (g === 0 ? 'C' : `L${g}`);

/**
 * Above the space-time diagram: "delay this message" for the message the player is on (the
 * bold arrow; a click on any arrow goes there). Delaying makes it arrive a round late, after
 * the timeout, in an asynchronous network; a late one can be put back on time.
 */
export function DelayBar({
  pic,
  onDelay,
}: {
  pic: Picture;
  onDelay: (m: { from: number; to: number; round: number }) => void;
}) {
  const { frame, run } = pic;
  const one = frame.phase === 'send' && frame.inFlight.end - frame.inFlight.start === 1;
  const msg = one ? run.messages[frame.inFlight.start] : undefined;
  if (!msg || !msg.sent) {
    return (
      <div className="st-bar">
        <span className="muted">Click an arrow, then delay that message.</span>
      </div>
    );
  }
  const late = msg.late !== undefined;
  const name = `${who(msg.from)} → ${who(msg.to)}, round ${msg.level}`;
  return (
    <div className="st-bar">
      <span className="mono">{name}</span>
      <button
        type="button"
        onClick={() => onDelay({ from: msg.from, to: msg.to, round: msg.level })}
        title={
          late
            ? 'Let this message arrive in its round again'
            : 'Make this message arrive a round late: the network becomes asynchronous'
        }
      >
        {late ? 'Deliver on time' : 'Delay this message'}
      </button>
    </div>
  );
}
