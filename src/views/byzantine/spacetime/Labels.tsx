/** What each message carried, written on its arrow above every line (placed by labelPlacement.ts). */
import { placeLabels } from './labelPlacement';
import type { Part } from './parts';

export function Labels({ pic, f, height, lone }: Part & { height: number; lone: number | null }) {
  const { run, frame } = pic;
  const labels = placeLabels(run, f, height, lone);
  return (
    <g className="st-labels" aria-hidden="true">
      {labels.map((l) => (
        <text
          key={l.id}
          className={`st-value${l.bad ? ' bad' : ''}${l.id >= frame.delivered ? ' future' : ''}`}
          x={l.x}
          y={l.y + 5}
          textAnchor="middle"
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
