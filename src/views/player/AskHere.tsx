import { useEffect, useRef, useState } from 'react';
import type { AnyLabStore } from '../../store/contract';
import type { Question } from '../../engine/quiz';

/**
 * "Ask here": the lecturer adds a question before the next step, of a kind the step can answer
 * (a menu when there are several). The menu is a small dialog: Esc or a click elsewhere closes
 * it and gives the focus back to the button (so Esc never also leaves presentation mode).
 */
export function AskHere({ store }: { store: AnyLabStore }) {
  const [menu, setMenu] = useState<readonly Question[] | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const st = store.getState();
  const close = () => {
    setMenu(null);
    button.current?.focus();
  };
  useEffect(() => {
    if (!menu) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [menu]);
  const ask = () => {
    const fits: readonly Question[] = st.questionsHere();
    if (fits.length <= 1) {
      setMenu(null);
      st.askHere(fits[0]?.kind);
    } else setMenu(menu ? null : fits);
  };
  return (
    <div className="ask-here" ref={box}>
      <button
        ref={button}
        type="button"
        onClick={ask}
        aria-expanded={menu ? true : undefined}
        title="Ask the class a question before the next step"
      >
        Ask here
      </button>
      {menu ? (
        <div
          className="ask-menu"
          role="dialog"
          aria-label="Question to ask"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close();
          }}
        >
          {menu.map((q, i) => (
            <button
              key={q.kind}
              type="button"
              autoFocus={i === 0}
              onClick={() => {
                close();
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
