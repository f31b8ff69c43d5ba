import type { SearchReport } from '../../store/byzantine';

export function SearchPanel({ search }: { search: SearchReport }) {
  return (
    <section className="panel byz-search" aria-label="Counterexample search">
      <p className={`search-report ${search.found ? 'found' : 'none'}`}>
        <span className={`badge ${search.found ? 'bad' : 'ok'}`}>
          {search.found ? '✗ Counterexample' : '✓ None found'}
        </span>{' '}
        {search.text}
      </p>
    </section>
  );
}
