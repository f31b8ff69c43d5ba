import { useLayoutEffect, useState, type RefObject } from 'react';
import type { LabelBox } from './geometry';

/**
 * The boxes (in the ring's pixels) of everything floating over the ring: the pseudo-code and
 * legend, the corner buttons, the zoom tools, the minimap. Labels are placed around them.
 */
export function useFloatingPanels(
  boxRef: RefObject<HTMLDivElement | null>,
  scale: number,
): LabelBox[] {
  const [boxes, setBoxes] = useState<LabelBox[]>([]);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const stage = box?.parentElement;
    if (!box || !stage) return;
    const measure = () => {
      const origin = box.getBoundingClientRect();
      const floating = [
        ...[...stage.children].filter((el) => el !== box),
        ...box.querySelectorAll('.zoom-tools, .minimap'),
      ];
      const next = floating
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        // in the ring's units: CSS pixels over the UI scale
        .map((r) => ({
          x: (r.left - origin.left) / scale - 4,
          y: (r.top - origin.top) / scale - 4,
          w: r.width / scale + 8,
          h: r.height / scale + 8,
        }));
      setBoxes((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    for (const el of stage.children) ro.observe(el);
    box.querySelectorAll('.zoom-tools, .minimap').forEach((el) => ro.observe(el));
    const mo = new MutationObserver(() => {
      for (const el of stage.children) ro.observe(el);
      box.querySelectorAll('.zoom-tools, .minimap').forEach((el) => ro.observe(el));
      measure();
    });
    mo.observe(stage, { childList: true });
    mo.observe(box, { childList: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [boxRef, scale]);
  return boxes;
}
