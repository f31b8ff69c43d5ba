import type { ReactNode } from 'react';
import {
  omMessageFormula,
  STRATEGIES,
  STRATEGY_TEXT,
  type Order,
  type Strategy,
} from '../../engine/byzantine';
import type { SearchReport } from '../../store/byzantine';
import { fmt, letter } from './geometry';
import { DecisionBadge } from './icons';
import { majorityInputs, receivedLabel, type Picture } from './picture';

const OUTCOME_TEXT = {
  victory: 'Victory: every loyal general attacks',
  retreat: 'Retreat: try again tomorrow',
  defeat: 'Defeat: the loyal generals split',
} as const;

/** IC1 / IC2 as live verdicts and the story's outcome as a banner. */
export function Verdicts({ pic }: { pic: Picture }) {
  const v = pic.frame.verdict;
  const commanderLoyal = !pic.run.traitor[0];
  const order = pic.run.scenario.order;
  const ic1Why = !v
    ? 'All loyal lieutenants follow the same order, even if the commander is a traitor.'
    : v.ic1
      ? 'The loyal lieutenants all decided the same.'
      : 'The loyal lieutenants disagree.';
  const ic2Why = !v
    ? 'If the commander is loyal, every loyal lieutenant obeys his command.'
    : !commanderLoyal
      ? 'Holds vacuously: the commander is a traitor.'
      : v.ic2
        ? `Every loyal lieutenant obeys the order ${order.toUpperCase()}.`
        : `The loyal commander ordered ${order.toUpperCase()}, but not every loyal lieutenant obeys.`;
  return (
    <section className="panel byz-verdicts" aria-label="Verdicts">
      <h2>Verdicts</h2>
      {v ? (
        <p className={`outcome-banner ${v.outcome}`} role="status">
          <span aria-hidden="true" className="outcome-icon">
            {v.outcome === 'victory' ? '★' : v.outcome === 'retreat' ? '↺' : '✕'}
          </span>
          {OUTCOME_TEXT[v.outcome]}
        </p>
      ) : null}
      <ul className="ic-list">
        <IcRow name="IC1" ok={v ? v.ic1 : null} why={ic1Why} />
        <IcRow name="IC2" ok={v ? v.ic2 : null} why={ic2Why} />
      </ul>
    </section>
  );
}

function IcRow({ name, ok, why }: { name: string; ok: boolean | null; why: string }) {
  const cls = ok === null ? 'pending' : ok ? 'ok' : 'bad';
  const text = ok === null ? `${name} pending` : `${name} ${ok ? '✓' : '✗'}`;
  return (
    <li>
      <span className={`badge ic ${cls}`} data-testid={`verdict-${name}`}>
        {text}
      </span>
      <span className="ic-why">{why}</span>
    </li>
  );
}

/** Per lieutenant: what it received (or its set V) and what it decided. */
export function DecisionsTable({ pic }: { pic: Picture }) {
  const { run, frame } = pic;
  const sm = run.algorithm === 'SM';
  const rows: ReactNode[] = [];
  const max = run.n > 10 ? 4 : 8;
  for (let i = 1; i < run.n; i++) {
    const traitor = run.traitor[i] ?? false;
    const decided = frame.decisions[i] ?? null;
    const over = frame.phase === 'decide' || frame.phase === 'verdict';
    const inputs = !sm && over && (decided || traitor) ? majorityInputs(run, i) : [];
    const V = frame.tallies[i]?.V ?? [];
    rows.push(
      <tr key={i} className={frame.focus === i ? 'highlight' : undefined}>
        <th scope="row">
          L{i}
          {traitor ? <span className="traitor-chip"> ✕ Traitor</span> : null}
        </th>
        <td className="mono">{receivedLabel(pic, i, max) || '–'}</td>
        <td className="mono">
          {sm
            ? `{${V.map((v) => letter(v)).join(', ')}}`
            : inputs.length > 0
              ? inputs.length > max
                ? `${inputs.filter((x) => x.value === 'attack').length} A · ${inputs.filter((x) => x.value === 'retreat').length} R`
                : inputs.map((x) => letter(x.value)).join(' ')
              : '…'}
        </td>
        <td>
          {traitor ? (
            <span className="muted">does not count</span>
          ) : decided ? (
            <DecisionBadge value={decided} />
          ) : (
            <span className="muted">pending</span>
          )}
        </td>
      </tr>,
    );
  }
  return (
    <table aria-label="Decisions" className="byz-decisions">
      <caption>Decisions</caption>
      <thead>
        <tr>
          <th scope="col">Lieutenant</th>
          <th scope="col">Received</th>
          <th scope="col">{sm ? 'Set V' : 'Majority of'}</th>
          <th scope="col">Decision</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

/** Message counts per round and in total, next to the formula. */
export function Counts({ pic }: { pic: Picture }) {
  const { run, frame } = pic;
  const sm = run.algorithm === 'SM';
  const f = omMessageFormula(run.n, run.m);
  const sentSoFar = frame.tallies.reduce((a, t) => a + t.attack + t.retreat, 0);
  return (
    <section className="panel byz-counts" aria-label="Message counts">
      <h2>Messages</h2>
      {sm ? (
        <p className="formula-note">
          SM: a lieutenant relays only orders it has not seen before, so it sends far fewer than
          OM&apos;s {fmt(f.total)}.
        </p>
      ) : (
        <>
          <p className="formula" aria-label="Sum over k from 0 to m of (n−1)(n−2)…(n−1−k)">
            <span className="sigma">
              <span className="sup">m</span>Σ<span className="sub">k=0</span>
            </span>
            <span>(n−1)(n−2)⋯(n−1−k)</span>
          </p>
          <p className="formula-worked mono">{f.text}</p>
        </>
      )}
      <table className="counts-table">
        <thead>
          <tr>
            <th scope="col">Round</th>
            {!sm ? <th scope="col">Formula</th> : null}
            <th scope="col">Sent</th>
            <th scope="col">Withheld</th>
          </tr>
        </thead>
        <tbody>
          {run.counts.perLevel.map((c, k) => (
            <tr
              key={k}
              className={frame.phase === 'send' && frame.round === k ? 'highlight' : undefined}
            >
              <th scope="row">{k}</th>
              {!sm ? <td>{fmt(f.perLevel[k] ?? 0)}</td> : null}
              <td>{fmt(c)}</td>
              <td>{fmt(run.counts.suppressedPerLevel[k] ?? 0)}</td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Total</th>
            {!sm ? <td>{fmt(f.total)}</td> : null}
            <td>{fmt(run.counts.total)}</td>
            <td>{fmt(run.counts.suppressed)}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        Delivered so far: {fmt(sentSoFar)} of {fmt(run.counts.total)}
      </p>
    </section>
  );
}

/** Bound warnings (outside the paper's guarantee) and notes. */
export function Guarantee({ pic }: { pic: Picture }) {
  const { run } = pic;
  const t = run.traitor.filter(Boolean).length;
  if (run.warnings.length === 0) {
    return (
      <section className="panel byz-guarantee" aria-label="Guarantee">
        <p className="guarantee ok">
          <span className="badge ok">✓ Guaranteed</span>{' '}
          {run.algorithm === 'OM'
            ? `n = ${run.n} > 3m = ${3 * run.m} and ${t} ≤ m traitor${t === 1 ? '' : 's'}: Theorem 1 promises IC1 and IC2.`
            : `${t} ≤ m traitor${t === 1 ? '' : 's'}: Theorem 2 promises IC1 and IC2 for signed messages.`}
        </p>
        {run.notes.map((n) => (
          <p key={n} className="muted small">
            {n}
          </p>
        ))}
      </section>
    );
  }
  return (
    <section className="panel byz-guarantee" aria-label="Guarantee">
      <div className="guarantee warn" role="note">
        <span className="badge warn">⚠ Outside the guarantee</span>
        <ul>
          {run.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
      {run.notes.map((n) => (
        <p key={n} className="muted small">
          {n}
        </p>
      ))}
    </section>
  );
}

/** The selected general: role, Traitor checkbox and Strategy selector. */
export function GeneralPanel({
  pic,
  general,
  onTraitor,
  onStrategy,
  onTree,
  onClose,
}: {
  pic: Picture;
  general: number;
  onTraitor: (on: boolean) => void;
  onStrategy: (s: Strategy) => void;
  onTree: () => void;
  onClose: () => void;
}) {
  const { run } = pic;
  const traitor = run.traitor[general] ?? false;
  const strategy = run.strategy[general] ?? (general === 0 ? 'split' : 'opposite');
  const role = general === 0 ? 'Commander' : `Lieutenant ${general}`;
  const decided: Order | null = pic.frame.decisions[general] ?? null;
  return (
    <section className="panel byz-general" aria-label={`General ${general}`}>
      <div className="general-head">
        <h2>
          General {general} · {role}
        </h2>
        <button
          type="button"
          className="small-btn"
          onClick={onClose}
          aria-label="Close general panel"
        >
          ×
        </button>
      </div>
      <div className="row">
        <label className="check">
          <input type="checkbox" checked={traitor} onChange={(e) => onTraitor(e.target.checked)} />
          Traitor
        </label>
        <label className="row">
          Strategy
          <select
            aria-label="Strategy"
            value={strategy}
            disabled={!traitor}
            onChange={(e) => onStrategy(e.target.value as Strategy)}
          >
            {STRATEGIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        {traitor
          ? `A traitor: ${STRATEGY_TEXT[strategy]}.`
          : general === 0
            ? `Loyal: sends "${run.scenario.order}" to every lieutenant.`
            : 'Loyal: relays exactly what it received and decides by the rule.'}
      </p>
      {general > 0 ? (
        <div className="row">
          {decided ? <DecisionBadge value={decided} /> : null}
          {run.algorithm === 'OM' ? (
            <button type="button" onClick={onTree}>
              Show message tree
            </button>
          ) : (
            <span className="muted small">
              SM: lieutenant {general} keeps the set V = {'{'}
              {(pic.frame.tallies[general]?.V ?? []).join(', ')}
              {'}'}.
            </span>
          )}
        </div>
      ) : null}
    </section>
  );
}

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
