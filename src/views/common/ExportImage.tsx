import { useState } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { download } from './download';
import { buildSlide, slideName, slidePng } from './slide';
import { withFonts } from './slideFonts';

/**
 * "Export image": the stage (its pictures, pseudo-code and legend) and the caption as a 2× PNG
 * or a standalone SVG with its styles and fonts inlined.
 */
export function ExportImage({ lab, store }: { lab: string; store: AnyLabStore }) {
  const [open, setOpen] = useState(false);
  const cursor = useStore(store, (s) => s.timeline.cursor);
  const group = useStore(store, (s) =>
    s.timeline.cursor > 0 ? s.timeline.steps[s.timeline.cursor - 1]?.group : undefined,
  );
  const name = (ext: string) => slideName(lab, group, cursor, ext);

  const save = async (ext: 'png' | 'svg') => {
    const stage = document.querySelector<HTMLElement>('[data-stage]');
    if (!stage) return;
    try {
      const slide = await withFonts(
        buildSlide(stage, document.querySelector<HTMLElement>('.caption')),
      );
      const blob =
        ext === 'svg' ? new Blob([slide.svg], { type: 'image/svg+xml' }) : await slidePng(slide, 2);
      download(blob, name(ext));
      store.getState().notify(`Saved ${name(ext)}.`);
    } catch (e) {
      store.getState().report(e);
    }
  };

  return (
    <div className="export-image">
      <button type="button" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        Export image
      </button>
      {open ? (
        <div
          className="popover"
          role="dialog"
          aria-label="Export image"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <p>The stage, its pseudo-code and legend, and the caption, in the current theme.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => save('png')} autoFocus>
              PNG (2×)
            </button>
            <button type="button" onClick={() => save('svg')}>
              SVG
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          <p className="muted mono">{name('png')}</p>
        </div>
      ) : null}
    </div>
  );
}
