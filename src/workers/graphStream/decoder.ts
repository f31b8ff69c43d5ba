/** Decodes pieces back into the values pushed (the format is in piece.ts). */
import { KIND, KINDS, T, type GraphPiece } from './piece';

export class GraphDecoder {
  private readonly table: unknown[] = [];
  /** per object shape (its keys): an object with those keys, copied for each object */
  private readonly models = new Map<unknown, Record<string, unknown>>();
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
          // most items are numbers (ids in finger tables): read those without a call
          const a: unknown[] = [];
          for (let i = 0; i < n; i++) a.push(tags[p] === T.Num ? nums[p++] : item());
          t.push(a);
          break;
        }
        case 'k': {
          const keys: string[] = [];
          for (let i = 0; i < n; i++) keys.push(item() as string);
          t.push(keys);
          // objects of this shape start as a copy of one with its keys: the same hidden class
          // for each, and every store below replaces a value instead of adding a property
          const model: Record<string, unknown> = {};
          for (const k of keys)
            Object.defineProperty(model, k, {
              value: undefined,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          this.models.set(keys, model);
          break;
        }
        case 'o': {
          const keys = item() as string[];
          const model = this.models.get(keys);
          if (!model) throw new Error('a damaged piece of a streamed run');
          const o: Record<string, unknown> = { ...model };
          for (let i = 0; i < n - 1; i++) o[keys[i]!] = tags[p] === T.Num ? nums[p++] : item();
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
