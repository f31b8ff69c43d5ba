import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import type { Step } from '../../engine/timeline';
import { pendingQuestion, revealedQuestion } from '../../store/quiz';

/** Long runs (thousands of steps) list only the most recent ones; the scrubber reaches the rest. */
const MAX_LISTED = 250;

/** The steps so far, newest last; clicking one jumps there. */
export function Narration({ store }: { store: AnyLabStore }) {
  const cursor = useStore(store, (s) => s.timeline.cursor);
  const steps: readonly Step<unknown>[] = useStore(store, (s) => s.timeline.steps);
  const jump = store.getState().jump;
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [cursor, steps]);

  const first = Math.max(0, cursor - MAX_LISTED);
  const shown = steps.slice(first, cursor);
  return (
    <section className="narration panel" aria-label="Narration">
      <h2>Narration</h2>
      {cursor === 0 ? (
        <p className="muted">
          {steps.length > 0
            ? `Press Step forward (→) or Play to start: ${steps.length} step${steps.length === 1 ? '' : 's'} ahead.`
            : 'Nothing to play yet: use the controls to make something happen.'}
        </p>
      ) : null}
      {first > 0 ? <p className="muted">… {first} earlier steps (use the scrubber)</p> : null}
      <ol ref={listRef} start={first + 1}>
        {shown.map((step, i) => {
          const k = first + i + 1;
          return (
            <li
              key={k}
              className={
                [k === cursor ? 'current' : '', step.tone === 'bad' ? 'bad' : '']
                  .join(' ')
                  .trim() || undefined
              }
            >
              <button
                type="button"
                onClick={() => jump(k)}
                aria-current={k === cursor ? 'step' : undefined}
              >
                <span className="step-no">{k}.</span> {step.text}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The current step in large type under the stage: readable from the back row. */
export function Caption({ store }: { store: AnyLabStore }) {
  const step = useStore(store, (s) =>
    s.timeline.cursor > 0 ? s.timeline.steps[s.timeline.cursor - 1] : undefined,
  );
  const text = step?.text ?? '';
  const total = useStore(store, (s) => s.timeline.steps.length);
  // a question (or its answer and why) takes the caption's place
  const quiz = useStore(store, (s) => pendingQuestion(s) !== null || revealedQuestion(s) !== null);
  if (quiz) return null;
  return (
    <p className={step?.tone === 'bad' ? 'caption bad' : 'caption'} aria-hidden="true">
      {text || (total > 0 ? 'Press → to step, Space to play.' : '')}
    </p>
  );
}
