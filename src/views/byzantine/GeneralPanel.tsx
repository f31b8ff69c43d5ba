import {
  STRATEGIES,
  strategyText,
  type ByzantineRun,
  type Order,
  type Strategy,
} from '../../engine/byzantine';
import { DecisionBadge } from './icons';
import type { Picture } from './picture';
import { byzantineStore as store } from '../../store/byzantine';
import { CloseButton } from '../common/CloseButton';

/** The selected general: role, Traitor checkbox and Strategy selector (they act on the store). */
export function GeneralPanel({ pic, general }: { pic: Picture; general: number }) {
  const st = store.getState();
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
        <CloseButton
          label="Close general panel"
          className="small-btn"
          onClose={() => st.select(null)}
        />
      </div>
      <div className="row">
        <label className="check">
          <input
            type="checkbox"
            checked={traitor}
            onChange={(e) => st.setTraitor(general, e.target.checked)}
          />
          Traitor
        </label>
        <label className="row">
          Strategy
          <select
            aria-label="Strategy"
            value={strategy}
            disabled={!traitor}
            onChange={(e) => st.setStrategy(general, e.target.value as Strategy)}
          >
            {menuOf(run, general).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        {traitor
          ? `A traitor: ${strategyText(strategy)}.`
          : general === 0
            ? `Loyal: sends "${run.scenario.order}" to every lieutenant.`
            : 'Loyal: relays exactly what it received and decides by the rule.'}
      </p>
      {general > 0 ? (
        <div className="row">
          {decided ? <DecisionBadge value={decided} /> : null}
          {run.algorithm === 'OM' ? (
            <button type="button" onClick={() => st.setStage('tree')}>
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

/** The strategies a general may play: spoofing a loyal general's messages only with spoofing on. */
function menuOf(run: ByzantineRun, general: number): Strategy[] {
  const out: Strategy[] = [...STRATEGIES];
  if (!run.assumptions.spoofing) return out;
  for (let g = 0; g < run.n; g++) if (g !== general && !run.traitor[g]) out.push(`spoof:${g}`);
  return out;
}
