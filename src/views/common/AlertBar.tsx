import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { CloseButton } from './CloseButton';

/** Bad input of any kind lands here: one clear sentence, the current state untouched. */
export function AlertBar({ store }: { store: AnyLabStore }) {
  const error = useStore(store, (s) => s.error);
  const { dismissError } = store.getState();
  // notices (hints, confirmations) head the side panel: see Notice
  return (
    <div className="alerts">
      {error ? (
        <div role="alert" className="alert error">
          <strong>Problem:</strong> <span>{error}</span>
          <CloseButton label="Dismiss message" onClose={dismissError} />
        </div>
      ) : null}
    </div>
  );
}
