import { useMemo } from 'react';
import { fmt, type Point } from './geometry';
import { activePairs, type Picture } from './picture';

/** Per receiver: how many messages arrived in this (aggregated) step. */
export function ArrivalChips({
  pic,
  positions,
  node,
}: {
  pic: Picture;
  positions: readonly Point[];
  node: number;
}) {
  const per = useMemo(() => {
    const a = new Array<number>(pic.run.n).fill(0);
    const r = new Array<number>(pic.run.n).fill(0);
    for (const p of activePairs(pic)) {
      a[p.to]! += p.attack;
      r[p.to]! += p.retreat + p.silent;
    }
    return { a, r };
  }, [pic]);
  return (
    <g className="count-chips">
      {positions.map((p, i) => {
        const a = per.a[i] ?? 0;
        const r = per.r[i] ?? 0;
        if (a + r === 0) return null;
        const text = `+${fmt(a + r)}: ${fmt(a)} A · ${fmt(r)} R`;
        const w = 14 + text.length * 8.2;
        return (
          <g key={i} transform={`translate(${p.x} ${p.y - node - 16})`} className="count-chip">
            <rect x={-w / 2} y={-13} width={w} height={24} rx={12} />
            <text x={0} y={4} textAnchor="middle">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
