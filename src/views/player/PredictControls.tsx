import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { predictOn } from '../../store/quiz';

/** The player's Predict switch: stop before the question steps and ask the class. */
export function PredictControls({ store }: { store: AnyLabStore }) {
  const on = useStore(store, predictOn);
  return (
    <button
      type="button"
      className="predict"
      aria-pressed={on}
      onClick={() => store.getState().setPredict(!on)}
      title="Predict: stop before chosen steps and ask the class what happens next"
    >
      Predict
    </button>
  );
}
