import { useStore } from 'zustand';
import { currentState } from '../../engine/timeline';
import { byzantineStore as store, liteOf, runOf, type StageMode } from '../../store/byzantine';
import type { Picture } from './picture';

export function usePicture(): Picture {
  const timeline = useStore(store, (s) => s.timeline);
  return { run: runOf(timeline), frame: currentState(timeline), lite: liteOf(timeline) };
}

export const stageOf = (view: Record<string, unknown>): StageMode =>
  view.stage === 'tree' || view.stage === 'lesson' ? view.stage : 'ring';
export const selectedOf = (view: Record<string, unknown>): number | null =>
  typeof view.selected === 'number' ? view.selected : null;
