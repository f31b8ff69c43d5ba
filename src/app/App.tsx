import { useEffect, useMemo, useRef, useState } from 'react';
import { LABS as LAB_ENTRIES } from './labs';
import type { LabEntry } from '../store/contract';
import type { LabId } from '../store/labId';
import { parseHash } from '../store/share';
import { startSync, type Sync } from './sync';
import { useTheme } from './theme';
import { useShellKeys } from './keyboard';
import { usePresentation } from './presentation';
import { focusStage, useFocusReturn } from './focus';
import { ShortcutsOverlay } from '../views/common/ShortcutsOverlay';
import { ExportImage } from '../views/common/ExportImage';
import { AlertBar } from '../views/common/AlertBar';
import { ScenarioMenu } from '../views/common/ScenarioMenu';
import { LessonPicker } from '../views/common/LessonPicker';
import { ErrorBoundary, RecoveryContext, type Recovery } from '../views/common/ErrorBoundary';
import { SaveBanner } from '../views/common/SaveBanner';
import { NamedButton } from '../views/common/NamedButton';

export function App() {
  const [labId, setLabId] = useState<LabId>(() => parseHash(window.location.hash).lab);
  const [theme, toggleTheme] = useTheme();
  const active = useMemo(() => LAB_ENTRIES.find((l) => l.id === labId) ?? LAB_ENTRIES[0]!, [labId]);

  const sync = useRef<Sync | null>(null);

  useEffect(() => {
    const s = startSync(LAB_ENTRIES, setLabId);
    sync.current = s;
    return () => s.stop();
  }, []);

  const [present, setPresent] = usePresentation(active.store);
  const [help, setHelp] = useState(false);
  const closeHelp = () => {
    setHelp(false);
    focusStage();
  };
  useFocusReturn();
  useShellKeys({
    store: active.store,
    onHelp: () => setHelp((h) => !h),
    onPresent: () => setPresent(),
    onEscape: () => {
      if (help) closeHelp();
      else if (present) setPresent(false);
      else active.dismiss?.();
    },
  });

  const switchTo = (lab: LabEntry) => {
    active.store.getState().pause();
    if (sync.current) sync.current.activate(lab.id);
    else setLabId(lab.id);
  };

  const [epoch, setEpoch] = useState(0);
  const recovery = useMemo<Recovery>(
    () => ({
      crashed: () => sync.current?.crashed(active.id),
      recover: () => {
        sync.current?.recover(active.id);
        setEpoch((e) => e + 1);
      },
      epoch,
    }),
    [active.id, epoch],
  );

  const View = active.View;
  // [accessible name, tooltip, action, visible text]
  const headerButtons: [string, string, () => void, string][] = [
    ['Presentation mode', 'Presentation mode (F)', () => setPresent(true), 'Present'],
    ['Keyboard shortcuts', 'Keyboard shortcuts (?)', () => setHelp(true), '?'],
    [
      theme === 'dark' ? 'Light theme' : 'Dark theme',
      'Toggle theme',
      toggleTheme,
      theme === 'dark' ? '☀' : '☾',
    ],
  ];
  return (
    <RecoveryContext.Provider value={recovery}>
      <div className={present ? 'app presenting' : 'app'}>
        <header className="header">
          <h1 className="brand">
            <svg viewBox="0 0 64 64" width="30" height="30" aria-hidden="true">
              <circle cx="32" cy="32" r="22" fill="none" stroke="currentColor" strokeWidth="6" />
              <circle cx="32" cy="10" r="7" fill="var(--accent)" />
              <circle cx="51" cy="43" r="7" fill="var(--ok)" />
              <circle cx="13" cy="43" r="7" fill="var(--bad)" />
            </svg>
            Ringside
          </h1>
          <nav aria-label="Labs" className="tabs">
            {LAB_ENTRIES.map((lab) => (
              <a
                key={lab.id}
                href={`#/${lab.id}`}
                aria-current={lab.id === active.id ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  if (lab.id !== active.id) switchTo(lab);
                }}
              >
                {lab.title}
              </a>
            ))}
          </nav>
          <div className="header-tools">
            <LessonPicker labs={LAB_ENTRIES} onSwitch={switchTo} />
            <ScenarioMenu labs={LAB_ENTRIES} active={active} onSwitch={switchTo} />
            <ExportImage lab={active.id} store={active.store} />
            {headerButtons.map(([name, title, onClick, text]) => (
              <NamedButton key={title} name={name} title={title} onClick={onClick}>
                {text}
              </NamedButton>
            ))}
          </div>
        </header>
        <SaveBanner />
        <AlertBar store={active.store} />
        <ErrorBoundary label={active.title}>
          <View key={active.id} />
        </ErrorBoundary>
        {help ? <ShortcutsOverlay onClose={closeHelp} /> : null}
      </div>
    </RecoveryContext.Provider>
  );
}
