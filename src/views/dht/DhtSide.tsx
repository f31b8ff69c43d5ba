import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { useFrame } from './selectors';
import { SelectedNode } from './SelectedNode';
import { type CompareInfo, Compare } from './Compare';
import { Checker } from './Checker';

export function DhtSide() {
  const frame = useFrame();
  const compare = useStore(chordStore, (s) => (s.view.compare ?? null) as CompareInfo | null);
  const a = chordStore.getState();
  return (
    <div className="side-panels dht-side">
      <Checker frame={frame} />
      {compare ? (
        <Compare info={compare} onClose={() => a.setView({ compare: undefined })} />
      ) : null}
      <SelectedNode />
    </div>
  );
}
