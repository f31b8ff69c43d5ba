import { useStore } from 'zustand';
import { currentState } from '../../engine/timeline';
import { paxosStore as store } from '../../store/paxos';
import { BoundPanel } from './BoundPanel';
import { AcceptorPanel, InFlightPanel, SearchPanel, VerdictsPanel } from './panels';
import { selectedOf } from './selectors';

export function Side() {
  const timeline = useStore(store, (x) => x.timeline);
  const view = useStore(store, (x) => x.view);
  const parsed = useStore(store, (x) => x.parsed);
  const search = useStore(store, (x) => x.search);
  const frame = currentState(timeline);
  const selected = selectedOf(view);
  const st = store.getState();
  const a = selected ? frame.state.acceptors.find((x) => x.id === selected) : undefined;
  const values = parsed.proposers.map((p) => p.value);
  return (
    <div className="side-panels px-side">
      {view.panel === 'bound' ? (
        <BoundPanel onClose={() => st.setView({ panel: undefined })} />
      ) : null}
      {search ? <SearchPanel search={search} /> : null}
      <VerdictsPanel v={frame.verdicts} values={values} q={parsed.quorum} n={parsed.acceptors} />
      {a ? (
        <AcceptorPanel
          a={a}
          scenario={parsed}
          onFault={(f) => st.setFault(a.id, f)}
          onCrash={() => st.crashNow(a.id)}
          onClose={() => st.select(null)}
        />
      ) : (
        <p className="muted hint">
          Click an acceptor to crash it or hack it; click a message token to drop it.
        </p>
      )}
      <InFlightPanel state={frame.state} onDrop={st.drop} />
    </div>
  );
}
