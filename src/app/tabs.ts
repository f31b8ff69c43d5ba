/**
 * Two tabs of Ringside share one autosave: the last to save wins on the next reload. Each tab
 * says hello on a BroadcastChannel; any other tab answers. The `storage` event also tells a
 * tab when another one wrote a lab's autosave. Either way the user is told before this tab
 * overwrites anything.
 */
import type { LabEntry } from '../store/contract';
import { saveStatus } from '../store/saveStatus';
import { storageKey } from './saved';

const CHANNEL = 'ringside';

export function watchOtherTabs(labs: readonly LabEntry[]): () => void {
  const me = Math.random().toString(36).slice(2);
  const seen = (): void =>
    saveStatus.getState().set({
      id: 'other-tab',
      level: 'info',
      text:
        'Ringside is also open in another tab. Both autosave to this browser: the lab you change last ' +
        'is what a reload shows. Use Share link or Export to keep a version.',
      actions: [],
    });

  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<{ type: string; from: string }>) => {
      if (e.data?.from === me) return;
      if (e.data?.type === 'hello') channel?.postMessage({ type: 'here', from: me });
      if (e.data?.type === 'hello' || e.data?.type === 'here') seen();
    };
    channel.postMessage({ type: 'hello', from: me });
  } catch {
    channel = null; // no BroadcastChannel: the storage event below still tells
  }

  const onStorage = (e: StorageEvent): void => {
    const lab = labs.find((l) => e.key === storageKey(l.id));
    if (!lab || e.newValue === null) return;
    saveStatus.getState().set({
      id: `other-tab-saved:${lab.id}`,
      level: 'warn',
      text:
        `Another tab just saved its ${lab.title} scenario. If you change the ${lab.title} lab here, ` +
        `this tab's autosave replaces that one.`,
      actions: [],
    });
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
    channel?.close();
  };
}
