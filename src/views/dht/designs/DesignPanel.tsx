import { useStore } from 'zustand';
import {
  defaultExperiment,
  type ChordFrame,
  type DesignOverlay,
  type Key,
} from '../../../engine/chord';
import { chordStore } from '../../../store/chord';
import { cacheRows, newestView } from './views';
import { TableHead } from '../../common/TableHead';

const label = (k: Key) => String(k);
const nodeLabel = (n: number) => `N${n}`;
export type DesignName = 'modN' | 'leader' | 'cached';
export const isDesign = (r: string): r is DesignName =>
  r === 'modN' || r === 'leader' || r === 'cached';

const TITLES: Record<DesignName, string> = {
  modN: 'Mod-N design',
  leader: 'Leader design',
  cached: 'Cache design',
};

/** Every node's view version as a chip; the leader wears the crown, old views are marked. */
function Views({ frame, o }: { frame: ChordFrame; o: DesignOverlay | null }) {
  const d = frame.design!;
  const newest = newestView(frame);
  const pushed = new Set((o?.sends ?? []).map((s) => s.to));
  return (
    <ul className="view-chips" aria-label="Views held by each node">
      {frame.ids.map((id) => {
        const v = d.views.get(id)?.version ?? 0;
        const old = v < newest;
        const cls = ['view-chip', old ? 'stale' : '', pushed.has(id) ? 'pushed' : ''];
        return (
          <li key={id} className={cls.join(' ')}>
            {d.leader === id ? (
              <svg className="crown" role="img" aria-label="leader" viewBox="0 0 20 14">
                <path d="M3,13l-2,-11l5,4l4,-6l4,6l5,-4l-2,11z" />
              </svg>
            ) : null}
            <strong>{nodeLabel(id)}</strong> v{v}
            {old ? ' (old)' : ''}
          </li>
        );
      })}
    </ul>
  );
}

/** Each node's cache, key → owner with the TTL left, and values left on wrong nodes. */
function Caches({ frame }: { frame: ChordFrame }) {
  const d = frame.design!;
  const rows = cacheRows(frame);
  const strays = [...d.strays.entries()].flatMap(([at, list]) => list.map((x) => ({ at, x })));
  return (
    <>
      <table className="caches" aria-label="Caches">
        <TableHead cols={['cache at', 'key → owner', 'TTL']} />
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="muted">
                empty
              </td>
            </tr>
          ) : null}
          {rows.map(({ at, entry: e, stale, ttl }) => (
            <tr key={`${at}:${label(e.key)}`} className={stale ? 'stale' : undefined}>
              <td>{nodeLabel(at)}</td>
              <td>
                {label(e.key)} → {nodeLabel(e.owner)}
                {stale ? ' (stale)' : ''}
              </td>
              <td>{ttl}</td>
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

/**
 * The side panel of the notes' other designs: what each node holds (views, caches), the
 * messages this step cost, the owner-check toggle, and the way to the messages-vs-N plot.
 */
export function DesignPanel({ frame, design }: { frame: ChordFrame; design: DesignName }) {
  const ownerCheck = useStore(chordStore, (s) => s.parsed.ownerCheck);
  const o = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const a = chordStore.getState();
  return (
    <section className="design-panel" aria-label={TITLES[design]}>
      <h2>
        {TITLES[design]}
        {o && o.messages > 0 ? (
          <span className="muted">
            {' '}
            · {o.messages} message{o.messages === 1 ? '' : 's'}
          </span>
        ) : null}
      </h2>
      {design === 'leader' && frame.design ? <Views frame={frame} o={o} /> : null}
      {design === 'cached' && frame.design ? (
        <>
          <p className="muted clock">clock t = {frame.design.clock}</p>
          <Caches frame={frame} />
        </>
      ) : null}
      <div className="design-tools">
        {design !== 'modN' ? (
          <label className="toggle">
            <input
              type="checkbox"
              checked={ownerCheck}
              onChange={(e) => a.setOptions({ ownerCheck: e.target.checked })}
            />{' '}
            owner checks the range
          </label>
        ) : null}
        <button
          type="button"
          title="Keys moved and messages per join against N, for mod N, the leader and Chord"
          onClick={() =>
            a.setView({ stats: true, experiment: defaultExperiment('membershipCost') })
          }
        >
          Messages vs N plot
        </button>
      </div>
    </section>
  );
}
