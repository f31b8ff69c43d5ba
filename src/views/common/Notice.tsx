import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { CloseButton } from './CloseButton';

/**
 * A notice (a lesson's hint, "New ring: 64 nodes…") heads the side panel for a while: it
 * covers nothing of the stage, and it sits where the explanations are read.
 */
export function Notice({ store }: { store: AnyLabStore }) {
  const notice = useStore(store, (s) => s.notice);
  const { notify } = store.getState();
  useEffect(() => {
    if (!notice) return;
    // Long enough to read aloud: a lesson hint is a sentence or two.
    const id = window.setTimeout(() => notify(null), 3000 + 60 * notice.length);
    return () => window.clearTimeout(id);
  }, [notice, notify]);
  return (
    <div className="notices" aria-live="polite">
      {notice ? (
        <div className="alert notice">
          <span>{notice}</span>
          <CloseButton label="Dismiss notice" onClose={() => notify(null)} />
        </div>
      ) : null}
    </div>
  );
}
