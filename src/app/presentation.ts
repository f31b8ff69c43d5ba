import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../store/contract';
import type { BaseView } from '../store/view';

/** Presentation mode is part of the lab's view, so a share link (and a reload) keeps it. */
export const isPresenting = (view: BaseView): boolean => view.present === true;

/**
 * Presentation mode: the layout (styles.css, `.app.presenting`) hides the toolbars and keeps the
 * stage, the caption, a slim player and the lab's essential panel. It also asks for full screen;
 * where that is refused (no user gesture, as when a link opens in presentation mode, or an
 * embedding page forbids it) the same layout simply fills the window.
 */
export function usePresentation(store: AnyLabStore): [boolean, (on?: boolean) => void] {
  const present = useStore(store, (s) => isPresenting(s.view));
  // set while a full-screen exit we asked for is on its way, so its event is not mistaken for
  // the browser's own Esc (which must leave presentation mode)
  const leaving = useRef(false);

  useEffect(() => {
    const full = document.fullscreenElement !== null;
    if (present && !full && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen?.().catch(() => {
        // refused: the full-window layout is the fallback
      });
    } else if (!present && full) {
      leaving.current = true;
      void document.exitFullscreen?.().catch(() => {});
    }
  }, [present]);

  useEffect(() => {
    const onChange = () => {
      const presenting = isPresenting(store.getState().view);
      if (document.fullscreenElement) {
        // full screen arrived after the user had already left presentation mode
        if (!presenting) {
          leaving.current = true;
          void document.exitFullscreen?.().catch(() => {});
        }
        return;
      }
      if (leaving.current) leaving.current = false;
      else if (presenting) store.getState().setView({ present: undefined });
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  const toggle = (on = !isPresenting(store.getState().view)) =>
    store.getState().setView({ present: on ? true : undefined });
  return [present, toggle];
}
