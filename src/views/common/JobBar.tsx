import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import './jobBar.css';

/**
 * A heavy run being built in the worker: what, how far, and Cancel, laid over the caption row
 * under the stage (LabLayout), so the stage keeps its size and nothing on it is covered. The
 * picture above it is the state before the run and stays usable (step, select, switch labs)
 * until the new run arrives or Cancel keeps it. A job without progress (a big Byzantine run, a
 * search) shows what it computes, with a spinner.
 */
export function JobBar({ store }: { store: AnyLabStore }) {
  const job = useStore(store, (s) => s.job);
  if (!job) return null;
  if (job.shown !== 'bar')
    return (
      <div className="job-bar computing" role="status">
        <span className="spinner" aria-hidden="true" />
        {job.label}
      </div>
    );
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
