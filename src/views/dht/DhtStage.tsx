import { useState } from 'react';
import { useStore } from 'zustand';
import { chordStore } from '../../store/chord';
import { stepDuration } from '../player/motion';
import { answerOnStage, askingOnStage } from '../player/quiz';
import { RingView } from './RingView';
import { ModNStage } from './designs/ModNStage';
import { PseudoCode } from './PseudoCode';
import { StabilizeCode } from './StabilizeCode';
import { StatsPanel } from './StatsPanel';
import { Legend } from './Legend';
import type { Mark } from './marks';
import { useFrame, useSelected, useRouting } from './selectors';

function useAdvanced(cursor: number): boolean {
  // "derive state from props": did the player just step forward by one?
  const [prev, setPrev] = useState(cursor);
  const [advanced, setAdvanced] = useState(false);
  if (prev !== cursor) {
    setPrev(cursor);
    setAdvanced(cursor === prev + 1);
  }
  return advanced;
}

const PSEUDO_WIDTH = 366;

export function DhtStage() {
  const frame = useFrame();
  const cursor = useStore(chordStore, (s) => s.timeline.cursor);
  const speed = useStore(chordStore, (s) => s.speed);
  const selected = useSelected();
  const statsOpen = useStore(chordStore, (s) => s.view.stats === true);
  const animate = useAdvanced(cursor);
  const a = chordStore.getState();
  const routing = useRouting();
  const repair = useStore(chordStore, (s) => s.parsed.repair);
  const duration = stepDuration(speed);
  const lookup = frame.overlay?.kind === 'lookup' ? frame.overlay : null;
  const design = frame.overlay?.kind === 'design' ? frame.overlay : null;
  const scheme = useStore(chordStore, (s) => s.parsed.routing);
  const skip = useStore(chordStore, (s) => s.parsed.skip);
  const [marks, setMarks] = useState<Mark[]>([]);
  return (
    <>
      {scheme === 'modN' ? (
        <ModNStage
          frame={frame}
          cursor={cursor}
          animate={animate}
          durationMs={stepDuration(speed, 0.9)}
          selected={selected}
          onSelect={(id) => {
            if (!answerOnStage(chordStore, String(id))) a.select(id);
          }}
          onMarks={setMarks}
        />
      ) : (
        <RingView
          frame={frame}
          cursor={cursor}
          animate={animate}
          durationMs={duration}
          selected={selected}
          routing={lookup?.routing ?? routing}
          skip={skip}
          onMarks={setMarks}
          reserveLeft={PSEUDO_WIDTH}
          onSelect={(id) => {
            if (id === null || !answerOnStage(chordStore, String(id))) a.select(id);
          }}
          onAddAt={(id) => {
            // while the class answers on the ring, a click beside a node must not add one
            if (!askingOnStage(chordStore)) a.addNodeAt(id);
          }}
        />
      )}
      <div className="stage-left" style={{ width: `${(PSEUDO_WIDTH - 16) / 16}rem` }} data-slide>
        {frame.overlay?.kind === 'stabilize' ? (
          <StabilizeCode overlay={frame.overlay} />
        ) : (
          <PseudoCode
            routing={
              lookup?.routing ??
              design?.design ??
              (scheme === 'modN' || scheme === 'leader' || scheme === 'cached' ? scheme : routing)
            }
            replicas={frame.replicas}
            line={lookup?.line ?? design?.line ?? null}
            repair={repair}
            onRepair={(on) => chordStore.getState().setOptions({ repair: on })}
          />
        )}
        <Legend marks={marks} />
      </div>
      <div className="stage-corner">
        <button
          type="button"
          aria-pressed={statsOpen}
          onClick={() => a.setView({ stats: !statsOpen })}
        >
          Statistics
        </button>
      </div>
      {statsOpen ? <StatsPanel onClose={() => a.setView({ stats: false })} /> : null}
    </>
  );
}
