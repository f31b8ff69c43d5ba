/** A round too big to draw: per general, how many messages arrived and their mix. */
import { useMemo } from 'react';
import { generalName } from '../../../engine/byzantine';
import type { Picture } from '../picture';
import { pairsOf, receivedMix, rowY, type Band } from '../spaceTimeLayout';
import type { Part } from './parts';

export function Aggregated({ pic, f, b, lite }: Part & { b: Band; lite: Picture['lite'] }) {
  const { run, frame } = pic;
  const pairs = useMemo(() => pairsOf(run, lite, b), [run, lite, b]);
  const mix = receivedMix(pairs, run.n);
  const max = Math.max(1, ...mix.map((m) => m.attack + m.retreat + m.missing));
  const w = b.x1 - b.x0;
  const barX = b.x0 + w * 0.55;
  const barW = w * 0.4;
  const h = Math.max(4, Math.min(10, f.rowGap * 0.45));
  const done = frame.delivered >= b.end;
  const maxPair = Math.max(1, ...pairs.map((p) => p.count));
  return (
    <g className={`st-agg${done ? '' : ' st-future'}`} data-mark={done ? undefined : 'future'}>
      {b.expanded
        ? pairs.map((p) => (
            <line
              key={`${p.from}-${p.to}`}
              className={`st-pair ${p.attack >= p.retreat ? 'a' : 'r'}`}
              data-mark="pairs"
              x1={b.x0 + w * 0.04}
              y1={rowY(f, p.from)}
              x2={barX - 6}
              y2={rowY(f, p.to)}
              strokeWidth={1 + (2 * p.count) / maxPair}
            />
          ))
        : null}
      {mix.map((m, g) => {
        const total = m.attack + m.retreat + m.missing;
        if (total === 0) return null;
        const y = rowY(f, g) - h / 2;
        const wa = (barW * m.attack) / max;
        const wr = (barW * m.retreat) / max;
        const wm = (barW * m.missing) / max;
        return (
          <g key={g} className="st-mix" data-mark="mix">
            <title>{`Round ${b.level}: ${generalName(g)} receives ${total.toLocaleString('en-US')} messages: ${m.attack.toLocaleString('en-US')} attack, ${m.retreat.toLocaleString('en-US')} retreat, ${m.missing.toLocaleString('en-US')} missing`}</title>
            <rect className="a" x={barX} y={y} width={wa} height={h} />
            <rect className="r" x={barX + wa} y={y} width={wr} height={h} />
            <rect className="m" x={barX + wa + wr} y={y} width={wm} height={h} />
          </g>
        );
      })}
    </g>
  );
}
