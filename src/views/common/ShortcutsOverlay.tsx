import { useEffect, useRef } from 'react';
import './overlay.css';

/** Every key the app answers to, as the "?" overlay lists them. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['Space'], action: 'Play / pause' },
  { keys: ['→', 'PageDown'], action: 'Step forward (a presenter remote’s “next”)' },
  { keys: ['←', 'PageUp'], action: 'Step back (a presenter remote’s “previous”)' },
  { keys: ['Home'], action: 'Restart: back to step 0' },
  { keys: ['End'], action: 'Jump to the last step' },
  { keys: ['F'], action: 'Presentation mode on / off' },
  { keys: ['?'], action: 'Show or hide these shortcuts' },
  { keys: ['Esc'], action: 'Close an overlay or panel; leave a text field' },
  { keys: ['Tab'], action: 'Move to the next node or general; Enter selects it' },
];

/** The shortcuts overlay: a modal dialog that Esc, "?" or its button closes. */
export function ShortcutsOverlay({ onClose }: { onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div
      className="overlay-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        className="shortcuts panel"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <div className="panel-head">
          <h2>Keyboard shortcuts</h2>
        </div>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? ' or ' : null}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          These work wherever the focus is, except while typing in a text field or in a dialog.
        </p>
        <button ref={closeRef} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
