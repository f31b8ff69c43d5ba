import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's size in CSS pixels, kept current by a ResizeObserver. */
export function useSize(
  ref: RefObject<HTMLElement | null>,
  initial = { width: 850, height: 480 },
): { width: number; height: number } {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        setSize((s) =>
          Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1
            ? s
            : { width: Math.round(r.width), height: Math.round(r.height) },
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
