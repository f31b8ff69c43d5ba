import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../app/registry';

/** Bad input of any kind lands here: one clear sentence, the current state untouched. */
export function AlertBar({ store }: { store: AnyLabStore }) {
  const error = useStore(store, (s) => s.error);
  const notice = useStore(store, (s) => s.notice);
  const { dismissError, notify } = store.getState();

  useEffect(() => {
    if (!notice) return;
    // Long enough to read aloud: a lesson hint is a sentence or two.
    const id = window.setTimeout(() => notify(null), 3000 + 60 * notice.length);
    return () => window.clearTimeout(id);
  }, [notice, notify]);

  return (
    <>
      <div className="alerts">
        {error ? (
          <div role="alert" className="alert error">
            <strong>Problem:</strong> <span>{error}</span>
            <button type="button" onClick={dismissError} aria-label="Dismiss message">
              ×
            </button>
          </div>
        ) : null}
      </div>
      <div className="notices" aria-live="polite">
        {notice ? <div className="alert notice">{notice}</div> : null}
      </div>
    </>
  );
}
