import { useLayoutEffect, useState, type RefObject } from 'react';
import { uiScale } from './uiScale';

/**
 * An element's size in CSS pixels, kept current by a ResizeObserver, and the UI scale
 * (views/common/uiScale.ts): a picture laid out at width / scale and drawn through its viewBox
 * grows with the rest of the UI on a projector.
 */
export function useSize(
  ref: RefObject<HTMLElement | null>,
  initial = { width: 850, height: 480, scale: 1 },
  /** whole pixels, and a change under one pixel ignored; false: the exact size, every change */
  round = true,
): { width: number; height: number; scale: number } {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const scale = uiScale();
      if (r.width > 0 && r.height > 0) {
        const near = (a: number, b: number) => (round ? Math.abs(a - b) < 1 : a === b);
        const fit = round ? Math.round : (v: number) => v;
        setSize((s) =>
          near(s.width, r.width) && near(s.height, r.height) && s.scale === scale
            ? s
            : { width: fit(r.width), height: fit(r.height), scale },
        );
      }
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, round]);
  return size;
}
