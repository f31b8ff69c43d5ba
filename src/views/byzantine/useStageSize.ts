import { useLayoutEffect, useState } from 'react';
import { uiScale } from '../common/uiScale';

/** The stage's size in CSS pixels, kept current by a ResizeObserver. */
export function useSize(ref: React.RefObject<HTMLDivElement | null>): {
  width: number;
  height: number;
  /** the UI scale (views/common/uiScale.ts): the ring is laid out at width / scale */
  scale: number;
} {
  const [size, setSize] = useState({ width: 850, height: 480, scale: 1 });
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
