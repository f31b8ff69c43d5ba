import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { NodePanel } from './NodePanel';
import { nodeLabel } from './derive';
import { useFrame, useRouting, useSelected } from './selectors';
import { KeysTable } from './KeysTable';

/** The selected node's panel (its finger table), or the keys when nothing is selected. */
export function SelectedNode() {
  const frame = useFrame();
  const selected = useSelected();
  const a = chordStore.getState();
  const routing = useRouting();
  const skip = useStore(chordStore, (s) => s.parsed.skip);
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
          routing={lookup ? lookup.routing : routing}
          skip={skip}
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
