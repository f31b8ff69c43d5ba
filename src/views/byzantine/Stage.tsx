import { useRef } from 'react';
import { useSteppedForward } from '../player/useSteppedForward';
import { useStageState } from '../player/useStageState';
import { useStore } from 'zustand';
import { byzantineStore as store } from '../../store/byzantine';
import { Lesson } from './Lesson';
import { MessageTree } from './MessageTree';
import { Ring } from './Ring';
import { usePicture, stageOf, selectedOf } from './selectors';
import { useSize } from '../common/useSize';
import { Legend } from './Legend';
import { ringMarks } from './picture';
import { StepBy } from './StepBy';
import { answerOnStage } from '../player/quiz';
import { SpaceTime } from './SpaceTime';
import { DelayBar } from './DelayBar';
import { BoundExplorer } from './BoundExplorer';
import { boundsStore } from '../../store/byzantine/bounds';

/** rows of about 1.45 rem (a 15 px label and air), at most 40% of a 720 px stage */
const diagramHeight = (n: number): number => Math.min(16, 3.2 + n * 1.45);
/**
 * Beside the diagram the picture is narrow: the legend becomes a row (two when messages are
 * drawn) above the step switch (spacetime.css), and the ring keeps clear of both (in the
 * picture's units: 16 per rem).
 */
const BESIDE_RESERVE = 7.25 * 16;

export function Stage() {
  const pic = usePicture();
  const { view, speed, timeline } = useStageState(store);
  const stage = stageOf(view);
  const selected = selectedOf(view);
  const st = store.getState();

  // tokens fly only when the cursor moved one step forward within the same run
  const animate = useSteppedForward(timeline.steps, timeline.cursor);

  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const diagramBox = useRef<HTMLDivElement>(null);
  const diagram = useSize(diagramBox, { width: 850, height: 200, scale: 1 });
  const explorer = useStore(boundsStore, (s) => s.open);
  const showDiagram = stage === 'ring' && view.diagram === true;
  const outer = useRef<HTMLDivElement>(null);
  const whole = useSize(outer);
  // a short, wide stage (1280×720, 1920×1080) cannot fit a readable ring above the diagram:
  // there the diagram sits beside the ring; a tall stage (presentation mode) keeps it below
  const beside = whole.width > whole.height * 1.5;
  const treeFor = selected !== null && selected > 0 ? selected : 1;
  return (
    <div
      className={`byz-stage${showDiagram ? ` with-diagram ${beside ? 'beside' : 'below'}` : ''}`}
      ref={outer}
    >
      <div className="byz-picture" ref={box}>
        {stage === 'lesson' ? (
          <Lesson onBack={() => st.setStage('ring')} onOpen={(fig) => st.loadFigure(fig)} />
        ) : stage === 'tree' && pic.run.algorithm === 'OM' ? (
          <MessageTree
            pic={pic}
            width={size.width}
            height={size.height}
            lieutenant={treeFor}
            onLieutenant={(i) => st.select(i)}
            onBack={() => st.setStage('ring')}
          />
        ) : (
          <Ring
            pic={pic}
            width={size.width / size.scale}
            height={size.height / size.scale}
            selected={selected}
            reserve={showDiagram && beside ? BESIDE_RESERVE : 0}
            onSelect={(i) => {
              // a click is the answer while Predict asks which general
              if (!answerOnStage(store, String(i))) st.select(selected === i ? null : i);
            }}
            speed={speed}
            animate={animate}
          />
        )}
        {stage === 'ring' ? (
          <>
            <Legend marks={ringMarks(pic)} />
            <StepBy />
          </>
        ) : null}
      </div>
      <div
        className="byz-diagram"
        hidden={!showDiagram}
        style={beside || !showDiagram ? undefined : { height: `${diagramHeight(pic.run.n)}rem` }}
      >
        {showDiagram ? <DelayBar pic={pic} onDelay={(m) => st.delayMessage(m)} /> : null}
        {/* always mounted, so its size is measured the moment it is shown */}
        <div className="byz-diagram-box" ref={diagramBox}>
          {showDiagram ? (
            <SpaceTime
              pic={pic}
              base={timeline.base}
              steps={timeline.steps}
              cursor={timeline.cursor}
              width={diagram.width / diagram.scale}
              height={diagram.height / diagram.scale}
              onJump={(k) => st.jump(k)}
            />
          ) : null}
        </div>
      </div>
      {explorer ? <BoundExplorer /> : null}
    </div>
  );
}
