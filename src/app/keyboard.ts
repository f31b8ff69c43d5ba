import { useEffect } from 'react';
import type { AnyLabStore } from './registry';

/** Elements whose own keys must win over the player's shortcuts. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    // Sliders keep their arrows; text fields keep everything.
    return type === 'range'
      ? key.startsWith('Arrow') || key === 'Home' || key === 'End'
      : type !== 'checkbox';
  }
  // Space and Enter activate a focused button; don't also toggle play.
  if (key === ' ' && (tag === 'BUTTON' || tag === 'A' || target.getAttribute('role') === 'button'))
    return true;
  return !!target.closest('dialog[open]');
}

/**
 * Player shortcuts, including what presenter remotes send (PageDown / PageUp):
 * Space play/pause, → or PageDown step forward, ← or PageUp step back, Home restart.
 */
export function usePlayerKeys(store: AnyLabStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target, e.key)) return;
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
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
