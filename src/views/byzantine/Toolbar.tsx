import { useStore } from 'zustand';
import { ALGORITHMS, MAX_GENERALS, MAX_M, ORDERS } from '../../engine/byzantine';
import { byzantineStore as store } from '../../store/byzantine';
import { computingOf, pendingOf } from '../../store/lab';
import { boundsStore } from '../../store/byzantine/bounds';
import { NumberField } from '../common/NumberField';
import { LabeledSelect, optionsOf } from '../common/LabeledSelect';
import { AssumptionToggles } from './AssumptionToggles';
import { NamedButton } from '../common/NamedButton';

/** A drop-down of `values`, named by its label (its accessible name too). */
function Choice<T extends string>(p: {
  label: string;
  value: T;
  values: readonly T[];
  set(v: T): void;
}) {
  const { label, value, values, set } = p;
  return (
    <LabeledSelect
      label={label}
      ariaLabel={label}
      value={value}
      options={optionsOf(values)}
      onChange={set}
    />
  );
}

export function Toolbar() {
  const scenario = useStore(store, (s) => pendingOf(s) ?? s.scenario);
  const st = store.getState();
  const n = Number(scenario.generals);
  const m = Number(scenario.m);
  // the JSON being computed (pending) may differ from the parsed run shown
  const order = ORDERS.find((o) => o === scenario.order) ?? 'attack';
  const scenarioAlgorithm = ALGORITHMS.find((a) => a === scenario.algorithm) ?? 'OM';
  const computing = useStore(store, computingOf);
  const stage = useStore(store, (s) => s.view.stage);
  const algorithm = useStore(store, (s) => s.parsed.algorithm);
  const diagram = useStore(store, (s) => s.view.diagram === true);
  // a bad count goes to the store too, which says what is wrong
  const fields = [
    { label: 'Generals', value: n, min: 3, max: MAX_GENERALS, set: st.setGenerals },
    { label: 'Rounds (m)', value: m, min: 0, max: MAX_M, set: st.setM },
  ];
  return (
    <>
      {fields.map(({ label, set, ...f }) => (
        <NumberField
          key={label}
          label={label}
          ariaLabel={label}
          {...f}
          onChange={set}
          onInvalid={set}
        />
      ))}
      <Choice label="Order" value={order} values={ORDERS} set={st.setOrder} />
      <Choice
        label="Algorithm"
        value={scenarioAlgorithm}
        values={ALGORITHMS}
        set={st.setAlgorithm}
      />
      <AssumptionToggles />
      {stage === undefined ? (
        <>
          <NamedButton
            name="Space-time diagram"
            title="Show the whole run as a space-time diagram beside the generals"
            pressed={diagram}
            onClick={() => st.setView({ diagram: diagram ? undefined : true })}
          >
            Space-time
          </NamedButton>
          <NamedButton
            name="Bound explorer"
            title="Which n and t break OM and SM: the paper's theorems as a grid"
            onClick={() => boundsStore.getState().show(store.getState().parsed.assumptions)}
          >
            Bounds
          </NamedButton>
          {/* the stage's buttons live here, so nothing floats over the generals */}
          <button type="button" onClick={() => st.setStage('lesson')}>
            Three generals, one traitor
          </button>
          <button
            type="button"
            onClick={() => st.findCounterexample()}
            disabled={computing !== null}
          >
            Find a counterexample
          </button>
          {algorithm === 'OM' ? (
            <button type="button" onClick={() => st.setStage('tree')}>
              Message tree
            </button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
