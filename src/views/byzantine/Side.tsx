import { useStore } from 'zustand';
import { byzantineStore as store } from '../../store/byzantine';
import { Counts } from './Counts';
import { DecisionsTable } from './DecisionsTable';
import { GeneralPanel } from './GeneralPanel';
import { Guarantee } from './Guarantee';
import { SearchPanel } from './SearchPanel';
import { Verdicts } from './Verdicts';
import { BrokenAssumptions } from './AssumptionToggles';
import { usePicture, selectedOf } from './selectors';

export function Side() {
  const pic = usePicture();
  const view = useStore(store, (s) => s.view);
  const search = useStore(store, (s) => s.search);
  const selected = selectedOf(view);
  return (
    <div className="side-panels" tabIndex={0}>
      {search ? <SearchPanel search={search} /> : null}
      {selected !== null && selected < pic.run.n ? (
        <GeneralPanel pic={pic} general={selected} />
      ) : (
        <p className="muted hint">Select a general on the stage to make it a traitor.</p>
      )}
      <BrokenAssumptions assumptions={pic.run.assumptions} />
      <Verdicts pic={pic} />
      <DecisionsTable pic={pic} />
      <Guarantee pic={pic} />
      <Counts pic={pic} />
    </div>
  );
}
