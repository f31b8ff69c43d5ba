import { useLayoutEffect, useRef } from 'react';
import type { AnyLabStore } from '../store/contract';
import { focusStage } from './focus';

/** Text fields keep their keys while the user types; Escape leaves the field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.tagName === 'TEXTAREA' || target.isContentEditable) return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].includes(
    type,
  );
}

/** Inside a dialog (import, share link, the shortcuts overlay) the dialog's own keys win. */
export function inDialog(target: EventTarget | null): boolean {
  if (target instanceof Element && target.closest('[role="dialog"], dialog[open]')) return true;
  return document.querySelector('[aria-modal="true"], dialog[open]') !== null;
}

export interface ShellKeys {
  store: AnyLabStore;
  /** "?": the shortcuts overlay */
  onHelp(): void;
  /** "F": presentation mode on or off */
  onPresent(): void;
  /** Esc: close the topmost overlay or panel */
  onEscape(): void;
}

/**
 * Player shortcuts that work whatever has focus (a presenter remote sends PageDown / PageUp):
 * Space play/pause, → or PageDown forward, ← or PageUp back, Home restart, End last step.
 * Listening in the capture phase, before any element sees the key, is what stops a focused
 * <select> from changing the lesson on PageDown and a focused button from re-clicking on Space.
 * The only exceptions are a text field while typing and an open dialog.
 */
export function useShellKeys(keys: ShellKeys): void {
  const ref = useRef(keys);
  useLayoutEffect(() => {
    ref.current = keys;
  });
  // A layout effect: the keys work from the first painted frame. (A passive effect ran after
  // the paint, so a remote's PageDown on a page that already showed its player was lost.)
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      if (inDialog(e.target)) return;
      const { store, onHelp, onPresent, onEscape } = ref.current;
      if (isTyping(e.target)) {
        if (e.key === 'Escape') {
          (e.target as HTMLElement).blur();
          focusStage();
        }
        return;
      }
      const s = store.getState();
      switch (e.key) {
        case ' ':
          s.togglePlay();
          break;
        case 'ArrowRight':
        case 'PageDown':
          s.forward();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          s.back();
          break;
        case 'Home':
          s.restart();
          break;
        case 'End':
          s.end();
          break;
        case '?':
          onHelp();
          break;
        case 'f':
        case 'F':
          onPresent();
          break;
        case 'Escape':
          onEscape();
          break;
        default:
          return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
