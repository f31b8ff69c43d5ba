import { useStore } from 'zustand';
import { currentState } from '../../engine/timeline';
import { paxosStore as store } from '../../store/paxos';
import { VerdictsPanel } from './panels';

/** What presentation mode keeps beside the stage: the verdicts and what was chosen. */
export function Essential() {
  const timeline = useStore(store, (x) => x.timeline);
  const parsed = useStore(store, (x) => x.parsed);
  const frame = currentState(timeline);
  return (
    <VerdictsPanel
      v={frame.verdicts}
      values={parsed.proposers.map((p) => p.value)}
      q={parsed.quorum}
      n={parsed.acceptors}
    />
  );
}
