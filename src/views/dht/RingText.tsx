import type { Key } from '../../engine/chord/frames';
import type { PlacedLabel } from './labels';

function Placed({ t }: { t: PlacedLabel }) {
  return (
    <text x={t.x} y={t.y} textAnchor="middle" dominantBaseline="middle">
      {t.text}
    </text>
  );
}

/**
 * The words written inside the ring (id numbers, key names, the looked-up key), placed by the
 * label pass off every dot, diamond and arrowhead, and drawn above the pointers, hops and the
 * designs' messages: a line that crosses one runs under its halo and the word stays readable.
 */
export function RingText({
  ticks,
  keys,
  target,
}: {
  ticks: ReadonlyMap<number, PlacedLabel>;
  keys: ReadonlyMap<Key, PlacedLabel> | null;
  target: PlacedLabel | null;
}) {
  return (
    <g className="ring-text" aria-hidden="true" pointerEvents="none">
      <g className="ticks">
        {[...ticks].map(([id, t]) => (
          <Placed key={id} t={t} />
        ))}
      </g>
      {keys ? (
        <g className="keys key-labels">
          {[...keys].map(([k, t]) => (
            <Placed key={`${typeof k}:${String(k)}`} t={t} />
          ))}
        </g>
      ) : null}
      {target ? (
        <g className="target-label">
          <Placed t={target} />
        </g>
      ) : null}
    </g>
  );
}
