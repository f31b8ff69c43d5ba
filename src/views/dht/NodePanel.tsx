import type { ChordFrame, NodeId, Routing } from '../../engine/chord/frames';
import {
  fingerRows,
  keyLabel,
  skipTarget,
  nodeLabel,
  staleness,
  trueSuccessors,
  truePredecessor,
  type Staleness,
} from './derive';
import { DesignNote } from './designs/DesignNote';
import { useKeepInView } from '../common/useKeepInView';
import { TableHead } from '../common/TableHead';
import { CloseButton } from '../common/CloseButton';

const staleText = (s: Staleness): string =>
  s === 'crashed' ? 'stale: crashed' : s === 'left' ? 'stale: left' : s === 'wrong' ? 'stale' : '';

function Ptr({ frame, id, truth }: { frame: ChordFrame; id: NodeId | null; truth: NodeId | null }) {
  const s = staleness(frame, id, truth);
  return (
    <span className={s ? 'ptr stale' : 'ptr'}>
      {nodeLabel(id)}
      {s ? <span className="stale-tag"> ⚠ {staleText(s)}</span> : null}
    </span>
  );
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => [...String(n)].map((d) => SUP[Number(d)]).join('');

/**
 * [start, next start): numeric on small circles; on big ones (long ids) as offsets from n,
 * which is the definition (0-based): finger[i].start = n + 2^i.
 */
export function intervalText(i: number, bits: number, start: number, end: number): string {
  if (bits <= 12) return `[${start}, ${end})`;
  return i < bits - 1 ? `[n+2${sup(i)}, n+2${sup(i + 1)})` : `[n+2${sup(i)}, n)`;
}

/** The selected node: pointers, data and its finger table. */
export function NodePanel({
  frame,
  id,
  highlightFinger,
  following = false,
  routing = 'finger',
  skip = 2,
  onLeave,
  onCrash,
  onClose,
}: {
  frame: ChordFrame;
  id: NodeId;
  /** finger index (0-based) the current lookup step picked at this node */
  highlightFinger: number | null;
  /** the running lookup's query is at this node */
  following?: boolean;
  /** what the chosen routing reads at this node: only that is shown */
  routing?: Routing;
  skip?: number;
  onLeave(): void;
  onCrash(): void;
  onClose(): void;
}) {
  // the side panel scrolls at 1280×720: the row the hop used stays in sight
  const fingers = useKeepInView<HTMLTableSectionElement>('tr.highlight', highlightFinger);
  const node = frame.nodes.get(id);
  if (!node) {
    const how = frame.gone.get(id);
    return (
      <section className="panel node-panel" aria-label={`Node ${id} details`}>
        <div className="panel-head">
          <h2>{nodeLabel(id)}</h2>
          <CloseButton label="Close node panel" className="close" onClose={onClose} />
        </div>
        <p className="muted">
          {how
            ? `${nodeLabel(id)} has ${how === 'crashed' ? 'crashed' : 'left the ring'}.`
            : `${nodeLabel(id)} is not in the ring at this step.`}
        </p>
      </section>
    );
  }
  const succTruth = trueSuccessors(frame, id);
  const rows = fingerRows(frame, node);
  const pred = truePredecessor(frame, id);
  return (
    <section className="panel node-panel" aria-label={`Node ${id} details`}>
      <div className="panel-head">
        <h2>Node {nodeLabel(id)}</h2>
        <div className="row nowrap">
          <button
            type="button"
            onClick={onLeave}
            title="Leave gracefully: hand keys to the successor"
          >
            Leave
          </button>
          <button
            type="button"
            className="danger"
            onClick={onCrash}
            title="Crash: vanish without telling anyone"
          >
            Crash
          </button>
          <CloseButton label="Close node panel" className="close" onClose={onClose} />
        </div>
      </div>
      {following ? <p className="following">The query is here: what it reads.</p> : null}
      <dl className="facts">
        <dt>predecessor</dt>
        <dd>
          <Ptr
            frame={frame}
            id={node.predecessor}
            truth={node.predecessor === null ? null : pred}
          />
        </dd>
        <dt>successors</dt>
        <dd>
          {node.successors.map((s, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              <Ptr frame={frame} id={s} truth={succTruth[i] ?? null} />
            </span>
          ))}
        </dd>
        <dt>keys</dt>
        <dd>
          {node.keys.length
            ? node.keys.slice(0, 40).map(keyLabel).join(', ') +
              (node.keys.length > 40 ? ` … (${node.keys.length})` : '')
            : '—'}
        </dd>
        <dt>replicas</dt>
        <dd>
          {node.replicas.length
            ? node.replicas
                .slice(0, 30)
                .map((r) => `${keyLabel(r.key)} (of ${nodeLabel(r.from)})`)
                .join(', ') + (node.replicas.length > 30 ? ` … (${node.replicas.length})` : '')
            : '—'}
        </dd>
      </dl>
      {routing === 'modN' || routing === 'leader' ? (
        <DesignNote frame={frame} id={id} routing={routing} />
      ) : routing === 'finger' || routing === 'cached' ? (
        <table aria-label="Finger table" className="finger-table">
          <caption>Finger table</caption>
          <TableHead cols={['i', 'start', 'interval', 'node']} />
          <tbody ref={fingers}>
            {rows.map((r, k) => (
              <tr
                key={r.i}
                className={`${k === highlightFinger ? 'highlight' : ''}${r.stale ? ' stale' : ''}`}
              >
                <td>{r.i}</td>
                <td>{r.start}</td>
                <td className="mono">{intervalText(r.i, frame.bits, r.start, r.end)}</td>
                <td>
                  {nodeLabel(r.node)}
                  {r.stale ? (
                    <span className="stale-tag">
                      {' '}
                      ⚠ {staleText(r.stale)}
                      {r.stale === 'wrong' ? ` (should be ${nodeLabel(r.truth)})` : ''}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <RoutingTable frame={frame} id={id} routing={routing} skip={skip} />
      )}
    </section>
  );
}

/** Successor, skip and full routing read no finger table: show what they do read. */
function RoutingTable({
  frame,
  id,
  routing,
  skip,
}: {
  frame: ChordFrame;
  id: NodeId;
  routing: Routing;
  skip: number;
}) {
  const node = frame.nodes.get(id);
  if (!node) return null;
  if (routing === 'full')
    return (
      <p className="routing-note">
        Full view: this node knows all {frame.ids.length} live nodes and sends each lookup straight
        to the key’s successor, one hop.
      </p>
    );
  const far = routing === 'skip' ? skipTarget(frame, id, skip) : null;
  return (
    <table aria-label="Routing pointers" className="finger-table">
      <caption>Routing: {routing}</caption>
      <tbody>
        <tr>
          <th scope="row">successor</th>
          <td>{nodeLabel(node.successors[0] ?? null)}</td>
        </tr>
        {routing === 'skip' ? (
          <tr>
            <th scope="row">{skip} nodes ahead</th>
            <td>{nodeLabel(far)}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
