import { useStore } from 'zustand';
import type { ChordFrame, DesignOverlay, Key } from '../../engine/chord';
import { chordStore } from '../../store/chord';

const label = (k: Key) => String(k);
const nodeLabel = (n: number) => `N${n}`;

/** Mod N has no ring: the nodes are buckets in id order, #i holding the keys with hash mod N = i. */
function Buckets({ frame, o }: { frame: ChordFrame; o: DesignOverlay | null }) {
  const moved = new Map((o?.moves ?? []).map((m) => [m.key, m.from]));
  return (
    <ol className="buckets" aria-label="Mod-N buckets">
      {frame.ids.map((id, i) => {
        const keys = frame.nodes.get(id)?.keys ?? [];
        const hot = o?.at === id || o?.sends.some((s) => s.to === id);
        return (
          <li key={id} className={hot ? 'bucket hot' : 'bucket'} aria-label={`Bucket ${i}: N${id}`}>
            <div className="bucket-head">
              <strong>{nodeLabel(id)}</strong>
              <span className="muted">#{i}</span>
            </div>
            <ul>
              {keys.map((k) => (
                <li key={label(k)} className={moved.has(k) ? 'key flying' : 'key'}>
                  {label(k)}
                  {moved.has(k) ? <span className="from"> ← N{moved.get(k)}</span> : null}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/** "moved 9 of 10 keys" under mod N beside Chord's count on the same keys. */
function MoveCounts({ o }: { o: DesignOverlay }) {
  if (o.keysMoved === null || o.totalKeys === null) return null;
  return (
    <div className="move-counts" role="status" aria-label="Keys moved">
      <span className="badge bad">
        mod N: moved {o.keysMoved} of {o.totalKeys} keys
      </span>
      <span className="badge ok">
        Chord: moved {o.chordKeysMoved} of {o.totalKeys}
      </span>
    </div>
  );
}

/** The leader's crown, every node's view version, and the messages the change cost. */
function Views({ frame, o }: { frame: ChordFrame; o: DesignOverlay | null }) {
  const d = frame.design!;
  const newest = Math.max(0, ...[...d.views.values()].map((v) => v.version));
  const pushed = new Set((o?.sends ?? []).map((s) => s.to));
  return (
    <table className="views" aria-label="Views held by each node">
      <thead>
        <tr>
          <th scope="col">node</th>
          <th scope="col">view</th>
        </tr>
      </thead>
      <tbody>
        {frame.ids.map((id) => {
          const v = d.views.get(id);
          const stale = (v?.version ?? 0) < newest;
          return (
            <tr key={id} className={pushed.has(id) ? 'pushed' : undefined}>
              <td>
                {d.leader === id ? (
                  <span className="crown" role="img" aria-label="leader">
                    👑{' '}
                  </span>
                ) : null}
                {nodeLabel(id)}
              </td>
              <td className={stale ? 'stale' : undefined}>
                v{v?.version ?? 0}
                {stale ? ' (old)' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Each node's cache, key → owner with the TTL left, and values left on wrong nodes. */
function Caches({ frame }: { frame: ChordFrame }) {
  const d = frame.design!;
  const rows = [...d.caches.entries()].flatMap(([at, list]) =>
    list.map((e) => ({
      at,
      e,
      stale: frame.ids.length > 0 && e.owner !== ownerOf(frame, e.keyId),
    })),
  );
  const strays = [...d.strays.entries()].flatMap(([at, list]) => list.map((x) => ({ at, x })));
  return (
    <>
      <table className="caches" aria-label="Caches">
        <thead>
          <tr>
            <th scope="col">cache at</th>
            <th scope="col">key → owner</th>
            <th scope="col">TTL</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="muted">
                empty
              </td>
            </tr>
          ) : null}
          {rows.map(({ at, e, stale }) => (
            <tr key={`${at}:${label(e.key)}`} className={stale ? 'stale' : undefined}>
              <td>{nodeLabel(at)}</td>
              <td>
                {label(e.key)} → {nodeLabel(e.owner)}
                {stale ? ' (stale)' : ''}
              </td>
              <td>{e.expires - d.clock}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {strays.length > 0 ? (
        <p className="misplaced" role="status">
          Misplaced:{' '}
          {strays
            .map(({ at, x }) => `${label(x.key)} = "${x.value}" on ${nodeLabel(at)}`)
            .join('; ')}
        </p>
      ) : null}
    </>
  );
}

function ownerOf(frame: ChordFrame, keyId: number): number {
  return frame.ids.find((id) => id >= keyId) ?? frame.ids[0]!;
}

/** What the notes' other designs add to the picture, beside (or, for mod N, instead of) the ring. */
export function DesignStage({ frame, routing }: { frame: ChordFrame; routing: string }) {
  const ownerCheck = useStore(chordStore, (s) => s.parsed.ownerCheck);
  if (!frame.design) return null;
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  if (routing === 'modN')
    return (
      <div className="design-stage modn">
        {o ? <MoveCounts o={o} /> : null}
        <Buckets frame={frame} o={o} />
      </div>
    );
  return (
    <aside className="design-panel" aria-label={routing === 'leader' ? 'Leader view' : 'Caches'}>
      <h2>
        {routing === 'leader' ? 'Views' : `Caches · t = ${frame.design.clock}`}
        {o && o.messages > 0 ? <span className="muted"> · {o.messages} messages</span> : null}
      </h2>
      {routing === 'leader' ? <Views frame={frame} o={o} /> : <Caches frame={frame} />}
      <label className="toggle">
        <input
          type="checkbox"
          checked={ownerCheck}
          onChange={(e) => chordStore.getState().setOptions({ ownerCheck: e.target.checked })}
        />{' '}
        owner checks the range
      </label>
    </aside>
  );
}
