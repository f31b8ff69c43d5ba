import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { useFrame } from './selectors';
import { SelectedNode } from './SelectedNode';
import { Compare } from './Compare';
import { Checker } from './Checker';
import { WalkDetails } from './WalkDetails';
import { DesignPanel, isDesign } from './designs/DesignPanel';

export function DhtSide() {
  const frame = useFrame();
  const compare = useStore(chordStore, (s) => s.view.compare ?? null);
  const a = chordStore.getState();
  const scheme = useStore(chordStore, (s) => s.parsed.routing);
  return (
    <div className="side-panels dht-side">
      <Checker frame={frame} />
      {/* a folded successor walk opens here, where there is room to read its nodes */}
      {frame.overlay?.kind === 'lookup' && frame.overlay.walk ? (
        <WalkDetails lookup={frame.overlay} />
      ) : null}
      {isDesign(scheme) ? <DesignPanel frame={frame} design={scheme} /> : null}
      {compare ? (
        <Compare info={compare} onClose={() => a.setView({ compare: undefined })} />
      ) : null}
      <SelectedNode />
    </div>
  );
}
