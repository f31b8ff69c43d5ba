import { useStore } from 'zustand';
import { byzantineStore as store, granularityOf } from '../../store/byzantine';

/** One step per message or per round (auto: per message up to 300 messages). */
export function StepBy() {
  const granularity = useStore(store, (s) => granularityOf(s.timeline));
  const st = store.getState();
  return (
    <div className="seg stage-stepby" role="group" aria-label="Step by">
      <span className="seg-label">Step by</span>
      {(['message', 'round'] as const).map((g) => (
        <button
          key={g}
          type="button"
          aria-pressed={granularity === g}
          onClick={() => st.setStepBy(g)}
        >
          {g}
        </button>
      ))}
    </div>
  );
}
