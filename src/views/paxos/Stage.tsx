import { useRef } from 'react';
import { useSteppedForward } from '../player/useSteppedForward';
import { useStageState } from '../player/useStageState';
import { currentState } from '../../engine/timeline';
import { paxosStore as store, runOf } from '../../store/paxos';
import { useSize } from '../common/useSize';
import { answerOnStage } from '../player/quiz';
import { SpaceTime } from './SpaceTime';
import { Topology } from './Topology';
import { selectedOf } from './selectors';

export function Stage() {
  const { timeline, view, speed } = useStageState(store);
  const run = runOf(timeline);
  const frame = currentState(timeline);
  const st = store.getState();
  const box = useRef<HTMLDivElement>(null);
  const measured = useSize(box);
  // laid out in 1280×720 units, scaled up through the viewBox with the rest of the UI
  const size = { width: measured.width / measured.scale, height: measured.height / measured.scale };
  // tokens fly only when the cursor moved one step forward within the same run
  const animate = useSteppedForward(timeline.steps, timeline.cursor);
  const values = run.scenario.proposers.map((p) => p.value);
  const stH = Math.max(120, Math.min(230, Math.round(size.height * 0.36)));
  const selected = selectedOf(view);
  return (
    <div className="px-stage" ref={box}>
      <Topology
        state={frame.state}
        quorum={run.scenario.quorum}
        chosen={frame.verdicts.chosen}
        current={frame.step?.message ?? null}
        values={values}
        width={size.width}
        height={size.height - stH}
        selected={selected}
        onSelect={(id) => {
          // a click is the answer while Predict asks which acceptor
          if (!answerOnStage(store, id)) st.select(selected === id ? null : id);
        }}
        onDrop={st.drop}
        animate={animate}
        speed={speed}
      />
      <SpaceTime
        run={run}
        state={frame.state}
        cursor={timeline.cursor}
        values={values}
        width={size.width}
        height={stH}
        onJump={st.jump}
      />
    </div>
  );
}
