import { useState } from 'react';
import { useStore } from 'zustand';
import { MAX_SEARCH_GENERALS } from '../../engine/byzantine';
import { byzantineStore as store, type SearchReport } from '../../store/byzantine';
import { computingOf } from '../../store/lab';
import { NumberField } from '../common/NumberField';

/**
 * The counterexample search's report, and a search beyond m: OM(m) promises nothing with more
 * than m traitors, and trying m + 1 of them finds the run that shows it.
 */
export function SearchPanel({ search }: { search: SearchReport }) {
  const { generals, m } = useStore(store, (s) => s.parsed);
  const computing = useStore(store, computingOf);
  const most = generals - 1;
  const [traitors, setTraitors] = useState(Math.min(m + 1, most));
  const upTo = Math.min(Math.max(traitors, 1), most);
  return (
    <section className="panel byz-search" aria-label="Counterexample search">
      <p className={`search-report ${search.found ? 'found' : 'none'}`}>
        <span className={`badge ${search.found ? 'bad' : 'ok'}`}>
          {search.found ? '✗ Counterexample' : '✓ None found'}
        </span>{' '}
        {search.text}
      </p>
      {generals <= MAX_SEARCH_GENERALS ? (
        <div className="search-beyond row">
          <NumberField
            label="Up to"
            ariaLabel="Traitors to try"
            value={upTo}
            onChange={setTraitors}
            min={1}
            max={most}
            narrow
          />
          <span>traitors{upTo > m ? ` (more than m = ${m})` : ''}</span>
          <button
            type="button"
            onClick={() => store.getState().findCounterexample(upTo)}
            disabled={computing !== null}
          >
            Search
          </button>
        </div>
      ) : null}
    </section>
  );
}
