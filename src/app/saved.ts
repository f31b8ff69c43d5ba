/**
 * The autosaved scenario of each lab: restoring it, and keeping aside one that cannot be
 * restored (a newer version, another kind, a truncated write) instead of overwriting it or
 * dropping it without a word.
 */
import type { LabEntry } from '../store/contract';
import type { SafeStorage } from './storage';
import { parseScenarioJson } from '../engine/scenario/json';
import { messageOf } from '../store/lab';
import { saveStatus } from '../store/saveStatus';
import { downloadText } from '../views/common/download';

export const storageKey = (lab: string) => `ringside:scenario:${lab}`;
/** where an unrestorable saved scenario waits until the user exports or discards it */
export const keptKey = (lab: string) => `ringside:unrestored:${lab}`;

/** What a saved copy that could not be restored offers: export it as a file, or discard it. */
const copyActions = (lab: LabEntry, text: string, discard: () => void) => [
  {
    label: 'Export saved copy',
    run: () => downloadText(`ringside-${lab.id}-unrestored.json`, text),
  },
  { label: 'Discard saved copy', run: discard },
];

/** Shows the kept-aside copy of a lab, if there is one, with Export and Discard. */
export function showKept(storage: SafeStorage, lab: LabEntry, why?: string): void {
  const text = storage.get(keptKey(lab.id));
  if (text === null) return;
  const id = `kept:${lab.id}`;
  saveStatus.getState().set({
    id,
    level: 'warn',
    text:
      `Your saved ${lab.title} scenario could not be restored${why ? `: ${why.replace(/\.$/, '')}` : ''}. ` +
      `It is kept aside, not overwritten: export it to keep it, or discard it.`,
    actions: copyActions(lab, text, () => {
      storage.remove(keptKey(lab.id));
      saveStatus.getState().clear(id);
    }),
  });
}

/**
 * Loads a lab's autosave. Returns the text that is now known good (null when there was none
 * or it could not be restored). A copy that fails is moved to keptKey; if even that cannot be
 * written, `frozen` is returned true and the lab must not autosave over it.
 */
export function restoreSaved(
  storage: SafeStorage,
  lab: LabEntry,
  unfreeze: () => void,
  freeze: () => void = () => {},
): { good: string | null; frozen: boolean } {
  const text = storage.get(storageKey(lab.id));
  if (text === null) {
    showKept(storage, lab);
    return { good: null, frozen: false };
  }
  let why: string | null = null;
  let started = false;
  try {
    const raw = parseScenarioJson(text, 'it');
    // a saved copy that fails says so in the banner, not as an error over the default
    const before = lab.store.getState().error;
    // a heavy one is built in the worker: if that fails or is cancelled, keep it aside then
    const settled = (ok: boolean, late: string | null) => {
      if (!started || ok) return;
      lab.store.setState({ error: null });
      if (keepAside(storage, lab, text, late, unfreeze)) freeze();
    };
    if (lab.store.getState().load(raw, 'saved scenario', settled)) {
      started = true;
      showKept(storage, lab); // an older copy kept aside is still there until exported or discarded
      return { good: text, frozen: false };
    }
    why = lab.store.getState().error;
    lab.store.setState({ error: before });
  } catch (e) {
    why = messageOf(e);
  }
  return { good: null, frozen: keepAside(storage, lab, text, why, unfreeze) };
}

/**
 * Moves a saved copy that could not be restored aside and says so; true ("frozen") when even
 * that could not be written, so the lab must not autosave over it.
 */
function keepAside(
  storage: SafeStorage,
  lab: LabEntry,
  text: string,
  why: string | null,
  unfreeze: () => void,
): boolean {
  const moved =
    storage.get(keptKey(lab.id)) === text || storage.set(keptKey(lab.id), text) === 'ok';
  if (moved) {
    showKept(storage, lab, why ?? undefined);
    return false;
  }
  saveStatus.getState().set({
    id: `kept:${lab.id}`,
    level: 'warn',
    text:
      `Your saved ${lab.title} scenario could not be restored: ${why?.replace(/\.$/, '')}. Autosave of this lab is ` +
      `paused so it is not overwritten: export it, or discard it to save again.`,
    actions: copyActions(lab, text, () => {
      storage.remove(storageKey(lab.id));
      saveStatus.getState().clear(`kept:${lab.id}`);
      unfreeze();
    }),
  });
  return true;
}
