import type { LabEntry } from '../store/contract';
import type { LabId } from '../store/labId';
import { decodeScenario, formatHash, parseHash } from '../store/share';
import { appStorage } from './storage';
import { restoreSaved, storageKey } from './saved';
import { watchOtherTabs } from './tabs';
import { saveStatus } from '../store/saveStatus';
import { pendingOf } from '../store/lab';
import { parseScenarioJson } from '../engine/scenario/json';
import { exportScenario } from '../views/common/download';
import { whenIdle } from './idle';

/**
 * A browser keeps about 5 MB per site (counted in UTF-16 units); a bigger scenario is not
 * attempted, and the user is told to export it.
 */
export const MAX_AUTOSAVE_CHARS = 2_500_000;
/** Chromium refuses URLs over 2 MB; the hash is skipped beyond this. */
export const MAX_HASH_CHARS = 1_500_000;

/**
 * Keeps each lab's scenario in localStorage (a reload loses nothing) and the active lab's
 * scenario in the URL hash (copying the address bar reproduces the exact state). Never
 * throws: blocked storage, a full quota, a scenario too big, another tab and a state that
 * crashed a view each get a message in the save banner instead.
 */
export interface Sync {
  /** switch the active lab: its scenario goes into the hash at once */
  activate(lab: LabId): void;
  /** a view crashed on this lab's state: that state must never be saved */
  crashed(lab: LabId): void;
  /** "Try again": back to the last state that was saved (it rendered), else the default */
  recover(lab: LabId): void;
  stop(): void;
}

const mb = (chars: number) => `${((chars * 2) / 1e6).toFixed(1)} MB`;

export function startSync(labs: readonly LabEntry[], onRoute: (lab: LabId) => void): Sync {
  const storage = appStorage();
  let lastHash = '';
  /** the address the app last applied or wrote; any other address is a link not yet applied */
  let handled = '';
  let active: LabId = parseHash(window.location.hash).lab;
  /** cancels the write scheduled for idle time; null when none is due */
  let pending: (() => void) | null = null;
  const status = saveStatus.getState();
  /** per lab: the last text written or restored (a state that rendered), the one before it */
  const good = new Map<LabId, { last: string | null; before: string | null }>();
  const dirty = new Set<LabId>();
  const crashed = new Set<LabId>();
  const frozen = new Set<LabId>();

  const exportAction = (lab: LabEntry) => ({
    label: 'Export scenario',
    run: () => exportScenario(lab.store.getState().snapshot()),
  });

  if (!storage.available) {
    status.set({
      id: 'blocked',
      level: 'warn',
      text:
        'This browser does not let Ringside save data for this site, so nothing is autosaved: ' +
        'a reload starts afresh. Share link and Export scenario still keep your work.',
      actions: [],
    });
  }

  const save = (lab: LabEntry): void => {
    if (crashed.has(lab.id) || frozen.has(lab.id) || !storage.available) return;
    const text = JSON.stringify(lab.store.getState().snapshot());
    const prev = good.get(lab.id);
    if (prev?.last === text) return;
    if (text.length > MAX_AUTOSAVE_CHARS) {
      status.set({
        id: `too-big:${lab.id}`,
        level: 'warn',
        text:
          `This ${lab.title} scenario is too big to autosave (${mb(text.length)}; a browser keeps about ` +
          `5 MB per site), so a reload would lose it. Export it to keep it.`,
        actions: [exportAction(lab)],
      });
      return;
    }
    status.clear(`too-big:${lab.id}`);
    const result = storage.set(storageKey(lab.id), text);
    if (result === 'ok') {
      good.set(lab.id, { last: text, before: prev?.last ?? null });
      status.clear(`quota:${lab.id}`);
      status.clear(`other-tab-saved:${lab.id}`);
    } else {
      status.set({
        id: `quota:${lab.id}`,
        level: 'warn',
        text:
          `Autosave failed: this browser's storage for the site is full, so a reload would lose ` +
          `your ${lab.title} work. Export it to keep it.`,
        actions: [exportAction(lab)],
      });
    }
  };

  /**
   * A lab building a run in its worker (a big link loading) shows the old state until then; the
   * address bar keeps the link being opened.
   */
  const building = (lab: LabEntry) => {
    const s = lab.store.getState();
    return pendingOf(s) !== null; // a search keeps the state shown: it is not building
  };
  const writeNow = () => {
    pending = null;
    if (unhandledLink()) {
      // The address changed (a pasted link, Back) and its hashchange has not run yet: the link
      // wins over the autosave, which would otherwise write the old state over it and lose it.
      onHash();
      return;
    }
    for (const lab of labs) {
      if (dirty.has(lab.id) && !building(lab)) {
        save(lab);
        dirty.delete(lab.id);
      }
    }
    const entry = labs.find((l) => l.id === active);
    if (!entry || crashed.has(entry.id) || building(entry)) return;
    const hash = formatHash(entry.id, entry.store.getState().snapshot());
    if (hash.length > MAX_HASH_CHARS) return;
    if (hash !== window.location.hash) {
      lastHash = handled = hash;
      try {
        window.history.replaceState(null, '', hash);
      } catch {
        // a URL the browser refuses: the autosave and Export still hold the state
      }
    }
  };
  // At idle time, once for any number of changes: the write (stringify, compress, replaceState)
  // is not part of the frame that shows an action, and play mode moves the cursor several times
  // a second. A link that arrives meanwhile still wins (writeNow applies it first).
  const schedule = () => {
    if (!pending) pending = whenIdle(writeNow);
  };

  // 1. Restore what was autosaved; keep aside what cannot be restored.
  for (const lab of labs) {
    const r = restoreSaved(
      storage,
      lab,
      () => {
        frozen.delete(lab.id);
        dirty.add(lab.id);
        schedule();
      },
      () => frozen.add(lab.id),
    );
    good.set(lab.id, { last: r.good, before: null });
    if (r.frozen) frozen.add(lab.id);
  }

  // 2. A link wins over the autosave.
  const applyRoute = (hash: string, startup = false) => {
    const route = parseHash(hash);
    active = route.lab;
    onRoute(route.lab);
    const lab = labs.find((l) => l.id === route.lab);
    if (!lab || !route.packed || hash === lastHash) return;
    try {
      const raw = decodeScenario(route.packed);
      // A reload: the address bar holds the state just restored (a heavy one still building
      // in the worker). Opening it again would only restart that build.
      if (startup && JSON.stringify(raw) === good.get(lab.id)?.last) return;
      if (lab.store.getState().load(raw, 'link')) dirty.add(lab.id);
    } catch (e) {
      lab.store.getState().report(e);
    }
  };
  handled = window.location.hash;
  applyRoute(handled, true);
  // Not written at once: a link that crashes a view must not reach the autosave first.
  schedule();

  function onHash() {
    const here = window.location.hash;
    if (here === handled) return;
    handled = here;
    if (here === lastHash) return;
    applyRoute(here);
    schedule();
  }
  /** An address nobody applied yet, other than this state's own link (which Share link writes). */
  function unhandledLink(): boolean {
    const here = window.location.hash;
    if (here === handled || here === lastHash) return false;
    const entry = labs.find((l) => l.id === active);
    if (entry && here === formatHash(entry.id, entry.store.getState().snapshot())) {
      handled = lastHash = here;
      return false;
    }
    return true;
  }
  window.addEventListener('hashchange', onHash);
  const stopTabs = watchOtherTabs(labs);
  const unsubs = labs.map((lab) =>
    lab.store.subscribe((s, prev) => {
      if (
        s.scenario !== prev.scenario ||
        s.view !== prev.view ||
        s.timeline.cursor !== prev.timeline.cursor ||
        (prev.job && !s.job)
      ) {
        dirty.add(lab.id);
        schedule();
      }
    }),
  );
  const flush = () => {
    if (pending) {
      pending();
      writeNow();
    }
  };
  window.addEventListener('pagehide', flush);

  return {
    activate: (lab) => {
      active = lab;
      onRoute(lab);
      writeNow();
    },
    crashed: (id) => {
      crashed.add(id);
      dirty.delete(id);
      const lab = labs.find((l) => l.id === id);
      const g = good.get(id);
      if (!lab || !g) return;
      // If the crashing state was already written, put the one before it back.
      const now = JSON.stringify(lab.store.getState().snapshot());
      if (g.last === now) {
        if (g.before === null) storage.remove(storageKey(id));
        else storage.set(storageKey(id), g.before);
        good.set(id, { last: g.before, before: null });
      }
      lastHash = handled = `#/${id}`;
      try {
        window.history.replaceState(null, '', lastHash);
      } catch {
        // the hash stays; the autosave is already safe
      }
    },
    recover: (id) => {
      const lab = labs.find((l) => l.id === id);
      if (!lab) return;
      const last = good.get(id)?.last ?? null;
      let ok = false;
      if (last !== null) {
        try {
          ok = lab.store.getState().load(parseScenarioJson(last), 'last saved state');
        } catch {
          ok = false;
        }
      }
      if (!ok) lab.store.getState().reset();
      lab.store
        .getState()
        .notify(
          ok
            ? 'Back to the last state that worked.'
            : 'Back to the default scenario: no earlier state worked.',
        );
      crashed.delete(id);
      dirty.add(id);
      schedule();
    },
    stop: () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', flush);
      stopTabs();
      unsubs.forEach((u) => u());
      pending?.();
    },
  };
}
