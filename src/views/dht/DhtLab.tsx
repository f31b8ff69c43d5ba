import { Fragment, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { chordStore, type CompareRow } from '../../store/chord';
import { checkRing, ROUTINGS, type Routing } from '../../engine/chord';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { currentState } from '../../engine/timeline';
import { LabLayout } from '../common/LabLayout';
import { BASE_STEP_MS } from '../player/PlayerBar';
import { RingView } from './RingView';
import { NodePanel } from './NodePanel';
import { PseudoCode } from './PseudoCode';
import { StatsPanel } from './StatsPanel';
import { keyLabel, keyOwners, nodeLabel } from './derive';
import './dht.css';

export function DhtLab() {
  return (
    <LabLayout
      store={chordStore}
      label="DHT ring"
      toolbar={<DhtToolbar />}
      stage={<DhtStage />}
      side={<DhtSide />}
      essential={
        <div className="side-panels dht-side">
          <SelectedNode />
        </div>
      }
    />
  );
}

const useFrame = (): ChordFrame => useStore(chordStore, (s) => currentState(s.timeline));
const useSelected = (): NodeId | null =>
  useStore(chordStore, (s) =>
    typeof s.view.selected === 'number' ? (s.view.selected as NodeId) : null,
  );
const useRouting = (): Routing =>
  useStore(chordStore, (s) =>
    ROUTINGS.includes(s.view.routing as Routing) ? (s.view.routing as Routing) : s.parsed.routing,
  );

function DhtToolbar() {
  const frame = useFrame();
  const selected = useSelected();
  const routing = useRouting();
  const replicas = useStore(chordStore, (s) => s.parsed.replicas);
  const bits = useStore(chordStore, (s) => s.parsed.bits);
  const skip = useStore(chordStore, (s) => s.parsed.skip);
  const a = chordStore.getState();
  const [skipText, setSkipText] = useState<string | null>(null);
  const [nodeRef, setNodeRef] = useState('');
  const [key, setKey] = useState('54');
  const [value, setValue] = useState('');
  // a From picked by hand holds until the selection changes (then From follows the selection)
  const [fromPick, setFromPick] = useState<{ value: string; sel: NodeId | null }>({
    value: '',
    sel: null,
  });
  const fromSel = fromPick.sel === selected ? fromPick.value : '';
  const setFromSel = (value: string) => setFromPick({ value, sel: selected });
  const [ringN, setRingN] = useState('64');
  const [bitsText, setBitsText] = useState<string | null>(null);

  const dense = frame.ids.length > 400;
  const liveFrom =
    fromSel !== '' && frame.nodes.has(Number(fromSel) as NodeId)
      ? (Number(fromSel) as NodeId)
      : selected !== null && frame.nodes.has(selected)
        ? selected
        : (frame.ids[0] ?? null);
  const fromOptions = dense
    ? [
        ...new Set(
          [liveFrom, selected, frame.ids[0]].filter(
            (x): x is NodeId => x !== null && x !== undefined,
          ),
        ),
      ]
    : frame.ids;

  const addNode = () => {
    if (a.addNode(nodeRef)) setNodeRef('');
  };
  return (
    <div className="dht-toolbar">
      <div className="row">
        <input
          type="text"
          aria-label="Node id"
          placeholder="Node id"
          value={nodeRef}
          onChange={(e) => setNodeRef(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && addNode()}
        />
        <button type="button" onClick={addNode}>
          Add node
        </button>
        <button
          type="button"
          onClick={() => a.stabilize()}
          title="Run one round of stabilize, notify, fix_fingers, check_predecessor on every node"
        >
          Stabilize
        </button>
        <span className="sep" />
        <label>
          Bits (m)
          <input
            type="number"
            className="tiny"
            min={3}
            max={32}
            value={bitsText ?? String(bits)}
            onChange={(e) => setBitsText(e.target.value)}
            onBlur={() => {
              if (bitsText !== null && bitsText !== String(bits)) a.newRing({ bits: bitsText });
              setBitsText(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            }}
          />
        </label>
        <label>
          Replicas
          <select
            value={replicas}
            onChange={(e) => a.newRing({ replicas: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nodes
          <input
            type="number"
            className="narrow"
            aria-label="Random ring size"
            min={16}
            max={10000}
            value={ringN}
            onChange={(e) => setRingN(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => a.newRing({ nodes: ringN })}>
          Random ring
        </button>
      </div>
      <div className="row">
        <input
          type="text"
          aria-label="Key"
          placeholder="Key"
          className="key-input"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        <input
          type="text"
          aria-label="Value"
          placeholder="Value"
          className="narrow"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <label>
          Routing
          <select
            value={routing}
            aria-label="Routing"
            onChange={(e) => a.setView({ routing: e.target.value })}
          >
            {ROUTINGS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        {routing === 'skip' ? (
          <label title="Each node remembers its successor and the node k places ahead">
            k
            <input
              type="number"
              aria-label="Skip distance k"
              className="narrow"
              min={1}
              max={64}
              value={skipText ?? String(skip)}
              onChange={(e) => setSkipText(e.target.value)}
              onBlur={() => {
                if (skipText !== null && skipText !== String(skip))
                  a.setOptions({ skip: skipText });
                setSkipText(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
              }}
            />
          </label>
        ) : null}
        <label>
          From
          <select
            aria-label="From"
            value={liveFrom ?? ''}
            onChange={(e) => setFromSel(e.target.value)}
          >
            {fromOptions.map((id) => (
              <option key={id} value={id}>
                {nodeLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => a.lookup(key, routing, liveFrom)}>
          Lookup
        </button>
        <button type="button" onClick={() => a.put(key, value, liveFrom)}>
          Put
        </button>
        <button type="button" onClick={() => a.get(key, liveFrom)}>
          Get
        </button>
        <button type="button" onClick={() => a.compare(key, liveFrom)}>
          Compare routing
        </button>
      </div>
    </div>
  );
}

function useAdvanced(cursor: number): boolean {
  // "derive state from props": did the player just step forward by one?
  const [prev, setPrev] = useState(cursor);
  const [advanced, setAdvanced] = useState(false);
  if (prev !== cursor) {
    setPrev(cursor);
    setAdvanced(cursor === prev + 1);
  }
  return advanced;
}

const PSEUDO_WIDTH = 366;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function DhtStage() {
  const frame = useFrame();
  const cursor = useStore(chordStore, (s) => s.timeline.cursor);
  const speed = useStore(chordStore, (s) => s.speed);
  const selected = useSelected();
  const statsOpen = useStore(chordStore, (s) => s.view.stats === true);
  const animate = useAdvanced(cursor);
  const a = chordStore.getState();
  const routing = useRouting();
  const repair = useStore(chordStore, (s) => s.parsed.repair);
  const duration = reducedMotion() ? 0 : Math.min(900, (BASE_STEP_MS * 0.7) / speed);
  const lookup = frame.overlay?.kind === 'lookup' ? frame.overlay : null;
  return (
    <>
      <RingView
        frame={frame}
        cursor={cursor}
        animate={animate}
        durationMs={duration}
        selected={selected}
        reserveLeft={PSEUDO_WIDTH}
        onSelect={(id) => a.select(id)}
        onAddAt={(id) => a.addNodeAt(id)}
      />
      <div className="stage-left" style={{ width: `${(PSEUDO_WIDTH - 16) / 16}rem` }}>
        <PseudoCode
          routing={lookup?.routing ?? routing}
          replicas={frame.replicas}
          line={lookup?.line ?? null}
          repair={repair}
          onRepair={(on) => chordStore.getState().setOptions({ repair: on })}
        />
      </div>
      <div className="stage-corner">
        <button
          type="button"
          aria-pressed={statsOpen}
          onClick={() => a.setView({ stats: !statsOpen })}
        >
          Statistics
        </button>
      </div>
      {statsOpen ? <StatsPanel onClose={() => a.setView({ stats: false })} /> : null}
    </>
  );
}

function DhtSide() {
  const frame = useFrame();
  const compare = useStore(chordStore, (s) => (s.view.compare ?? null) as CompareInfo | null);
  const a = chordStore.getState();
  return (
    <div className="side-panels dht-side">
      <Checker frame={frame} />
      {compare ? (
        <Compare info={compare} onClose={() => a.setView({ compare: undefined })} />
      ) : null}
      <SelectedNode />
    </div>
  );
}

/** The selected node's panel (its finger table), or the keys when nothing is selected. */
function SelectedNode() {
  const frame = useFrame();
  const selected = useSelected();
  const a = chordStore.getState();
  const overlay = frame.overlay;
  const lookup = overlay?.kind === 'lookup' ? overlay : null;
  // One selection: the panel shows the node the user clicked, and its buttons act on it.
  // Where the query is running is ringed on the stage and named here.
  const queryAt = lookup && !lookup.done ? lookup.at : null;
  const shown = selected;
  const highlightFinger =
    lookup && lookup.pick && lookup.pick.source === 'finger' && lookup.at === shown
      ? lookup.pick.index
      : null;
  return (
    <>
      {queryAt !== null && queryAt !== shown ? (
        <p className="following query-at">
          The query is at {nodeLabel(queryAt)} (ringed on the stage).{' '}
          <button type="button" onClick={() => a.select(queryAt)}>
            Select {nodeLabel(queryAt)}
          </button>
        </p>
      ) : null}
      {shown !== null ? (
        <NodePanel
          frame={frame}
          id={shown}
          following={queryAt !== null && queryAt === shown}
          highlightFinger={highlightFinger}
          onLeave={() => a.leave(shown)}
          onCrash={() => a.crash(shown)}
          onClose={() => a.select(null)}
        />
      ) : (
        <>
          <p className="hint muted">
            Click a node (or Tab to it and press Enter) to see its finger table. Click the ring to
            add a node there.
          </p>
          <KeysTable frame={frame} />
        </>
      )}
    </>
  );
}

interface CompareInfo {
  key: string | number;
  from: number;
  rows: CompareRow[];
}

function Compare({ info, onClose }: { info: CompareInfo; onClose(): void }) {
  const max = Math.max(1, ...info.rows.map((r) => r.hops));
  return (
    <section className="panel compare" aria-label="Routing comparison">
      <div className="panel-head">
        <h2>
          Routing comparison: key {String(info.key)} from {nodeLabel(info.from)}
        </h2>
        <button
          type="button"
          className="close"
          onClick={onClose}
          aria-label="Close routing comparison"
        >
          ×
        </button>
      </div>
      <table aria-label="Routing comparison">
        <thead>
          <tr>
            <th scope="col">routing</th>
            <th scope="col">hops</th>
            <th scope="col">
              <span className="visually-hidden">bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {info.rows.map((r) => (
            <Fragment key={r.routing}>
              <tr className="cmp-main">
                <td>{r.routing}</td>
                <td>
                  <strong>{r.failed ? '✕ failed' : r.hops}</strong>
                  {r.timeouts > 0 ? (
                    <span className="muted">
                      {' '}
                      +{r.timeouts} timeout{r.timeouts > 1 ? 's' : ''}
                    </span>
                  ) : null}
                </td>
                <td>
                  <div
                    className={r.failed ? 'bar failed' : 'bar'}
                    style={{ width: `${(100 * Math.max(r.hops, 0.3)) / max}%` }}
                  />
                </td>
              </tr>
              <tr className="cmp-path">
                <td colSpan={3} className="mono">
                  {r.path.length <= 12
                    ? r.path.map(nodeLabel).join(' → ')
                    : `${r.path.slice(0, 4).map(nodeLabel).join(' → ')} → … (${r.path.length} nodes)`}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Checker({ frame }: { frame: ChordFrame }) {
  const result = useMemo(() => checkRing(frame), [frame]);
  if (result.ok)
    return (
      <div className="checker" aria-live="polite">
        <span className="badge ok">Ring consistent ✓</span>
      </div>
    );
  const n = result.violations.length;
  return (
    <details className="checker">
      <summary>
        <span className="badge bad">
          ✕ {n} violation{n === 1 ? '' : 's'}
        </span>{' '}
        <span className="muted">(show)</span>
      </summary>
      <ul>
        {result.violations.map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
    </details>
  );
}

/** Every key with its id and the node that stores it: key k lives at successor(k). */
function KeysTable({ frame }: { frame: ChordFrame }) {
  const owners = useMemo(() => keyOwners(frame), [frame]);
  const entries = [...frame.data.values()].sort((x, y) => x.id - y.id);
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 40);
  return (
    <table aria-label="Keys" className="keys-table">
      <caption>Keys ({entries.length})</caption>
      <thead>
        <tr>
          <th scope="col">key</th>
          <th scope="col">id</th>
          <th scope="col">stored at</th>
          <th scope="col">value</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((e) => {
          const owner = owners.get(e.key);
          return (
            <tr key={String(e.key)}>
              <td>{keyLabel(e.key)}</td>
              <td>{e.id}</td>
              <td>{owner === undefined ? '—' : nodeLabel(owner)}</td>
              <td>{e.value ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
