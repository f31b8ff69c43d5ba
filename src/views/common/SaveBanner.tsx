import { useStore } from 'zustand';
import './saveBanner.css';
import { saveStatus } from '../../store/saveStatus';
import { CloseButton } from './CloseButton';

/**
 * What the app could not save, in one line each, with what to do about it. It sits under the
 * header on every lab, so a lecturer sees it before the work is lost, not after a reload.
 */
export function SaveBanner() {
  const problems = useStore(saveStatus, (s) => s.problems);
  const shown = problems.filter((p) => !p.dismissed);
  if (shown.length === 0) return null;
  return (
    <div className="save-banner">
      {shown.map((p) => (
        <div
          key={p.id}
          className={`save-problem ${p.level}`}
          role={p.level === 'warn' ? 'alert' : 'status'}
          data-problem={p.id}
        >
          <span className="save-text">{p.text}</span>
          {p.actions.map((a) => (
            <button key={a.label} type="button" onClick={a.run}>
              {a.label}
            </button>
          ))}
          <CloseButton
            label="Dismiss this message"
            className="close"
            onClose={() => saveStatus.getState().dismiss(p.id)}
          />
        </div>
      ))}
    </div>
  );
}
