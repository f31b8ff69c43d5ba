import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { AnyLabStore } from '../../store/contract';
import { PredictControls } from './PredictControls';

/** Milliseconds per step at 1× speed. */
export const BASE_STEP_MS = 1100;

/** Each player button's icon (a 24×24 path), by the button's name. */
const ICON: Record<string, string> = {
  Restart: 'M6 5v14M19 5 9 12l10 7z',
  'Step back': 'M18 5 8 12l10 7zM6 5v14',
  Play: 'M7 4l13 8-13 8z',
  Pause: 'M7 5h4v14H7zM14 5h4v14h-4z',
  'Step forward': 'M6 5l10 7-10 7zM18 5v14',
};
/** A player button: accessible name (its icon too), tooltip, action, disabled, class. */
type PlayerButton = [string, string, () => void, boolean, string?];

const fmtSpeed = (s: number) => `${s < 1 ? s.toString().replace(/^0/, '') : s}×`;

/**
 * The shared player: Play/Pause, Step back/forward, Restart, Speed, a scrubber and a status
 * line. Keyboard shortcuts live in app/keyboard.ts so a presenter remote works anywhere.
 */
export function PlayerBar({ store }: { store: AnyLabStore }) {
  const cursor = useStore(store, (s) => s.timeline.cursor);
  const total = useStore(store, (s) => s.timeline.steps.length);
  const playing = useStore(store, (s) => s.playing);
  const speed = useStore(store, (s) => s.speed);
  const group = useStore(store, (s) =>
    s.timeline.cursor > 0 ? s.timeline.steps[s.timeline.cursor - 1]?.group : undefined,
  );
  const { togglePlay, forward, back, restart, jump, setSpeed, tick } = store.getState();

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(tick, BASE_STEP_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, tick]);

  const play = playing ? 'Pause' : 'Play';
  const buttons: PlayerButton[] = [
    ['Restart', 'Restart (Home)', restart, cursor === 0],
    ['Step back', 'Step back (← or PageUp)', back, cursor === 0],
    [play, `${play} (Space)`, togglePlay, total === 0, 'primary play'],
    ['Step forward', 'Step forward (→ or PageDown)', forward, cursor >= total],
  ];

  return (
    <div className="player" role="group" aria-label="Player">
      <div className="player-buttons">
        {buttons.map(([label, title, run, off, className], i) => (
          // the same four buttons always: the play button keeps focus when it turns to Pause
          <button
            key={i}
            type="button"
            className={className}
            onClick={run}
            aria-label={label}
            title={title}
            disabled={off}
          >
            <Icon d={ICON[label]!} />
          </button>
        ))}
      </div>
      <input
        className="scrubber"
        type="range"
        min={0}
        max={total}
        step={1}
        value={cursor}
        aria-label="Scrubber"
        aria-valuetext={`Step ${cursor} of ${total}`}
        onChange={(e) => jump(Number(e.target.value))}
        disabled={total === 0}
      />
      <div role="status" className="player-status" aria-live="polite">
        Step {cursor} of {total}
        {group ? <span className="player-group"> · {group}</span> : null}
      </div>
      <label className="speed">
        <span>Speed</span>
        <input
          type="range"
          aria-label="Speed"
          min={-2}
          max={3}
          step={1}
          value={Math.round(Math.log2(speed))}
          aria-valuetext={fmtSpeed(speed)}
          onChange={(e) => setSpeed(2 ** Number(e.target.value))}
        />
        <output>{fmtSpeed(speed)}</output>
      </label>
      <PredictControls store={store} />
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="currentColor"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
