import type { ReactNode } from 'react';
import type { AnyLabStore } from '../../app/registry';
import { PlayerBar } from '../player/PlayerBar';
import { Caption, Narration } from '../player/Narration';
import { ErrorBoundary } from './ErrorBoundary';
import { Notice } from './Notice';

interface Props {
  store: AnyLabStore;
  /** the lab's name for the stage region */
  label: string;
  /** controls above the stage (inputs, buttons) */
  toolbar: ReactNode;
  /** the picture */
  stage: ReactNode;
  /** side panels (details, tables); the narration is added below them */
  side: ReactNode;
}

/** Both labs share one layout: toolbar, stage with caption, player bar, side panels + narration. */
export function LabLayout({ store, label, toolbar, stage, side }: Props) {
  return (
    <div className="lab">
      <div className="lab-main">
        <div className="toolbar" role="toolbar" aria-label={`${label} controls`}>
          {toolbar}
        </div>
        {/* focus returns here after a control is used, so the player keys reach the player */}
        <section className="stage" aria-label={label} tabIndex={-1} data-stage>
          <ErrorBoundary label={`the ${label} view`}>{stage}</ErrorBoundary>
        </section>
        <Caption store={store} />
        <PlayerBar store={store} />
      </div>
      <aside className="side">
        <Notice store={store} />
        <ErrorBoundary label="the side panel">{side}</ErrorBoundary>
        <Narration store={store} />
      </aside>
    </div>
  );
}
