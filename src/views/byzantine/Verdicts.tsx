import type { Picture } from './picture';

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
