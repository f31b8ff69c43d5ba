import type { DesignOverlay } from '../../../engine/chord';

export const GAP = 12;

/**
 * One line over each column: its rule at rest, the new N while it is announced, and the count
 * of keys that changed node once they moved (read by tests and the screen reader).
 */
export function ModNHeader({
  o,
  n,
  colW,
  labelW,
}: {
  o: DesignOverlay | null;
  n: number;
  colW: number;
  labelW: number;
}) {
  const rehash = o?.event === 'rehash' && o.keysMoved !== null && o.totalKeys !== null ? o : null;
  const announce = o?.event === 'announce' ? o : null;
  const rem = (px: number) => `${px / 16}rem`;
  const at = (x: number) => ({ left: rem(x), width: rem(colW) });
  return (
    <div
      className="modn-head"
      role="status"
      aria-label={rehash ? 'Keys moved' : announce ? 'New N' : 'Placement rules'}
    >
      {announce ? (
        <div className="col-head" style={{ left: 0, width: rem(labelW + 2 * colW + GAP) }}>
          <span className="badge">
            N goes {announce.chordIds?.length ?? n} → {n}: every node must hear it (
            {announce.messages} messages)
          </span>
        </div>
      ) : rehash ? (
        <>
          <div className="col-head" style={{ left: 0, width: rem(labelW + colW) }}>
            <span className="badge bad">
              mod N: moved {rehash.keysMoved} of {rehash.totalKeys} keys
            </span>
          </div>
          <div className="col-head" style={at(labelW + colW + GAP)}>
            <span className="badge ok">
              Chord: moved {rehash.chordKeysMoved} of {rehash.totalKeys}
            </span>
          </div>
        </>
      ) : (
        <>
          <div className="col-head" style={at(labelW)}>
            <strong>mod N</strong> <span className="muted">id mod {n}</span>
          </div>
          <div className="col-head" style={at(labelW + colW + GAP)}>
            <strong>Chord</strong> <span className="muted">successor</span>
          </div>
        </>
      )}
    </div>
  );
}
