import { useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import type { Step } from '../../engine/timeline';
import { pendingQuestion, revealedQuestion } from '../../store/quiz';

/** Long runs (thousands of steps) list only the most recent ones; the scrubber reaches the rest. */
const MAX_LISTED = 250;
/**
 * Entries drawn at first: several panels' worth. Scrolling up to the oldest one drawn draws this
 * many more (up to MAX_LISTED); a step goes back to the latest ones.
 */
export const NARRATION_WINDOW = 50;

/**
 * The steps so far, newest last; clicking one jumps there. The list scrolls in reverse
 * (flex-direction: column-reverse), so it stays at its newest entry with no script: a step never
 * forces a layout to scroll it, and entries drawn above the view (scrolling back) leave the view
 * where it was.
 */
export function Narration({ store }: { store: AnyLabStore }) {
  const cursor = useStore(store, (s) => s.timeline.cursor);
  const steps: readonly Step<unknown>[] = useStore(store, (s) => s.timeline.steps);
  const jump = store.getState().jump;
  const scroller = useRef<HTMLDivElement>(null);
  /** scrolled away from the newest entry by the user (read in scroll events only) */
  const away = useRef(false);
  /** earlier entries the user scrolled up to, for this step only */
  const [more, setMore] = useState({ cursor, steps, extra: 0 });
  const extra = more.cursor === cursor && more.steps === steps ? more.extra : 0;

  const listed = Math.min(cursor, MAX_LISTED);
  const count = Math.min(listed, NARRATION_WINDOW + extra);
  const first = cursor - count;

  // a new step shows the newest entry, also when the user had scrolled back
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && away.current) {
      away.current = false;
      el.scrollTop = 0;
    }
  }, [cursor, steps]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    // scrollTop is 0 at the newest entry and negative above it (reverse scrolling)
    away.current = el.scrollTop < -1;
    const top = el.scrollHeight - el.clientHeight + el.scrollTop;
    if (top < 40 && count < listed) setMore({ cursor, steps, extra: extra + NARRATION_WINDOW });
  };

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
      {cursor > listed ? (
        <p className="muted">… {cursor - listed} earlier steps (use the scrubber)</p>
      ) : null}
      <div className="narration-scroll" ref={scroller} onScroll={onScroll}>
        <ol start={first + 1}>
          {steps.slice(first, cursor).map((step, i) => {
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
      </div>
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
