import { useStore } from 'zustand';
import { currentState } from '../../engine/timeline';
import {
  byzantineStore as store,
  liteOf,
  runOf,
  type ByzantineView,
  type StageMode,
} from '../../store/byzantine';
import type { Picture } from './picture';

export function usePicture(): Picture {
  const timeline = useStore(store, (s) => s.timeline);
  return { run: runOf(timeline), frame: currentState(timeline), lite: liteOf(timeline) };
}

export const stageOf = (view: ByzantineView): StageMode => view.stage ?? 'ring';
export const selectedOf = (view: ByzantineView): number | null => view.selected ?? null;
