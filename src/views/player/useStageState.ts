import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { computingOf, type LabJob } from '../../store/lab';

/** What a lab's stage reads from its store to draw and animate the step shown. */
interface StageSlice {
  timeline: unknown;
  view: unknown;
  speed: number;
  job: LabJob | null;
}

/**
 * The stage's selections from a lab store (Byzantine, Paxos): the timeline, the view, the speed
 * and the worker's label, each its own subscription, so a stage re-renders only when one changes.
 */
export function useStageState<St extends StageSlice>(
  store: StoreApi<St>,
): Pick<St, 'timeline' | 'view' | 'speed'> & { computing: string | null } {
  const timeline = useStore(store, (s) => s.timeline);
  const view = useStore(store, (s) => s.view);
  const speed = useStore(store, (s) => s.speed);
  const computing = useStore(store, computingOf);
  return { timeline, view, speed, computing };
}
