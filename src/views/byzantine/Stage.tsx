import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { byzantineStore as store } from '../../store/byzantine';
import { Lesson } from './Lesson';
import { MessageTree } from './MessageTree';
import { Ring } from './Ring';
import { usePicture, stageOf, selectedOf } from './selectors';
import { useSize } from '../common/useSize';
import { Legend } from './Legend';
import { StepBy } from './StepBy';

export function Stage() {
  const pic = usePicture();
  const view = useStore(store, (s) => s.view);
  const speed = useStore(store, (s) => s.speed);
  const computing = useStore(store, (s) => s.computing);
  const timeline = useStore(store, (s) => s.timeline);
  const stage = stageOf(view);
  const selected = selectedOf(view);
  const st = store.getState();

  // tokens fly only when the cursor moved one step forward within the same run
  const prev = useRef<{ steps: unknown; cursor: number }>({ steps: null, cursor: 0 });
  const animate =
    prev.current.steps === timeline.steps && timeline.cursor === prev.current.cursor + 1;
  useEffect(() => {
    prev.current = { steps: timeline.steps, cursor: timeline.cursor };
  });

  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const treeFor = selected !== null && selected > 0 ? selected : 1;
  return (
    <div className="byz-stage" ref={box}>
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
          onSelect={(i) => st.select(selected === i ? null : i)}
          speed={speed}
          animate={animate}
        />
      )}
      {stage === 'ring' ? (
        <>
          <Legend />
          <StepBy />
        </>
      ) : null}
      {computing ? (
        <div className="computing" role="status">
          <span className="spinner" aria-hidden="true" />
          {computing}
        </div>
      ) : null}
    </div>
  );
}
