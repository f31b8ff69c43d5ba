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
): { width: number; height: number; scale: number } {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const scale = uiScale();
      if (r.width > 0 && r.height > 0) {
        setSize((s) =>
          Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1 && s.scale === scale
            ? s
            : { width: Math.round(r.width), height: Math.round(r.height), scale },
        );
      }
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
