import { useSyncExternalStore } from 'react';

function subscribe(changed: () => void): () => void {
  const watch = new MutationObserver(changed);
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => watch.disconnect();
}

const themeName = () => document.documentElement.dataset.theme;

/**
 * The page's theme (data-theme on <html>, set by app/theme.ts), re-rendering when it changes:
 * for pictures painted outside CSS (the dense ring's canvas) that must repaint on a theme switch.
 */
export function useThemeName(): string | undefined {
  return useSyncExternalStore(subscribe, themeName, () => undefined);
}
