/**
 * localStorage that never throws. When the browser blocks site data, even reading
 * `window.localStorage` throws a SecurityError; when the quota is full, setItem throws a
 * QuotaExceededError. The app must keep working in both cases and say what it cannot do.
 */
export type WriteResult = 'ok' | 'quota' | 'blocked';

export interface SafeStorage {
  /** false when the browser refuses site data altogether */
  readonly available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): WriteResult;
  remove(key: string): void;
}

function isQuota(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
  );
}

export function openStorage(): SafeStorage {
  let ls: Storage | null = null;
  try {
    ls = window.localStorage;
    ls.getItem('ringside:probe');
  } catch {
    ls = null;
  }
  const store = ls;
  return {
    available: store !== null,
    get: (key) => {
      try {
        return store ? store.getItem(key) : null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      if (!store) return 'blocked';
      try {
        store.setItem(key, value);
        return 'ok';
      } catch (e) {
        return isQuota(e) ? 'quota' : 'blocked';
      }
    },
    remove: (key) => {
      try {
        store?.removeItem(key);
      } catch {
        // nothing to do: blocked storage holds nothing of ours
      }
    },
  };
}

let shared: SafeStorage | null = null;
/** One wrapper for the page (sync and theme). */
export function appStorage(): SafeStorage {
  shared ??= openStorage();
  return shared;
}
