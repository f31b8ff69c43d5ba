import { useLayoutEffect, useRef } from 'react';

/** Runs place(t) for t from 0 to 1 over durationMs when `animate`; else places at 1 at once. */
export function useAnimation(animate: boolean, durationMs: number, place: (t: number) => void) {
  const placeRef = useRef(place);
  placeRef.current = place;
  useLayoutEffect(() => {
    if (!animate || durationMs <= 0) {
      placeRef.current(1);
      return;
    }
    let raf = 0;
    const t0 = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - t0) / durationMs);
      placeRef.current(t);
      if (t < 1) raf = requestAnimationFrame(frame);
    };
    placeRef.current(0);
    raf = requestAnimationFrame(frame);
    return () => {
      cancelAnimationFrame(raf);
      placeRef.current(1);
    };
  }, [animate, durationMs]);
}
