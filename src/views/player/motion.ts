import { BASE_STEP_MS } from './PlayerBar';

/** true when the user asked the system for less motion: steps then change without animating. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * How long one step's animation lasts: a share of a step at this speed (so it ends before the
 * next step when playing), at most 900 ms, and 0 under prefers-reduced-motion. Both labs use it.
 */
export function stepDuration(speed: number, share = 0.7): number {
  return prefersReducedMotion() ? 0 : Math.min(900, (BASE_STEP_MS * share) / speed);
}
