import { asKey, asNodeId, hashId, type Key, type NodeId } from '../../engine/chord';
import { fail } from '../../engine/scenario/errors';

/** "42" → 42, " alice " → "alice"; empty → a clear error. */
export function parseRef(text: string, what: string): string | number {
  const t = text.trim();
  if (t === '') fail(`Type a ${what} first (a number like 42, or a name like "alice").`);
  if (/^-?\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (!Number.isInteger(n) || n < 0)
      fail(
        `${what[0]!.toUpperCase()}${what.slice(1)} ${t} is not an id on the circle: ids are whole numbers from 0.`,
      );
    return n;
  }
  return t;
}

/**
 * The "Key" box's text as a key, the one place typed text becomes a Key ("54" → 54, a name
 * stays a name). Whether the key lies on the circle is the engine's check, made with the op.
 */
export const parseKey = (text: string): Key => asKey(parseRef(text, 'key'));

/** A node as the "Node id" box wrote it: its id on the circle, and the name hashed to it, if any. */
export interface NodeRef {
  readonly id: NodeId;
  /** the name typed (hashed to id), null for a typed id; the store says what it hashed to */
  readonly name: string | null;
}

/**
 * The "Node id" box's text as a node on a circle of 2^bits ids, the one place typed text
 * becomes a NodeId ("42" → N42, "alice" → the id "alice" hashes to).
 */
export function parseNode(text: string, bits: number): NodeRef {
  const ref = parseRef(text, 'node id');
  return { id: asNodeId(hashId(ref, bits)), name: typeof ref === 'string' ? ref : null };
}
