/**
 * Runs fn when the page is idle (within a second even on a page that never is), or after 120 ms
 * where there is no requestIdleCallback; returns a cancel function.
 */
export function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => fn(), { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 120);
  return () => window.clearTimeout(id);
}
