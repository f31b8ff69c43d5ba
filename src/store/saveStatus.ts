/**
 * What the app cannot save, and why: blocked storage, a full quota, a scenario too big to
 * autosave, a saved scenario kept aside, another tab. app/sync.ts sets these; the banner in
 * views/common/SaveBanner.tsx shows them with their actions (Export, Discard…).
 */
import { createStore } from 'zustand/vanilla';

export interface SaveAction {
  label: string;
  run(): void;
}

export interface SaveProblem {
  /** stable id: one message per cause ("quota", "kept:dht", "other-tab"…) */
  id: string;
  text: string;
  /** 'warn' for work at risk, 'info' for a state the user should know about */
  level: 'warn' | 'info';
  actions: SaveAction[];
  /** the user closed it; it comes back if its cause changes */
  dismissed?: boolean;
}

interface SaveStatus {
  problems: SaveProblem[];
  set(problem: SaveProblem): void;
  clear(id: string): void;
  dismiss(id: string): void;
}

export const saveStatus = createStore<SaveStatus>()((set, get) => ({
  problems: [],
  set: (problem) => {
    const old = get().problems.find((p) => p.id === problem.id);
    // the same message again stays dismissed; a new cause shows again
    const dismissed = old?.text === problem.text ? old.dismissed : undefined;
    const rest = get().problems.filter((p) => p.id !== problem.id);
    set({ problems: [...rest, { ...problem, dismissed }] });
  },
  clear: (id) => {
    if (get().problems.some((p) => p.id === id))
      set({ problems: get().problems.filter((p) => p.id !== id) });
  },
  dismiss: (id) =>
    set({ problems: get().problems.map((p) => (p.id === id ? { ...p, dismissed: true } : p)) }),
}));
