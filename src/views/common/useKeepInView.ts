import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps the marked elements under a box (the executing pseudo-code lines, the finger-table row a
 * hop used) in sight: when `dep` changes, and when the panel around them is resized (a caption
 * growing by a line shrinks the stage), the nearest scrolling panel above them scrolls just
 * enough to show them, the first one first. Only that panel moves, never the page.
 */
export function useKeepInView<T extends HTMLElement>(selector: string, dep: unknown) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const keep = () => {
      const marked = [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])];
      const first = marked[0];
      if (first) keepInView(first, marked.at(-1));
    };
    keep();
    const box = ref.current ? scroller(ref.current) : null;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(keep);
    watch.observe(box);
    return () => watch.disconnect();
  }, [selector, dep]);
  return ref;
}

/** The nearest ancestor that scrolls vertically (or could), below the page. */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let box = el.parentElement; box; box = box.parentElement) {
    if (box === document.body || box === document.documentElement) return null;
    if (/auto|scroll/.test(getComputedStyle(box).overflowY)) return box;
  }
  return null;
}

/** Scrolls the nearest scrolling ancestor of `first` to show first…last (first if both do not fit). */
export function keepInView(first: HTMLElement, last: HTMLElement = first): void {
  const box = scroller(first);
  if (!box || box.scrollHeight <= box.clientHeight) return;
  const b = box.getBoundingClientRect();
  const top = first.getBoundingClientRect().top;
  const bottom = last.getBoundingClientRect().bottom;
  const margin = 4;
  // a heading stuck to the panel's top (the node panel's) covers what scrolls under it
  const under = b.top + stuckAbove(first, box);
  let by = Math.max(0, bottom - (b.bottom - margin));
  if (top - by < under + margin) by = top - (under + margin);
  if (by !== 0) box.scrollTop += by;
}

/**
 * How far below the top of `box` the sticky headings of `el`'s sections end once stuck (they stay
 * on top of what scrolls under them); 0 without any. A sticky `top` counts from the padding edge.
 */
function stuckAbove(el: HTMLElement, box: HTMLElement): number {
  let below = 0;
  for (let at: HTMLElement | null = el; at && at !== box; at = at.parentElement)
    for (let sib = at.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const s = getComputedStyle(sib);
      if (s.position !== 'sticky') continue;
      const stuck =
        box.clientTop + parseFloat(getComputedStyle(box).paddingTop) + parseFloat(s.top);
      below = Math.max(below, stuck + sib.getBoundingClientRect().height);
    }
  return below;
}
