/** Encodes values into pieces (the format is in piece.ts). */
import { KIND, KINDS, SEGMENT, T, type Def, type GraphPiece, type Item } from './piece';

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
