import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { ROUTINGS, type Routing } from '../../engine/chord';
import type { ChordFrame, NodeId } from '../../engine/chord/frames';
import { currentState } from '../../engine/timeline';

export const useFrame = (): ChordFrame => useStore(chordStore, (s) => currentState(s.timeline));
export const useSelected = (): NodeId | null =>
  useStore(chordStore, (s) =>
    typeof s.view.selected === 'number' ? (s.view.selected as NodeId) : null,
  );
export const useRouting = (): Routing =>
  useStore(chordStore, (s) =>
    ROUTINGS.includes(s.view.routing as Routing) ? (s.view.routing as Routing) : s.parsed.routing,
  );
