import { useEffect, useState } from 'react';
import { appStorage } from './storage';

export type Theme = 'light' | 'dark';
const KEY = 'ringside:theme';

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the system theme until the user picks one with the toggle; the choice is remembered. */
export function useTheme(): [Theme, () => void] {
  const [chosen, setChosen] = useState<Theme | null>(() => {
    const saved = appStorage().get(KEY);
    return saved === 'light' || saved === 'dark' ? saved : null;
  });
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  const theme = chosen ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    // a full or blocked storage only means the choice is not remembered
    appStorage().set(KEY, next);
    setChosen(next);
  };
  return [theme, toggle];
}
