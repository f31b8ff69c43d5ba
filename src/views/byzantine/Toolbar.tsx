import { useStore } from 'zustand';
import { MAX_GENERALS, MAX_M, type Algorithm, type Order } from '../../engine/byzantine';
import { byzantineStore as store } from '../../store/byzantine';
import { boundsStore } from '../../store/byzantine/bounds';
import { NumberField } from '../common/NumberField';
import { AssumptionToggles } from './AssumptionToggles';

export function Toolbar() {
  const scenario = useStore(store, (s) => s.pending ?? s.scenario);
  const st = store.getState();
  const n = Number(scenario.generals);
  const m = Number(scenario.m);
  const computing = useStore(store, (s) => s.computing);
  const stage = useStore(store, (s) => s.view.stage);
  const algorithm = useStore(store, (s) => s.parsed.algorithm);
  const diagram = useStore(store, (s) => s.view.diagram === true);
  return (
    <>
      <NumberField
        label="Generals"
        ariaLabel="Generals"
        value={n}
        min={3}
        max={MAX_GENERALS}
        onChange={st.setGenerals}
        onInvalid={st.setGenerals}
      />
      <NumberField
        label="Rounds (m)"
        ariaLabel="Rounds (m)"
        value={m}
        min={0}
        max={MAX_M}
        onChange={st.setM}
        onInvalid={st.setM}
      />
      <label>
        Order
        <select
          aria-label="Order"
          value={String(scenario.order ?? 'attack')}
          onChange={(e) => st.setOrder(e.target.value as Order)}
        >
          <option value="attack">attack</option>
          <option value="retreat">retreat</option>
        </select>
      </label>
      <label>
        Algorithm
        <select
          aria-label="Algorithm"
          value={String(scenario.algorithm ?? 'OM')}
          onChange={(e) => st.setAlgorithm(e.target.value as Algorithm)}
        >
          <option value="OM">OM</option>
          <option value="SM">SM</option>
        </select>
      </label>
      <AssumptionToggles />
      {stage === undefined ? (
        <>
          <button
            type="button"
            aria-pressed={diagram}
            onClick={() => st.setView({ diagram: diagram ? undefined : true })}
            aria-label="Space-time diagram"
            title="Show the whole run as a space-time diagram beside the generals"
          >
            Space-time
          </button>
          <button
            type="button"
            aria-label="Bound explorer"
            title="Which n and t break OM and SM: the paper's theorems as a grid"
            onClick={() => boundsStore.getState().show(store.getState().parsed.assumptions)}
          >
            Bounds
          </button>
          {/* the stage's buttons live here, so nothing floats over the generals */}
          <button type="button" onClick={() => st.setStage('lesson')}>
            Three generals, one traitor
          </button>
          <button type="button" onClick={st.findCounterexample} disabled={computing !== null}>
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
