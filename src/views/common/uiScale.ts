/**
 * How much the whole UI is scaled for the viewport: 1 at 1280×720, 1.5 at 1920×1080.
 * styles.css sets the root font size from the viewport and every length is in rem; the stage's
 * SVG pictures are laid out in 1280×720 units and scaled by this factor through their viewBox,
 * so a projector shows the same picture, only bigger, text included.
 */
export function uiScale(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 16 : 1;
}
