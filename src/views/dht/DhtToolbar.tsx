import { useState } from 'react';
import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { ROUTINGS, type Key, type Routing } from '../../engine/chord';
import type { NodeId } from '../../engine/chord/frames';
import { nodeLabel } from './derive';
import { useFrame, useSelected, useRouting } from './selectors';
import { LabeledSelect, optionsOf } from '../common/LabeledSelect';
import { LazyNumberField } from '../common/LazyNumberField';
import { TextField } from '../common/TextField';
import { NamedButton } from '../common/NamedButton';

export function DhtToolbar() {
  const frame = useFrame();
  const selected = useSelected();
  const routing = useRouting();
  const replicas = useStore(chordStore, (s) => s.parsed.replicas);
  const bits = useStore(chordStore, (s) => s.parsed.bits);
  const skip = useStore(chordStore, (s) => s.parsed.skip);
  const a = chordStore.getState();
  const [nodeRef, setNodeRef] = useState('');
  const [key, setKey] = useState('54');
  const [value, setValue] = useState('');
  // a From picked by hand holds until the selection changes (then From follows the selection)
  const [fromPick, setFromPick] = useState<{ value: NodeId | null; sel: NodeId | null }>({
    value: null,
    sel: null,
  });
  const fromSel = fromPick.sel === selected ? fromPick.value : null;
  const setFromSel = (value: NodeId | null) => setFromPick({ value, sel: selected });
  const [ringN, setRingN] = useState('64');

  const dense = frame.ids.length > 400;
  const liveFrom =
    fromSel !== null && frame.nodes.has(fromSel)
      ? fromSel
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

  // the "Node id" box's text becomes a node once, here; a bad one is reported and nothing joins
  const addNode = () => {
    const ref = a.readNode(nodeRef);
    if (ref !== null && a.addNode(ref)) setNodeRef('');
  };
  // the "Key" box's text becomes a Key once, here; a bad one is reported and nothing runs
  const withKey = (act: (k: Key) => void) => {
    const k = a.readKey(key);
    if (k !== null) act(k);
  };
  return (
    <div className="dht-toolbar">
      <div className="row">
        <TextField name="Node id" value={nodeRef} set={setNodeRef} onEnter={addNode} />
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
          <LazyNumberField value={bits} commit={(t) => a.newRing({ bits: t })} min={3} max={32} />
        </label>
        <LabeledSelect
          label="Replicas"
          value={replicas}
          options={optionsOf([1, 2, 3, 4, 5])}
          onChange={(r) => a.newRing({ replicas: r })}
        />
        <label>
          Nodes
          <input
            type="number"
            className="narrow"
            aria-label="Random ring size"
            min={16}
            max={100000}
            value={ringN}
            onChange={(e) => setRingN(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => a.newRing({ nodes: ringN })}>
          Random ring
        </button>
      </div>
      <div className="row">
        <TextField name="Key" value={key} set={setKey} className="key-input" />
        <TextField name="Value" value={value} set={setValue} className="narrow" />
        <label>
          Routing
          <select
            value={routing}
            aria-label="Routing"
            onChange={(e) => {
              const r = e.target.value as Routing;
              const scheme = chordStore.getState().parsed.routing;
              // A design places keys its own way: switching to or from one replays the run.
              const design = (x: string) => x === 'modN' || x === 'leader' || x === 'cached';
              if (design(r) || design(scheme)) a.setOptions({ routing: r });
              a.setView({ routing: r });
            }}
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
            <LazyNumberField
              value={skip}
              commit={(t) => a.setOptions({ skip: t })}
              min={1}
              max={64}
              ariaLabel="Skip distance k"
            />
          </label>
        ) : null}
        <label>
          From
          <select
            aria-label="From"
            value={liveFrom ?? ''}
            onChange={(e) => setFromSel(fromOptions[e.target.selectedIndex] ?? null)}
          >
            {fromOptions.map((id) => (
              <option key={id} value={id}>
                {nodeLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => withKey((k) => a.lookup(k, routing, liveFrom))}
        >
          Lookup
        </button>
        <button type="button" onClick={() => withKey((k) => a.put(k, value, liveFrom))}>
          Put
        </button>
        <button type="button" onClick={() => withKey((k) => a.get(k, liveFrom))}>
          Get
        </button>
        {/* "Compare" alone keeps the skip-mode toolbar to two rows at 1280 px */}
        <NamedButton
          name="Compare routing"
          title="Run this lookup under every routing and compare hops and messages"
          onClick={() => withKey((k) => a.compare(k, liveFrom))}
        >
          Compare
        </NamedButton>
      </div>
    </div>
  );
}
