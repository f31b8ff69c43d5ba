/**
 * Copy-on-write editing of a ChordFrame. Protocol code reads and writes nodes through a
 * Draft; `snapshot` freezes the current picture into a new frame that shares every untouched
 * object with the previous one. After a snapshot the next write copies the map again, so a
 * frame held by a step is never mutated.
 */
import type { Step } from '../timeline';
import type { DesignState } from './designs/state';
import type {
  ChordFrame,
  ChordNode,
  KeyEntry,
  Overlay,
  PointerChange,
  ReplicaCopy,
} from './frames';
import { indexOfId, ringSize, successorIndex, type Key, type NodeId } from './ring';
import { RouteTable } from './routeTable';

/** A change to a node: any field but the id. Changing `successors` also sets fingers[0]. */
export type NodePatch = Partial<Omit<ChordNode, 'id'>>;

const CHANGE_CAP = 1000;
/** Silent lookups on one membership before a draft builds its RouteTable (plus n / 256). */
const TABLE_AFTER = 64;

export class Draft {
  readonly bits: number;
  readonly size: number;
  readonly replicas: number;
  private nodes: Map<NodeId, ChordNode>;
  private gone: Map<NodeId, 'crashed' | 'left'>;
  private data: Map<Key, KeyEntry>;
  private idList: NodeId[];
  private owned = { nodes: false, gone: false, data: false, ids: false };
  private changes: PointerChange[] = [];
  private changeCount = 0;
  /** The index-based routing table, kept while the membership stays the same. */
  private table: RouteTable | null = null;
  /** silent lookups asked for the table since the membership last changed */
  private tableAsks = 0;
  /** The designs' extra state (immutable: replace it whole). */
  design: DesignState | undefined;

  constructor(frame: ChordFrame) {
    this.bits = frame.bits;
    this.size = ringSize(frame.bits);
    this.replicas = frame.replicas;
    this.nodes = frame.nodes as Map<NodeId, ChordNode>;
    this.gone = frame.gone as Map<NodeId, 'crashed' | 'left'>;
    this.data = frame.data as Map<Key, KeyEntry>;
    this.idList = frame.ids as NodeId[];
    this.design = frame.design;
  }

  /** Every key held somewhere, with its id and value. */
  entries(): IterableIterator<KeyEntry> {
    return this.data.values();
  }

  get ids(): readonly NodeId[] {
    return this.idList;
  }

  node(id: NodeId): ChordNode | undefined {
    return this.nodes.get(id);
  }

  /** The live node (throws if gone: callers check liveness first). */
  live(id: NodeId): ChordNode {
    const n = this.nodes.get(id);
    if (!n) throw new Error(`internal: N${id} is not live`);
    return n;
  }

  isLive(id: NodeId | null): id is NodeId {
    return id !== null && this.nodes.has(id);
  }

  goneAs(id: NodeId): 'crashed' | 'left' | undefined {
    return this.gone.get(id);
  }

  entry(key: Key): KeyEntry | undefined {
    return this.data.get(key);
  }

  keyId(key: Key): number {
    const e = this.data.get(key);
    if (!e) throw new Error(`internal: unknown key ${String(key)}`);
    return e.id;
  }

  /** The true successor of x among live nodes (the oracle: for checks and full routing). */
  successorOf(x: number): NodeId {
    return this.idList[successorIndex(this.idList, x)]!;
  }

  /**
   * The routing table for silent lookups, once this draft has routed enough of them on one
   * membership to pay for it (or at once with `now`); null until then. Building costs the
   * arrays (13 MB at 10^5 nodes and 32 bits); rows are read from the nodes when first used.
   */
  routeTable(now = false): RouteTable | null {
    if (this.table !== null) return this.table;
    if (!now && ++this.tableAsks < TABLE_AFTER + (this.idList.length >> 8)) return null;
    this.table = new RouteTable(this.idList, this.bits, this.replicas, (id) => this.nodes.get(id));
    return this.table;
  }

  /** Joins, leaves and crashes renumber the live nodes: the table goes. */
  private membershipChanged(): void {
    this.table = null;
    this.tableAsks = 0;
  }

  private writable(): Map<NodeId, ChordNode> {
    if (!this.owned.nodes) {
      this.nodes = new Map(this.nodes);
      this.owned.nodes = true;
    }
    return this.nodes;
  }

  private log(change: PointerChange): void {
    this.changeCount++;
    if (this.changes.length < CHANGE_CAP) this.changes.push(change);
  }

  /** Writes fields of a live node, logging pointer changes for the overlay. */
  patch(id: NodeId, p: NodePatch): ChordNode {
    const old = this.live(id);
    const next: ChordNode = { ...old, ...p };
    if (p.successors && !p.fingers && p.successors[0] !== undefined) {
      // finger[1] of the paper *is* the successor: keep them the same variable.
      if (old.fingers[0] !== p.successors[0]) {
        const f = old.fingers.slice();
        f[0] = p.successors[0];
        (next as { fingers: readonly NodeId[] }).fingers = f;
      }
    }
    if (next.predecessor !== old.predecessor) {
      this.log({
        node: id,
        field: 'predecessor',
        index: 0,
        from: old.predecessor,
        to: next.predecessor,
      });
    }
    if (next.successors !== old.successors) {
      const len = Math.max(next.successors.length, old.successors.length);
      for (let i = 0; i < len; i++) {
        const a = old.successors[i] ?? null;
        const b = next.successors[i] ?? null;
        if (a !== b) this.log({ node: id, field: 'successors', index: i, from: a, to: b });
      }
    }
    if (next.fingers !== old.fingers) {
      for (let i = 0; i < next.fingers.length; i++) {
        const a = old.fingers[i] ?? null;
        const b = next.fingers[i] ?? null;
        if (a !== b) this.log({ node: id, field: 'finger', index: i, from: a, to: b });
      }
    }
    this.writable().set(id, next);
    this.table?.dirty(id);
    return next;
  }

  /** Adds a node to the live ring (a join); it stops being gone. */
  add(node: ChordNode): void {
    this.membershipChanged();
    this.writable().set(node.id, node);
    const ids = this.idList.slice();
    const at = successorIndex(ids, node.id);
    ids.splice(ids.length > 0 && ids[at]! < node.id ? ids.length : at, 0, node.id);
    this.idList = ids;
    this.owned.ids = true;
    if (this.gone.has(node.id)) {
      if (!this.owned.gone) this.gone = new Map(this.gone);
      this.owned.gone = true;
      this.gone.delete(node.id);
    }
  }

  /** Removes a node from the live ring; pointers to it elsewhere stay (stale). */
  remove(id: NodeId, how: 'crashed' | 'left'): void {
    this.membershipChanged();
    this.writable().delete(id);
    const i = indexOfId(this.idList, id);
    if (i >= 0) {
      const ids = this.idList.slice();
      ids.splice(i, 1);
      this.idList = ids;
    }
    if (!this.owned.gone) this.gone = new Map(this.gone);
    this.owned.gone = true;
    this.gone.set(id, how);
  }

  setEntry(key: Key, entry: KeyEntry | undefined): void {
    if (!this.owned.data) this.data = new Map(this.data);
    this.owned.data = true;
    if (entry) this.data.set(key, entry);
    else this.data.delete(key);
  }

  /** Sorts keys by id (then by label) for stable display. */
  sortKeys(keys: Iterable<Key>): Key[] {
    return [...keys].sort((a, b) => this.keyId(a) - this.keyId(b) || cmpLabel(a, b));
  }

  sortCopies(copies: Iterable<ReplicaCopy>): ReplicaCopy[] {
    return [...copies].sort(
      (a, b) => this.keyId(a.key) - this.keyId(b.key) || cmpLabel(a.key, b.key),
    );
  }

  /** Pointer changes since the last call (for the next step's overlay). */
  takeChanges(): { changed: PointerChange[]; total: number } {
    const out = { changed: this.changes, total: this.changeCount };
    this.changes = [];
    this.changeCount = 0;
    return out;
  }

  /** Freezes the current state as a frame; later writes copy first. */
  snapshot(overlay: Overlay | null): ChordFrame {
    this.owned = { nodes: false, gone: false, data: false, ids: false };
    const frame: ChordFrame = {
      bits: this.bits,
      replicas: this.replicas,
      ids: this.idList,
      nodes: this.nodes,
      gone: this.gone,
      data: this.data,
      overlay,
    };
    return this.design ? { ...frame, design: this.design } : frame;
  }
}

export function cmpLabel(a: Key, b: Key): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An overlay without its change log: the recorder fills that in from the draft. */
export type OverlayDraft = Overlay extends infer O
  ? O extends Overlay
    ? Omit<O, 'changed' | 'changedTotal'>
    : never
  : never;

/**
 * Collects the steps of one operation. `silent` recorders (fixFingers' lookups, experiments)
 * record nothing; `aggregate` recorders keep only the steps explicitly marked as summaries.
 */
export class Recorder {
  readonly steps: Step<ChordFrame>[] = [];
  /** hears each recorded step (a long build's progress) */
  onStep: (() => void) | undefined = undefined;
  constructor(
    readonly draft: Draft,
    readonly op: number | undefined,
    public group?: string,
  ) {}

  emit(type: string, text: string, overlay: OverlayDraft | null): void {
    const { changed, total } = this.draft.takeChanges();
    let full: Overlay | null = null;
    if (overlay) {
      full = { ...overlay, changed } as Overlay;
      if (full.kind === 'stabilize') full = { ...full, changedTotal: total };
    }
    const state = this.draft.snapshot(full);
    const step: Step<ChordFrame> = { type, text, state };
    if (this.op !== undefined) (step as { op?: number }).op = this.op;
    if (this.group !== undefined) (step as { group?: string }).group = this.group;
    if (full && (full.kind === 'lookup' || full.kind === 'read') && full.correct === false)
      (step as { tone?: 'bad' }).tone = 'bad';
    this.steps.push(step);
    this.onStep?.();
  }
}
