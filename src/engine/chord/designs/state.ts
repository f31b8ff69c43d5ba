/**
 * What the notes' other designs add to a ring's picture: a clock for cache TTLs, the leader
 * and the membership view each node holds, each node's cache of key → owner answers, and the
 * values a put left on a node that does not own them ("the value could be put in a wrong
 * node"). Plain immutable data; every rule returns a new DesignState.
 *
 * Message counting (every design, and Chord's results too): one message per request sent over
 * the network — a hop, a timed-out attempt, a view pushed, a batch of keys handed over.
 * Replies ride free, so a one-hop lookup costs 1.
 */
import type { OverlayBase } from '../frames';
import type { Key, NodeId } from '../ring';

/** A membership list as one node holds it; the leader bumps `version` on every change. */
export interface View {
  readonly version: number;
  readonly ids: readonly NodeId[];
}

/** A cached answer "key → owner", valid while clock < expires. */
export interface CacheEntry {
  readonly key: Key;
  readonly keyId: number;
  readonly owner: NodeId;
  readonly expires: number;
}

/** A value stored on a node that is not the key's owner. */
export interface Stray {
  readonly key: Key;
  readonly keyId: number;
  readonly value: string;
}

export interface DesignState {
  /** Operations run so far: a cache entry filled at clock t with TTL k expires at t + k. */
  readonly clock: number;
  /** leader design: the node that orders every membership change (null after it crashed). */
  readonly leader: NodeId | null;
  /** leader design: the view each live node holds. Empty under the other designs. */
  readonly views: ReadonlyMap<NodeId, View>;
  /** cached design: each node's cache, ascending by key id. */
  readonly caches: ReadonlyMap<NodeId, readonly CacheEntry[]>;
  /** misplaced values per node */
  readonly strays: ReadonlyMap<NodeId, readonly Stray[]>;
}

export const emptyDesign = (): DesignState => ({
  clock: 0,
  leader: null,
  views: new Map(),
  caches: new Map(),
  strays: new Map(),
});

/** A request routed under a design: who asks, for which key, for which operation. */
export interface DesignAsk {
  readonly from: NodeId;
  readonly key: Key;
  readonly keyId: number;
  readonly purpose: 'lookup' | 'put' | 'get';
}

/** Where a design sent a request: the node reached (null: timed out) and what it cost. */
export interface DesignRoute {
  readonly owner: NodeId | null;
  readonly path: NodeId[];
  readonly timeouts: NodeId[];
  readonly messages: number;
}

/** What a design step shows happening. */
export type DesignEvent =
  | 'route'
  | 'rehash'
  | 'announce'
  | 'request'
  | 'push'
  | 'elect'
  | 'leader-crash'
  | 'cache-hit'
  | 'cache-fill'
  | 'cache-expire'
  | 'stale'
  | 'forward'
  | 'store'
  | 'read';

/** One key changing node (mod-N rehashing, a handover). */
export interface KeyMove {
  readonly key: Key;
  readonly from: NodeId;
  readonly to: NodeId;
}

export interface DesignOverlay extends OverlayBase {
  readonly kind: 'design';
  readonly design: 'modN' | 'leader' | 'cached';
  readonly event: DesignEvent;
  /** the op this step belongs to ('lookup', 'put', 'get', 'join', 'leave', 'crash', 'stabilize') */
  readonly op: string;
  /** the node acting in this step */
  readonly at: NodeId | null;
  readonly key: Key | null;
  readonly keyId: number | null;
  /** messages in flight in this step, drawn as arrows */
  readonly sends: readonly { readonly from: NodeId; readonly to: NodeId }[];
  /** keys changing node in this step */
  readonly moves: readonly KeyMove[];
  /** messages the op has cost so far */
  readonly messages: number;
  /** line of PSEUDOCODE[design] executing */
  readonly line: number;
  /** where the value went / came from, and who really owns the key */
  readonly owner: NodeId | null;
  readonly trueOwner: NodeId | null;
  /** mod-N join/leave: keys moved under mod N and, on the same keys, under Chord */
  readonly keysMoved: number | null;
  readonly chordKeysMoved: number | null;
  readonly totalKeys: number | null;
  /** mod-N rehash: the keys Chord's rule moves on the same change (the side-by-side row) */
  readonly chordMoves: readonly KeyMove[];
  /**
   * mod N: the membership Chord's placement is drawn against in this step — the old one while
   * a change is being announced (no key has moved yet); null means the frame's own nodes
   */
  readonly chordIds: readonly NodeId[] | null;
  /** leader crash mid-push: the nodes the view never reached, in push order */
  readonly missed: readonly NodeId[];
  /** cache-expire: the entries whose TTL ran out in this step, and where they were held */
  readonly expired: readonly { readonly at: NodeId; readonly entry: CacheEntry }[];
  readonly done: boolean;
}

export type DesignOverlayDraft = Omit<DesignOverlay, 'changed'>;

export function designOverlay(
  design: DesignOverlay['design'],
  event: DesignEvent,
  op: string,
  o: Partial<DesignOverlayDraft> = {},
): DesignOverlayDraft {
  return {
    kind: 'design',
    design,
    event,
    op,
    at: null,
    key: null,
    keyId: null,
    sends: [],
    moves: [],
    messages: 0,
    line: 0,
    owner: null,
    trueOwner: null,
    keysMoved: null,
    chordKeysMoved: null,
    totalKeys: null,
    chordMoves: [],
    chordIds: null,
    missed: [],
    expired: [],
    done: false,
    ...o,
  };
}

/** Adds (or replaces) a stray value on a node. */
export function addStray(s: DesignState, at: NodeId, stray: Stray): DesignState {
  return { ...s, strays: withEntry(s.strays, at, stray.key, stray) };
}

type Lists<T> = ReadonlyMap<NodeId, readonly T[]>;

/** `at`'s list with `key`'s entry replaced by `entry` (or dropped), ascending by key id. */
export function withEntry<T extends { readonly key: Key; readonly keyId: number }>(
  lists: Lists<T>,
  at: NodeId,
  key: Key,
  entry: T | null,
): Map<NodeId, readonly T[]> {
  const list = (lists.get(at) ?? []).filter((x) => x.key !== key);
  const next = entry ? [...list, entry].sort((a, b) => a.keyId - b.keyId) : list;
  const out = new Map(lists);
  if (next.length > 0) out.set(at, next);
  else out.delete(at);
  return out;
}

/** Each node's list with only the entries `keep` accepts; a node left with none is dropped. */
export function filterLists<T>(
  lists: Lists<T>,
  keep: (entry: T, at: NodeId) => boolean,
): Map<NodeId, readonly T[]> {
  const out = new Map<NodeId, readonly T[]>();
  for (const [at, list] of lists) {
    const kept = list.filter((e) => keep(e, at));
    if (kept.length > 0) out.set(at, kept);
  }
  return out;
}

/** Nodes other than `except` holding a stray value of `key`. */
export function strayHolders(
  s: DesignState | undefined,
  key: Key,
  except: NodeId | null,
): NodeId[] {
  if (!s) return [];
  const out: NodeId[] = [];
  for (const [id, list] of s.strays)
    if (id !== except && list.some((x) => x.key === key)) out.push(id);
  return out.sort((a, b) => a - b);
}

/** A departed node's state goes with it. */
export function forgetNode(s: DesignState, id: NodeId): DesignState {
  const views = new Map(s.views);
  const caches = new Map(s.caches);
  const strays = new Map(s.strays);
  views.delete(id);
  caches.delete(id);
  strays.delete(id);
  return { ...s, views, caches, strays, leader: s.leader === id ? null : s.leader };
}
