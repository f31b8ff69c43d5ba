/**
 * Role and decision icons: meaning never rides on colour alone (crown = commander, shield =
 * loyal, mask = traitor; an arrow into the field = attack, a curved arrow back = retreat).
 * Drawn in a 24×24 box, centred on (0, 0) when used inside the stage's SVG.
 */
import type { Order } from '../../engine/byzantine';

export const CROWN = 'M3 18h18l-1.6-10.5-4.6 4.3L12 5.5 9.2 11.8 4.6 7.5z';
export const SHIELD = 'M12 2.5 19.5 5.3v5.6c0 4.9-3.2 8.6-7.5 10.6-4.3-2-7.5-5.7-7.5-10.6V5.3z';
export const MASK =
  'M2 8.5c3.4-1.8 6.8-1.8 10 .4 3.2-2.2 6.6-2.2 10-.4-.5 5.4-3.6 8-7.2 7.3L12 13.6l-2.8 2.2C5.6 16.5 2.5 13.9 2 8.5z';

/** An icon as SVG content centred on (0, 0), `size` px wide. */
export function RoleGlyph({
  kind,
  size,
}: {
  kind: 'commander' | 'loyal' | 'traitor';
  size: number;
}) {
  const s = size / 24;
  return (
    <g transform={`translate(${-size / 2} ${-size / 2}) scale(${s})`} aria-hidden="true">
      {kind === 'commander' ? (
        <path d={CROWN} className="glyph-fill" />
      ) : kind === 'loyal' ? (
        <path d={SHIELD} className="glyph-fill" />
      ) : (
        <>
          <path d={MASK} className="glyph-fill" />
          <ellipse cx="7.3" cy="10.3" rx="2" ry="1.3" className="glyph-hole" />
          <ellipse cx="16.7" cy="10.3" rx="2" ry="1.3" className="glyph-hole" />
        </>
      )}
    </g>
  );
}

/** Inline icon for HTML text (badges, tables). */
export function InlineIcon({ d, label }: { d: string; label?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="16"
      height="16"
      className="inline-icon"
      aria-hidden={label ? undefined : true}
      role={label ? 'img' : undefined}
      aria-label={label}
    >
      <path d={d} />
    </svg>
  );
}

/** ATTACK / RETREAT badge with an icon: the decision in words, icon and colour. */
export function DecisionBadge({ value }: { value: Order }) {
  return (
    <span className={`badge decision ${value}`}>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="stroke-icon">
        {value === 'attack' ? (
          <path d="M4 12h14M13 6l6 6-6 6" />
        ) : (
          <path d="M20 12H6M11 6l-6 6 6 6" />
        )}
      </svg>
      {value === 'attack' ? 'ATTACK' : 'RETREAT'}
    </span>
  );
}
