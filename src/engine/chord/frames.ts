/**
 * ChordFrame: the whole picture of a Chord ring at one instant. Every Step<ChordFrame> of a
 * timeline carries one; frames are immutable and structurally shared (an unchanged node
 * object, map or array is the same object in consecutive frames), so the player steps back
 * by just showing an older frame.
 *
 * A view can draw any step from its frame alone:
 *  - the circle: `bits` (2^bits ids), live nodes in `ids` (ascending) with their state in
 *    `nodes`; ids in `gone` are nodes that crashed or left: draw them greyed at their id when
 *    some live node still points to them (a stale pointer);
 *  - each node's pointers: predecessor, successor list (successors[0] is the successor),
 *    finger table (fingers[i] for start (id + 2^i) mod 2^bits, see `fingerStartOf`);
 *  - data: `keys` (owned) and `replicas` (copies) per node, the key's id and value in `data`;
 *  - `overlay`: what the current step is animating (a lookup's token and path, a join's
 *    moved keys, the node stabilization is running on, pointers that just changed...), or
 *    null in a resting frame.
 */
import type { Key, NodeId } from './ring';
import type { DesignOverlay, DesignState } from './designs/state';

export type { Key, NodeId } from './ring';
export type { DesignOverlay, DesignState } from './designs/state';

/** The four ways a lookup can travel round the ring (the lecture's progression). */
export type ChordRouting = 'successor' | 'skip' | 'finger' | 'full';
/**
 * The notes' other designs (see designs/): keys placed by hash mod N, a view kept by a
 * leader, and DNS-like caches of key → owner answers in front of finger routing.
 */
export type DesignRouting = 'modN' | 'leader' | 'cached';
export type Routing = ChordRouting | DesignRouting;

export const CHORD_ROUTINGS: readonly ChordRouting[] = ['successor', 'skip', 'finger', 'full'];
export const DESIGN_ROUTINGS: readonly DesignRouting[] = ['modN', 'leader', 'cached'];
export const ROUTINGS: readonly Routing[] = [...CHORD_ROUTINGS, ...DESIGN_ROUTINGS];

/** A copy of a key held for its owner (§6.3 replication); `from` is the node that pushed it. */
export interface ReplicaCopy {
  readonly key: Key;
  readonly from: NodeId;
}

export interface ChordNode {
  readonly id: NodeId;
  /** null = nil (just joined, or checkPredecessor found it dead). May point to a gone node. */
  readonly predecessor: NodeId | null;
  /**
   * Successor list (§6.3), normally `replicas` entries, nearest first; successors[0] is the
   * successor. Entries may be stale (gone). After a lookup repair it can be shorter than
   * `replicas` until the next stabilize refills it. On rings smaller than the list it wraps
   * round (and may contain the node itself).
   */
  readonly successors: readonly NodeId[];
  /** `bits` entries; fingers[i] should be successor(id + 2^i); fingers[0] is the successor. */
  readonly fingers: readonly NodeId[];
  /** The finger index fixFingers refreshes next. */
  readonly next: number;
  /** Keys this node owns (stores as the responsible node), ascending by key id. */
  readonly keys: readonly Key[];
  /** Copies held for other owners, ascending by key id. */
  readonly replicas: readonly ReplicaCopy[];
  /**
   * The node it joined through (null for nodes of the initial ring): one more live node it
   * may know when its whole successor list is gone and it must rejoin.
   */
  readonly joinedVia: NodeId | null;
}

export interface KeyEntry {
  readonly key: Key;
  /** Its identifier on the circle. */
  readonly id: number;
  /** The value last put, or null for a key placed without a value. */
  readonly value: string | null;
}

/** How the lookup got to the pointer it follows: which table, which entry. */
export type PointerSource = 'finger' | 'successor' | 'skip' | 'ring';

export interface Pick {
  readonly node: NodeId;
  /** finger: fingers[index]; successor: successors[index]; skip: the pointer `skip` nodes
   * ahead; ring: the full membership table (index = position in the live ring). */
  readonly source: PointerSource;
  readonly index: number;
}

/** One pointer that changed in the step (draw it highlighted). */
export interface PointerChange {
  readonly node: NodeId;
  readonly field: 'predecessor' | 'successors' | 'finger';
  /** Entry index for successors and finger; 0 for predecessor. */
  readonly index: number;
  readonly from: NodeId | null;
  readonly to: NodeId | null;
}

export interface OverlayBase {
  /** Pointers changed by this step (capped at 1000 entries on huge rings). */
  readonly changed: readonly PointerChange[];
}

/** Why a routed lookup is running. */
export type LookupPurpose = 'lookup' | 'put' | 'get' | 'join';

/** A routed lookup in flight (lookup, put, get, and a join's find_successor). */
export interface LookupOverlay extends OverlayBase {
  readonly kind: 'lookup';
  readonly purpose: LookupPurpose;
  readonly routing: Routing;
  /** The key as given (for a join, the joining node's id). */
  readonly key: Key;
  readonly keyId: number;
  readonly origin: NodeId;
  /** The node running the pseudo-code in this step. */
  readonly at: NodeId;
  /** The pointer it chose (null on the start, timeout-free final and failure steps). */
  readonly pick: Pick | null;
  /** The query token moving in this step (to a gone node on a timeout's attempt). */
  readonly token: { readonly from: NodeId; readonly to: NodeId } | null;
  /** Nodes that handled the query so far, origin first. */
  readonly path: readonly NodeId[];
  /** Gone nodes tried so far, each a timeout. */
  readonly timeouts: readonly NodeId[];
  /** Index into PSEUDOCODE[routing] of the line executing. */
  readonly line: number;
  /** The owner once found (on the last step), else null. */
  readonly owner: NodeId | null;
  readonly done: boolean;
  /** True on the last step when no live pointer could make progress. */
  readonly failed: boolean;
  /**
   * Set on a folded step: a long run of plain successor hops recorded as one step (a
   * 10,000-node successor walk would otherwise be 10,000 pictures). `count` hops from `from`
   * to `to`; the nodes passed are path's last count + 1 entries.
   */
  readonly walk?: { readonly from: NodeId; readonly to: NodeId; readonly count: number };
  /** On the last step: is `owner` the live ring's true successor of the key? null before. */
  readonly correct: boolean | null;
  /** On the last step: the live ring's true successor of the key (null before). */
  readonly trueOwner: NodeId | null;
}

export interface StoreOverlay extends OverlayBase {
  readonly kind: 'store';
  readonly key: Key;
  readonly owner: NodeId;
  /** Nodes that received a replica. */
  readonly copies: readonly NodeId[];
}

export interface ReadOverlay extends OverlayBase {
  readonly kind: 'read';
  readonly key: Key;
  readonly owner: NodeId;
  readonly value: string | null;
  /** Is `value` what the ring really holds for the key? */
  readonly correct: boolean;
  /** Where the value really is (the owner when correct). */
  readonly trueOwner: NodeId;
}

/** join / leave / crash: the node, and keys moving (from → to) or lost. */
export interface MembershipOverlay extends OverlayBase {
  readonly kind: 'join' | 'leave' | 'crash';
  readonly node: NodeId;
  /** For join: the node it asked; for leave: its successor (who receives the keys). */
  readonly peer: NodeId | null;
  readonly moved: readonly Key[];
  readonly movedFrom: NodeId | null;
  readonly movedTo: NodeId | null;
  readonly lost: readonly Key[];
}

export type StabilizeRule =
  'rejoin' | 'stabilize' | 'notify' | 'checkPredecessor' | 'fixFingers' | 'replicate';

/** A key travelling in a replication step: a copy pushed to a successor, or ownership handed on. */
export interface KeyMove {
  readonly key: Key;
  readonly from: NodeId;
  readonly to: NodeId;
  /** 'copy': `to` now holds a copy; 'owner': `to` now owns the key (`from` held it) */
  readonly as: 'copy' | 'owner';
}

export interface StabilizeOverlay extends OverlayBase {
  readonly kind: 'stabilize';
  /** 1-based round, numbered on across the scenario's stabilize steps. */
  readonly round: number;
  /** The node whose turn it is; null for a whole-round aggregate step (rings > 256 nodes). */
  readonly node: NodeId | null;
  /** Rules that changed something in this step, in the order they ran. */
  readonly rules: readonly StabilizeRule[];
  /** The finger fixFingers refreshed (per-node steps), else null. */
  readonly finger: number | null;
  /**
   * The node's whole successor list was gone: it rejoined by asking `via` (a node it still
   * knew) and took `successor`. null otherwise.
   */
  readonly rejoin: { readonly via: NodeId; readonly successor: NodeId } | null;
  /** Total pointer changes (may exceed changed.length when capped). */
  readonly changedTotal: number;
  /** Keys its replication duty sent to other nodes (per-node steps; empty for aggregates). */
  readonly moves: readonly KeyMove[];
}

export interface CheckOverlay extends OverlayBase {
  readonly kind: 'check';
  readonly ok: boolean;
  readonly violations: readonly string[];
}

export type Overlay =
  | LookupOverlay
  | StoreOverlay
  | ReadOverlay
  | MembershipOverlay
  | StabilizeOverlay
  | CheckOverlay
  | DesignOverlay;

export interface ChordFrame {
  /** The circle has 2^bits ids. */
  readonly bits: number;
  /** Successor-list length = copies of each key (owner included). */
  readonly replicas: number;
  /** Live node ids, ascending. */
  readonly ids: readonly NodeId[];
  /** Live nodes by id. */
  readonly nodes: ReadonlyMap<NodeId, ChordNode>;
  /** Nodes no longer in the ring; live pointers to them are stale. */
  readonly gone: ReadonlyMap<NodeId, 'crashed' | 'left'>;
  /** Every key still held by some live node, with its id and value. */
  readonly data: ReadonlyMap<Key, KeyEntry>;
  readonly overlay: Overlay | null;
  /** Only under the modN / leader / cached designs: views, caches, misplaced values. */
  readonly design?: DesignState;
}

/** finger[i].start for a node (for drawing the finger table). */
export const fingerStartOf = (frame: ChordFrame, n: NodeId, i: number): number =>
  (n + 2 ** i) % 2 ** frame.bits;
