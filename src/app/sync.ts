import type { LabEntry } from './registry';
import { decodeScenario, formatHash, parseHash, type LabId } from './share';

const storageKey = (lab: LabId) => `ringside:scenario:${lab}`;

/**
 * Keeps each lab's scenario in localStorage (a reload loses nothing) and the active lab's
 * scenario in the URL hash (copying the address bar reproduces the exact state).
 * Returns a cleanup function.
 */
export interface Sync {
  /** switch the active lab: its scenario goes into the hash at once */
  activate(lab: LabId): void;
  stop(): void;
}

export function startSync(labs: readonly LabEntry[], onRoute: (lab: LabId) => void): Sync {
  let lastHash = '';
  let active: LabId = parseHash(window.location.hash).lab;
  const getActive = () => active;
  let pending = 0;

  const writeNow = () => {
    pending = 0;
    for (const lab of labs) {
      try {
        window.localStorage.setItem(
          storageKey(lab.id),
          JSON.stringify(lab.store.getState().snapshot()),
        );
      } catch {
        // Storage full or disabled (private mode): the link still carries the state.
      }
    }
    const entry = labs.find((l) => l.id === getActive());
    if (!entry) return;
    const hash = formatHash(entry.id, entry.store.getState().snapshot());
    if (hash !== window.location.hash) {
      lastHash = hash;
      window.history.replaceState(null, '', hash);
    }
  };
  // Throttled: play mode moves the cursor several times a second.
  const schedule = () => {
    if (!pending) pending = window.setTimeout(writeNow, 120);
  };

  // 1. Restore what was autosaved.
  for (const lab of labs) {
    const saved = window.localStorage.getItem(storageKey(lab.id));
    if (!saved) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(saved);
    } catch {
      continue;
    }
    if (!lab.store.getState().load(raw, 'saved scenario')) {
      lab.store
        .getState()
        .report(
          `Your saved ${lab.title} scenario could not be restored: ${lab.store.getState().error}`,
        );
    }
  }

  // 2. A link wins over the autosave.
  const applyRoute = (hash: string) => {
    const route = parseHash(hash);
    active = route.lab;
    onRoute(route.lab);
    const lab = labs.find((l) => l.id === route.lab);
    if (!lab || !route.packed || hash === lastHash) return;
    try {
      lab.store.getState().load(decodeScenario(route.packed), 'link');
    } catch (e) {
      lab.store.getState().report(e);
    }
  };
  applyRoute(window.location.hash);
  writeNow();

  const onHash = () => {
    if (window.location.hash === lastHash) return;
    applyRoute(window.location.hash);
    schedule();
  };
  window.addEventListener('hashchange', onHash);
  const unsubs = labs.map((lab) =>
    lab.store.subscribe((s, prev) => {
      if (
        s.scenario !== prev.scenario ||
        s.view !== prev.view ||
        s.timeline.cursor !== prev.timeline.cursor
      ) {
        schedule();
      }
    }),
  );
  return {
    activate: (lab) => {
      active = lab;
      onRoute(lab);
      writeNow();
    },
    stop: () => {
      window.removeEventListener('hashchange', onHash);
      unsubs.forEach((u) => u());
      if (pending) window.clearTimeout(pending);
    },
  };
}
