import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import './jobBar.css';

/**
 * A heavy run being built in the worker: what, how far, and Cancel, laid over the caption row
 * under the stage (LabLayout), so the stage keeps its size. The picture above it is the state
 * before the run and stays usable (step, select, switch labs) until the new run arrives or
 * Cancel keeps it.
 */
export function JobBar({ store }: { store: AnyLabStore }) {
  const job = useStore(store, (s) => s.job);
  // a job without progress shows on its stage instead ("Computing …", see Computing.tsx)
  if (job?.shown !== 'bar') return null;
  const pct = Math.round(job.progress * 100);
  return (
    <div className="job-bar" role="status">
      <span className="job-label">{job.label}</span>
      <progress className="job-progress" max={100} value={pct} aria-label={job.label} />
      <span className="job-pct" aria-hidden="true">
        {pct}%
      </span>
      <button type="button" onClick={() => store.getState().cancelJob()}>
        Cancel
      </button>
    </div>
  );
}
