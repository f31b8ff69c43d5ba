import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AnyLabStore } from '../../store/contract';
import { pendingQuestion, predictOn, revealedQuestion, scoreOf } from '../../store/quiz';
import type { Question } from '../../engine/quiz';
import { AskHere } from './AskHere';
import './quiz.css';

/** Stage questions are answered on the picture (its nodes are buttons, reachable by Tab). */
const STAGE_HINT: Record<string, string> = {
  dht: 'Click the node on the ring (or Tab to it and press Enter).',
  byzantine: 'Click the general on the stage (or Tab to it and press Enter).',
  paxos: 'Click the acceptor on the stage (or Tab to it and press Enter).',
};

/**
 * Predict-then-reveal, under the stage: the question the player stopped at (answer on the stage
 * or from the list; PageDown reveals), then right or wrong and why, and the score so far.
 */
export function QuizBar({ store }: { store: AnyLabStore }) {
  const on = useStore(store, predictOn);
  const pending = useStore(store, pendingQuestion);
  const revealed = useStore(store, useShallow(revealedQuestion));
  const score = useStore(
    store,
    useShallow((s) => scoreOf(s.questions, s.answers)),
  );
  const next = useStore(store, (s) =>
    s.questions.find(
      (q: Question) =>
        q.at > s.timeline.cursor + 1 || (q.at === s.timeline.cursor + 1 && !(q.at in s.answers)),
    ),
  );
  const answeredAny = useStore(store, (s) => Object.keys(s.answers).length > 0);
  if (!on) return null;
  const st = store.getState();
  const chip = (
    <span
      className="quiz-score"
      aria-label={`Score: ${score.right} right of ${score.answered} answered`}
    >
      Score {score.right} / {score.answered}
    </span>
  );

  if (pending) {
    const n = st.questions.indexOf(pending) + 1;
    return (
      <section className="quiz asking" aria-label="Question" data-slide>
        <div className="quiz-head">
          <span className="quiz-tag">
            Predict · {n} of {score.total}
          </span>
          <p className="quiz-prompt" role="status">
            {pending.prompt}
          </p>
          {chip}
        </div>
        <div className="quiz-choices">
          {pending.input === 'stage' ? (
            <span className="quiz-hint">
              {STAGE_HINT[st.lab] ?? 'Click the answer on the stage.'}
            </span>
          ) : null}
          {pending.input === 'list'
            ? pending.choices.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  className="quiz-choice"
                  onClick={() => st.answer(c.id)}
                >
                  {c.label}
                </button>
              ))
            : null}
          <button
            type="button"
            className="quiz-remove"
            onClick={() => st.removeQuestion(pending.at)}
            title="Take this question out of the run"
          >
            Remove
          </button>
          <button
            type="button"
            className="quiz-reveal"
            onClick={() => st.reveal()}
            title="Show the answer without answering (PageDown or →)"
          >
            Reveal
          </button>
        </div>
      </section>
    );
  }

  if (revealed) {
    const { question: q, given } = revealed;
    const right = given === q.answer;
    const label = (id: string | null) => q.choices.find((c) => c.id === id)?.label ?? id ?? '';
    const verdict =
      given === null
        ? `The answer: ${label(q.answer)}.`
        : right
          ? `Right: ${label(q.answer)}.`
          : `Not quite: you said ${label(given)}; the answer is ${label(q.answer)}.`;
    return (
      <section
        className={`quiz ${given === null ? 'shown' : right ? 'right' : 'wrong'}`}
        aria-label="Answer"
        data-slide
      >
        <div className="quiz-head">
          <span className="quiz-mark" aria-hidden="true">
            {given === null ? '•' : right ? '✓' : '✕'}
          </span>
          <p className="quiz-verdict" role="status">
            {verdict}
          </p>
          {chip}
        </div>
        <p className="quiz-why">{q.why}</p>
      </section>
    );
  }

  return (
    <section className="quiz idle" aria-label="Predict" data-slide>
      <div className="quiz-head">
        <span className="quiz-tag">Predict</span>
        <p className="quiz-next">
          {next
            ? `Next question before step ${next.at}.`
            : score.total > 0
              ? 'No more questions in this run.'
              : 'No questions yet: use “Ask here” at a step.'}
        </p>
        <AskHere store={store} />
        {answeredAny ? (
          <button
            type="button"
            onClick={() => st.resetScore()}
            title="Clear the answers and start over"
          >
            Try again
          </button>
        ) : null}
        {chip}
      </div>
    </section>
  );
}
