import { useEffect } from 'react';

/** The stage is where the player's keys belong; it takes focus without scrolling. */
export function focusStage(): void {
  document.querySelector<HTMLElement>('[data-stage]')?.focus({ preventScroll: true });
}

const inDialog = (el: Element) => el.closest('[role="dialog"], dialog[open]') !== null;

/**
 * After a choice in a <select> (a lesson, a routing mode, a From node), a checkbox or a click
 * on a button, focus goes back to the stage, so the next PageDown from a presenter remote
 * steps the player instead of changing that control again. Keyboard users keep their place:
 * a button pressed with Enter (a click with detail 0) keeps focus, and dialogs keep theirs.
 */
export function useFocusReturn(): void {
  useEffect(() => {
    // After React has rendered the change (a new lab mounts a new stage).
    const later = (from: Element) =>
      window.setTimeout(() => {
        const now = document.activeElement;
        if (now === from || now === document.body || now === null || !from.isConnected)
          focusStage();
      }, 0);
    const onChange = (e: Event) => {
      const t = e.target;
      if (!(t instanceof HTMLElement) || inDialog(t)) return;
      const choice =
        t.tagName === 'SELECT' ||
        (t instanceof HTMLInputElement && (t.type === 'checkbox' || t.type === 'radio'));
      if (choice) later(t);
    };
    const onClick = (e: MouseEvent) => {
      const t = e.target instanceof Element ? e.target.closest('button, a[href]') : null;
      if (!t || e.detail === 0 || inDialog(t)) return;
      later(t);
    };
    document.addEventListener('change', onChange);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('change', onChange);
      document.removeEventListener('click', onClick);
    };
  }, []);
}
