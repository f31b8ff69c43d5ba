/**
 * Sends a big, structurally shared object graph (a Chord timeline: 1,000 frames of a 2,000-node
 * ring share most of their node objects) from a worker to the page in small pieces.
 *
 * postMessage's structured clone keeps shared objects shared only within one message, and
 * decoding one 200 MB message blocks the page for seconds. Here every object gets an id the
 * first time it is sent; later pieces refer to it by id, so sharing survives across messages
 * and each piece decodes in a few milliseconds on the page, between which it stays responsive.
 *
 * A piece is a list of definitions, children before parents (frames are acyclic), written as
 * two typed arrays (transferred, not copied, and decoded without garbage) and its strings:
 *   ['a', …items]            an array
 *   ['k', …keys]             the keys of plain objects of one shape (sent once per shape)
 *   ['o', shape, …values]    a plain object, values in its shape's key order
 *   ['m', key, value, …]     a Map        ['s', …items]   a Set
 *   ['A' | 'M' | 'S', ref, …] more entries of a long array, Map or Set defined just before
 * Each definition is a tag (its kind) with its item count, then its items, each a tag (number,
 * object id, string index, true, false, null, undefined, bigint) with its number. `roots` are
 * the ids of the values pushed.
 */

type Item = string | number | boolean | null | undefined | bigint | [number];
type Def = ['a' | 'k' | 'o' | 'm' | 's' | 'A' | 'M' | 'S', ...Item[]];

export interface GraphPiece {
  readonly tags: Uint8Array;
  readonly nums: Float64Array;
  readonly strs: string[];
  readonly roots: number[];
}

const KINDS = ['a', 'k', 'o', 'm', 's', 'A', 'M', 'S'] as const;
const KIND = 16; // definition tags are KIND + index in KINDS
const enum T {
  Num,
  Ref,
  Str,
  True,
  False,
  Null,
  Undef,
  Big,
}

/** entries per definition: a 100,000-node Map travels as 50 definitions */
const SEGMENT = 2_000;

export class GraphEncoder {
  private readonly ids = new Map<object, number>();
  private readonly shapes = new Map<string, number>();
  private count = 0;
  private items = 0;
  private defs: Def[] = [];
  private roots: number[] = [];

  /**
   * `send` gets each piece once it holds about `limit` items (a piece may end inside a value:
   * the decoder keeps what it has until the rest arrives); `flush` sends the rest.
   */
  constructor(
    private readonly limit = Infinity,
    private readonly send: (piece: GraphPiece) => void = () => {},
  ) {}

  /** Adds a value (an object: a frame, a step) to the next piece. */
  push(value: object): void {
    const root = this.ref(value); // may send a piece: push to the next one
    this.roots.push(root);
  }

  /** items waiting in the current piece */
  get size(): number {
    return this.items;
  }

  /** The piece so far (the next one starts empty; ids already sent stay known). */
  take(): GraphPiece {
    let n = 0;
    for (const d of this.defs) n += d.length;
    const tags = new Uint8Array(n);
    const nums = new Float64Array(n);
    const strs: string[] = [];
    const strIndex = new Map<string, number>();
    const str = (v: string) => {
      let i = strIndex.get(v);
      if (i === undefined) {
        i = strs.length;
        strs.push(v);
        strIndex.set(v, i);
      }
      return i;
    };
    let p = 0;
    for (const d of this.defs) {
      tags[p] = KIND + KINDS.indexOf(d[0]);
      nums[p++] = d.length - 1;
      for (let i = 1; i < d.length; i++, p++) {
        const v = d[i];
        switch (typeof v) {
          case 'number':
            if (v < 0) {
              tags[p] = T.Ref;
              nums[p] = -v - 1;
            } else nums[p] = v; // T.Num is 0
            break;
          case 'string':
            tags[p] = T.Str;
            nums[p] = str(v);
            break;
          case 'boolean':
            tags[p] = v ? T.True : T.False;
            break;
          case 'undefined':
            tags[p] = T.Undef;
            break;
          case 'bigint':
            tags[p] = T.Big;
            nums[p] = str(String(v));
            break;
          default:
            if (v === null) tags[p] = T.Null;
            else nums[p] = (v as [number])[0]; // a boxed negative number or -0
        }
      }
    }
    const piece = { tags, nums, strs, roots: this.roots.map((r) => -r - 1) };
    this.defs = [];
    this.roots = [];
    this.items = 0;
    return piece;
  }

  /** sends what is waiting, if anything */
  flush(): void {
    if (this.defs.length > 0 || this.roots.length > 0) this.send(this.take());
  }

  private emit(def: Def): void {
    this.defs.push(def);
    this.items += def.length;
    if (this.items >= this.limit) this.send(this.take());
  }

  private define(def: Def): number {
    this.emit(def);
    return -++this.count; // the id count - 1, as an item
  }

  /** a long array, Map or Set: its first segment defines it, the others add to it */
  private defineLong(tag: 'a' | 'm' | 's', items: Item[], per: number): number {
    const first = items.length <= SEGMENT * per ? items : items.slice(0, SEGMENT * per);
    const id = this.define([tag, ...first]);
    const more = tag.toUpperCase() as 'A' | 'M' | 'S';
    for (let i = first.length; i < items.length; i += SEGMENT * per)
      this.emit([more, id, ...items.slice(i, i + SEGMENT * per)]);
    return id;
  }

  private item(v: unknown): Item {
    switch (typeof v) {
      case 'object':
        return v === null ? null : this.ref(v);
      case 'number':
        return v < 0 || Object.is(v, -0) ? [v] : v;
      case 'function':
      case 'symbol':
        throw new Error(`a ${typeof v} cannot be sent`);
      default:
        return v as Item;
    }
  }

  private ref(v: object): number {
    const known = this.ids.get(v);
    if (known !== undefined) return known;
    let id: number;
    if (Array.isArray(v)) {
      const items: Item[] = [];
      for (const x of v) items.push(this.item(x));
      id = this.defineLong('a', items, 1);
    } else if (v instanceof Map) {
      const items: Item[] = [];
      for (const [k, x] of v) items.push(this.item(k), this.item(x));
      id = this.defineLong('m', items, 2);
    } else if (v instanceof Set) {
      const items: Item[] = [];
      for (const x of v) items.push(this.item(x));
      id = this.defineLong('s', items, 1);
    } else {
      const keys = Object.keys(v);
      const sig = `${keys.length}:${keys.join('\u0000')}`;
      let shape = this.shapes.get(sig);
      if (shape === undefined) {
        shape = this.define(['k', ...keys]);
        this.shapes.set(sig, shape);
      }
      const def: Def = ['o', shape];
      for (const k of keys) def.push(this.item((v as Record<string, unknown>)[k]));
      id = this.define(def);
    }
    this.ids.set(v, id);
    return id;
  }
}

export class GraphDecoder {
  private readonly table: unknown[] = [];
  /** the roots decoded so far, in the order they were pushed */
  readonly roots: unknown[] = [];

  add({ tags, nums, strs, roots }: GraphPiece): void {
    const t = this.table;
    const end = tags.length;
    let p = 0;
    const item = (): unknown => {
      const v = nums[p]!;
      switch (tags[p++] as T) {
        case T.Num:
          return v;
        case T.Ref:
          return t[v];
        case T.Str:
          return strs[v];
        case T.True:
          return true;
        case T.False:
          return false;
        case T.Null:
          return null;
        case T.Undef:
          return undefined;
        case T.Big:
          return BigInt(strs[v]!);
      }
    };
    while (p < end) {
      const kind = KINDS[tags[p]! - KIND];
      const n = nums[p++]!;
      switch (kind) {
        case 'a': {
          const a = new Array<unknown>(n);
          for (let i = 0; i < n; i++) a[i] = item();
          t.push(a);
          break;
        }
        case 'k': {
          const keys: unknown[] = [];
          for (let i = 0; i < n; i++) keys.push(item());
          t.push(keys);
          break;
        }
        case 'o': {
          const keys = item() as string[];
          const o: Record<string, unknown> = {};
          for (let i = 0; i < n - 1; i++) {
            const k = keys[i]!;
            const v = item();
            if (k === '__proto__')
              Object.defineProperty(o, k, {
                value: v,
                enumerable: true,
                writable: true,
                configurable: true,
              });
            else o[k] = v;
          }
          t.push(o);
          break;
        }
        case 'm': {
          const m = new Map<unknown, unknown>();
          for (let i = 0; i < n; i += 2) m.set(item(), item());
          t.push(m);
          break;
        }
        case 's': {
          const set = new Set<unknown>();
          for (let i = 0; i < n; i++) set.add(item());
          t.push(set);
          break;
        }
        case 'A': {
          const a = item() as unknown[];
          for (let i = 1; i < n; i++) a.push(item());
          break;
        }
        case 'M': {
          const m = item() as Map<unknown, unknown>;
          for (let i = 1; i < n; i += 2) m.set(item(), item());
          break;
        }
        case 'S': {
          const set = item() as Set<unknown>;
          for (let i = 1; i < n; i++) set.add(item());
          break;
        }
        default:
          throw new Error('a damaged piece of a streamed run');
      }
    }
    for (const r of roots) this.roots.push(t[r]);
  }
}
