import {
  describeMessage,
  inFlight,
  type AcceptorState,
  type Chosen,
  type Fault,
  type PaxosScenario,
  type PaxosState,
} from '../../engine/paxos';
import type { Verdicts } from '../../engine/paxos';
import type { PaxosSearchReport } from '../../store/paxos';
import { valueClass } from './geometry';
import { CloseButton } from '../common/CloseButton';

/** Safe and Agreement as live verdicts, and every chosen value with its quorum. */
export function VerdictsPanel({
  v,
  values,
  q,
  n,
}: {
  v: Verdicts;
  values: readonly string[];
  q: number;
  n: number;
}) {
  const [c1, c2] = v.chosen;
  const overlap = c1 && c2 ? c1.quorum.filter((a) => c2.quorum.includes(a)) : [];
  return (
    <section className="panel px-verdicts" aria-label="Verdicts">
      <h2>Verdicts</h2>
      <ul className="ic-list">
        <li>
          <span className={`badge ic ${v.safe ? 'ok' : 'bad'}`} data-testid="verdict-safe">
            {v.safe ? 'Safe ✓' : 'Safe ✗'}
          </span>
          <span className="ic-why">
            {v.safe
              ? v.chosen.length > 0
                ? `Only ${v.chosen[0]!.value} is chosen.`
                : 'Nothing chosen yet; at most one value ever may be.'
              : `Two values are chosen: ${[...new Set(v.chosen.map((c) => c.value))].join(' and ')}.`}
          </span>
        </li>
        <li>
          <span
            className={`badge ic ${v.agreement ? 'ok' : 'bad'}`}
            data-testid="verdict-agreement"
          >
            {v.agreement ? 'Agreement ✓' : 'Agreement ✗'}
          </span>
          <span className="ic-why">
            {v.agreement
              ? 'No two learners learned different values.'
              : 'The learners learned different values.'}
          </span>
        </li>
      </ul>
      <table aria-label="Chosen" className="px-chosen">
        <caption>
          Chosen: accepted by a quorum of {q} out of {n}
        </caption>
        <tbody>
          {v.chosen.length === 0 ? (
            <tr>
              <td className="muted">nothing yet</td>
            </tr>
          ) : (
            v.chosen.map((c: Chosen) => (
              <tr key={`${c.ballot}${c.value}`}>
                <td>
                  <span className={`px-swatch ${valueClass(values, c.value)}`} aria-hidden="true" />
                  <b>{c.value}</b>
                </td>
                <td>ballot {c.ballot}</td>
                <td className="mono">{c.quorum.join(' ')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {overlap.length > 0 && !v.safe ? (
        <p className="px-overlap">
          The two quorums overlap in <b>{overlap.join(', ')}</b>: {overlapWhy(overlap.length)}
        </p>
      ) : null}
      {overlap.length > 0 && v.safe && c1 && c2 ? (
        <p className="px-overlap safe">
          The quorums of ballots {c1.ballot} and {c2.ballot} share <b>{overlap.join(', ')}</b>: an
          honest one among them remembered {c1.value}, so ballot {c2.ballot} had to propose it.
        </p>
      ) : null}
    </section>
  );
}

const overlapWhy = (k: number) =>
  k === 1
    ? 'one acceptor, and it is hacked, so nobody honest remembered the first value.'
    : 'an honest acceptor remembered the first value, but a lie outranked it.';

const BEHAVIOURS: { key: string; label: string; fault: Fault | null; why: string }[] = [
  { key: 'honest', label: 'Honest', fault: null, why: 'follows Paxos; may still crash' },
  {
    key: 'forget',
    label: 'Hacked: forgets',
    fault: { type: 'byzantine', strategy: 'forget' },
    why: 'promises as if it had accepted nothing, accepts everything',
  },
  {
    key: 'liar',
    label: 'Hacked: lies',
    fault: { type: 'byzantine', strategy: 'liar' },
    why: 'also claims another value at a higher ballot',
  },
];

/** The selected acceptor: its state, how it behaves, and "Crash now". */
export function AcceptorPanel(props: {
  a: AcceptorState;
  scenario: PaxosScenario;
  onFault: (f: Fault | null) => void;
  onCrash: () => void;
  onClose: () => void;
}) {
  const { a } = props;
  const f = props.scenario.faults[a.id];
  const current = f?.type === 'byzantine' ? f.strategy : 'honest';
  return (
    <section className="panel px-acceptor" aria-label={`Acceptor ${a.id}`}>
      <div className="px-head">
        <h2>Acceptor {a.id}</h2>
        <CloseButton label="Close acceptor panel" onClose={props.onClose} />
      </div>
      <p className="mono">
        promised {a.promised || '–'} · accepted{' '}
        {a.accepted ? `(${a.accepted.ballot}, ${a.accepted.value})` : '–'}
        {a.crashed ? ' · crashed' : ''}
      </p>
      <fieldset className="px-behaviour">
        <legend>Behaviour (from the start)</legend>
        {BEHAVIOURS.map((b) => (
          <label key={b.key}>
            <input
              type="radio"
              name={`behaviour-${a.id}`}
              checked={current === b.key}
              onChange={() => props.onFault(b.fault)}
            />
            <span>
              <b>{b.label}</b> <span className="muted">— {b.why}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={props.onCrash} disabled={a.crashed}>
        {a.crashed ? `${a.id} has crashed` : `Crash ${a.id} now`}
      </button>
    </section>
  );
}

/** Messages in flight at the cursor, each with a Drop button. */
export function InFlightPanel({
  state,
  onDrop,
}: {
  state: PaxosState;
  onDrop: (id: number) => void;
}) {
  const flight = state.messages.filter(inFlight);
  const shown = flight.slice(0, 10);
  return (
    <section className="panel px-flightlist" aria-label="In flight">
      <h2>In flight ({flight.length})</h2>
      {flight.length === 0 ? <p className="muted">No message on the way.</p> : null}
      <ul>
        {shown.map((m) => (
          <li key={m.id}>
            <span className="mono">
              {m.id}. {describeMessage(m)}
              {m.status === 'delayed' ? ' (delayed)' : ''}
            </span>
            <button type="button" onClick={() => onDrop(m.id)} aria-label={`Drop message ${m.id}`}>
              Drop
            </button>
          </li>
        ))}
      </ul>
      {flight.length > shown.length ? (
        <p className="muted">
          … and {flight.length - shown.length} more (click a token to drop it)
        </p>
      ) : null}
    </section>
  );
}

export function SearchPanel({ search }: { search: PaxosSearchReport }) {
  return (
    <section
      className={`panel px-search ${search.found ? 'found' : ''}`}
      aria-label="Search result"
      role="status"
    >
      <h2>{search.found ? 'Violation found' : 'No violation'}</h2>
      <p>{search.text}</p>
    </section>
  );
}
