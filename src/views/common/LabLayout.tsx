import { useEffect, useRef, type ComponentType } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { PlayerBar } from '../player/PlayerBar';
import { Caption, Narration } from '../player/Narration';
import { QuizBar } from '../player/QuizBar';
import { ErrorBoundary } from './ErrorBoundary';
import './presentation.css';
import { Notice } from './Notice';
import { JobBar } from './JobBar';

/** The pieces a lab fills the layout with, as components. */
export interface LabParts {
  /** controls above the stage (inputs, buttons) */
  Toolbar: ComponentType;
  /** the picture */
  Stage: ComponentType;
  /** side panels (details, tables); the narration is added below them */
  Side: ComponentType;
  /** the one panel presentation mode keeps beside the stage (finger table, decisions);
   *  without it, presentation mode shows the side panels */
  Essential?: ComponentType;
}

interface Props {
  store: AnyLabStore;
  /** the lab's name for the stage region */
  label: string;
  parts: LabParts;
}

/** Every lab shares one layout: toolbar, stage with caption, player bar, side panels + narration. */
export function LabLayout({ store, label, parts }: Props) {
  const { Toolbar, Stage, Side, Essential = Side } = parts;
  // Presentation mode only hides what it does not show (styles.css), so leaving it restores
  // the layout exactly: every panel keeps its state and scroll position.
  const present = useStore(store, (s) => s.view.present === true);
  const side = useRef<HTMLElement>(null);
  // A load (a lesson, a file, a link) replaces the run and its view at once: its side panel
  // starts at the top, not where the last run's was scrolled (a row half under the node
  // panel's sticky heading, the checker out of sight). Done as the store changes, before the
  // new run renders, so the new panel's keep-in-view still scrolls to a row it highlights.
  useEffect(
    () =>
      store.subscribe((s, was) => {
        if (s.scenario === was.scenario || s.view === was.view) return;
        const panels = side.current?.querySelector('.side-panels');
        if (panels) panels.scrollTop = 0;
      }),
    [store],
  );
  return (
    <div className="lab">
      <div className="lab-main">
        <div className="toolbar" role="toolbar" aria-label={`${label} controls`}>
          <Toolbar />
        </div>
        {/* focus returns here after a control is used, so the player keys reach the player */}
        <section className="stage" aria-label={label} tabIndex={-1} data-stage>
          <ErrorBoundary label={`the ${label} view`}>
            <Stage />
          </ErrorBoundary>
        </section>
        {/* A run building lays its bar over the caption row: over the stage it hid the
            pseudo-code, and in a row of its own it shrank the stage and grew it back, each time
            laying out and drawing the whole ring again (two extra redraws of 10,000 nodes). */}
        <div className="below-stage">
          <QuizBar store={store} />
          <Caption store={store} />
          <JobBar store={store} />
        </div>
        <PlayerBar store={store} />
      </div>
      {present ? (
        <aside className="present-side" aria-label={`${label}: essentials`}>
          <ErrorBoundary label="the panel">
            <Essential />
          </ErrorBoundary>
          <button
            type="button"
            className="present-exit"
            onClick={() => store.getState().setView({ present: undefined })}
            title="Leave presentation mode (F or Esc)"
          >
            Exit presentation
          </button>
        </aside>
      ) : null}
      <aside className="side" ref={side}>
        <Notice store={store} />
        <ErrorBoundary label="the side panel">
          <Side />
        </ErrorBoundary>
        <Narration store={store} />
      </aside>
    </div>
  );
}
