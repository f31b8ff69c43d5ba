import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import type { Routing } from '../../engine/chord';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { currentState } from '../../engine/timeline';

export const useFrame = (): ChordFrame => useStore(chordStore, (s) => currentState(s.timeline));
export const useSelected = (): NodeId | null =>
  useStore(chordStore, (s) => s.view.selected ?? null);
export const useRouting = (): Routing =>
  useStore(chordStore, (s) => s.view.routing ?? s.parsed.routing);
