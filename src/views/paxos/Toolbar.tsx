import { useStore } from 'zustand';
import { MAX_ACCEPTORS } from '../../engine/paxos';
import { paxosStore as store } from '../../store/paxos';
import { computingOf } from '../../store/lab';
import { NumberField } from '../common/NumberField';
import { LabeledSelect } from '../common/LabeledSelect';

const LOSSES = [0, 0.1, 0.2, 0.3];

export function Toolbar() {
  const s = useStore(store, (x) => x.parsed);
  const computing = useStore(store, computingOf);
  const st = store.getState();
  return (
    <>
      <NumberField
        label="Acceptors"
        value={s.acceptors}
        min={1}
        max={MAX_ACCEPTORS}
        onChange={st.setAcceptors}
        narrow
      />
      <NumberField
        label="Quorum"
        value={s.quorum}
        min={1}
        max={s.acceptors}
        onChange={st.setQuorum}
        narrow
      />
      <LabeledSelect
        label="Message loss"
        ariaLabel="Message loss"
        value={s.loss}
        options={[...new Set([...LOSSES, s.loss])].map((l) => ({
          value: l,
          text: `${Math.round(l * 100)}%`,
        }))}
        onChange={st.setLoss}
      />
      <span className="sep" />
      <button type="button" onClick={st.newRun} title="A fresh schedule from the next seed">
        New run
      </button>
      <button type="button" onClick={st.findViolation} disabled={computing !== null}>
        Find a violation
      </button>
    </>
  );
}
