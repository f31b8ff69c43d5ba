import { useState } from 'react';
import type { AnyLabStore } from '../../store/contract';
import type { Question } from '../../engine/quiz';

/**
 * "Ask here": the lecturer adds a question before the next step, of a kind the step can answer
 * (a menu when there are several).
 */
export function AskHere({ store }: { store: AnyLabStore }) {
  const [menu, setMenu] = useState<readonly Question[] | null>(null);
  const st = store.getState();
  const ask = () => {
    const fits: readonly Question[] = st.questionsHere();
    if (fits.length <= 1) {
      setMenu(null);
      st.askHere(fits[0]?.kind);
    } else setMenu(menu ? null : fits);
  };
  return (
    <div className="ask-here">
      <button
        type="button"
        onClick={ask}
        aria-expanded={menu ? true : undefined}
        title="Ask the class a question before the next step"
      >
        Ask here
      </button>
      {menu ? (
        <div className="ask-menu" role="group" aria-label="Question to ask">
          {menu.map((q) => (
            <button
              key={q.kind}
              type="button"
              onClick={() => {
                setMenu(null);
                st.askHere(q.kind);
              }}
            >
              {q.prompt}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
