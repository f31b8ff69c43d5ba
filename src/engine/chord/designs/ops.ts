/**
 * Lookups, puts and gets under the notes' other designs: route by the design's rule, then
 * store at the node reached — the owner, or, when a stale view or cache sent the put astray
 * and nobody checked the range, a node that does not own the key (reported `misplaced`).
 */
import type { Draft, Recorder } from '../draft';
import type { DesignRouting, Key } from '../frames';
import type { RouteResult } from '../operations';
import { heldValue, storeAtOwner } from '../placement';
import { nodeName, type NodeId } from '../ring';
import { keyLabel } from '../routing';
import { cachedRoute, forwardPut, ownsByRange } from './cache';
import { leaderRoute, viewOf, viewOwner } from './leader';
import { modNOwner, modNRoute } from './modN';
import { CACHE_LINES, LEADER_LINES } from './pseudocode';
import {
  addStray,
  designOverlay,
  emptyDesign,
  filterLists,
  strayHolders,
  type DesignAsk,
  type DesignRoute,
} from './state';

export interface DesignOptions {
  readonly skip: number;
  readonly repair: boolean;
  readonly cacheTtl: number;
  readonly ownerCheck: boolean;
}

/** Who really owns a key under the design (the truth a stale view or cache misses). */
export function trueOwnerOf(d: Draft, design: DesignRouting, keyId: number): NodeId {
  return design === 'modN' ? modNOwner(d.ids, keyId) : d.successorOf(keyId);
}

/** A request routed by the design's own rule (mod N, the origin's view, or cache then fingers). */
export function designRoute(
  d: Draft,
  design: DesignRouting,
  ask: DesignAsk,
  opt: Pick<DesignOptions, 'skip' | 'repair' | 'cacheTtl'>,
  rec: Recorder | null,
): DesignRoute {
  if (design === 'modN') return modNRoute(d, ask, rec);
  if (design === 'leader') return leaderRoute(d, ask, rec);
  return cachedRoute(d, ask, { skip: opt.skip, repair: opt.repair, ttl: opt.cacheTtl }, rec);
}

/** The leader design's range check: forward along the views until a node thinks it owns it. */
function leaderForward(
  d: Draft,
  at: NodeId,
  key: Key,
  keyId: number,
  rec: Recorder | null,
): { at: NodeId; messages: number; path: NodeId[] } {
  let messages = 0;
  const path: NodeId[] = [];
  for (let guard = 0; guard < d.ids.length; guard++) {
    const next = viewOwner(viewOf(d, at), keyId);
    if (next === at || !d.isLive(next) || path.includes(next)) break;
    messages++;
    path.push(next);
    rec?.emit(
      'leader-forward',
      `${nodeName(at)} checks the range in its view v${viewOf(d, at).version}: ${nodeName(next)} owns ${keyId}, so it forwards the put there.`,
      designOverlay('leader', 'forward', 'put', {
        at,
        key,
        keyId,
        sends: [{ from: at, to: next }],
        messages,
        line: LEADER_LINES.check,
      }),
    );
    at = next;
  }
  return { at, messages, path };
}

export function applyDesignRoute(
  d: Draft,
  design: DesignRouting,
  op: { op: 'lookup' | 'put' | 'get'; from: NodeId; key: Key; keyId: number; value?: string },
  opt: DesignOptions,
  rec: Recorder | null,
): RouteResult {
  const { from, key, keyId } = op;
  const r = designRoute(d, design, { from, key, keyId, purpose: op.op }, opt, rec);
  const truth = trueOwnerOf(d, design, keyId);
  const result: RouteResult = {
    op: op.op,
    owner: r.owner,
    path: [...r.path],
    hops: r.path.length - 1,
    timeouts: [...r.timeouts],
    messages: r.messages,
    correct: r.owner === truth,
    trueOwner: truth,
  };
  if (r.owner === null) {
    result.reason = `${nodeName(from)} could not reach the owner its ${design === 'leader' ? 'view' : 'table'} names`;
    return result;
  }

  if (op.op === 'put') {
    let at = r.owner;
    if (opt.ownerCheck && design === 'leader') {
      const f = leaderForward(d, at, key, keyId, rec);
      at = f.at;
      result.messages += f.messages;
      result.path.push(...f.path);
    } else if (opt.ownerCheck && design === 'cached' && !ownsByRange(d, at, keyId)) {
      const f = forwardPut(d, at, key, keyId, opt, rec);
      result.messages += f.messages;
      if (f.owner === null) return { ...result, owner: null, correct: false };
      at = f.owner;
    }
    result.owner = at;
    result.hops = result.path.length - 1;
    result.correct = at === truth;
    if (at === truth) {
      storeAtOwner(d, at, key, keyId, op.value!, rec);
      dropStrays(d, key, at);
    } else {
      d.design = addStray(d.design ?? emptyDesign(), at, { key, keyId, value: op.value! });
      result.misplaced = true;
      result.reason = `a stale ${design === 'leader' ? 'view' : 'cache entry'} sent the put to ${nodeName(at)}`;
      rec?.emit(
        'misplaced',
        `${nodeName(at)} stores ${keyLabel(key, keyId)} = "${op.value!}" — but ${nodeName(truth)} owns ${keyId}: the value is in the wrong node. A get that asks the owner will not find it.`,
        designOverlay(design, 'store', 'put', {
          at,
          key,
          keyId,
          messages: result.messages,
          line: design === 'cached' ? CACHE_LINES.store : LEADER_LINES.send,
          owner: at,
          trueOwner: truth,
          done: true,
        }),
      );
    }
  }
  if (op.op === 'get') Object.assign(result, readDesign(d, design, r.owner, key, keyId, rec));
  return result;
}

/** A put that reached the owner supersedes the misplaced copies of that key. */
function dropStrays(d: Draft, key: Key, owner: NodeId): void {
  const s = d.design;
  if (!s || strayHolders(s, key, owner).length === 0) return;
  const strays = filterLists(s.strays, (x) => x.key !== key);
  d.design = { ...s, strays };
}

/**
 * A get's answer at the node it reached, and whether it is right: wrong when another node
 * holds a value put for the key that this get did not see (`valueAt`, its first entry the
 * `trueOwner` of the answer).
 */
export function readDesign(
  d: Draft,
  design: DesignRouting,
  at: NodeId,
  key: Key,
  keyId: number,
  rec: Recorder | null,
): Pick<RouteResult, 'value' | 'correct' | 'trueOwner' | 'valueAt' | 'reason'> {
  const own = heldValue(d, at, key);
  const stray = d.design?.strays.get(at)?.find((x) => x.key === key);
  const value = own.has ? own.value : (stray?.value ?? null);
  const elsewhere = strayHolders(d.design, key, at);
  const label = keyLabel(key, keyId);
  const said =
    value === null
      ? `${nodeName(at)} has no ${label}: the get returns null.`
      : `${nodeName(at)} returns ${label} = "${value}"${own.has ? '' : ', the value left on it'}.`;
  const correct = elsewhere.length === 0;
  const trueOwner = correct ? at : elsewhere[0]!;
  rec?.emit(
    'read',
    correct
      ? said
      : `Wrong answer: ${said} A value put for ${label} sits on ${elsewhere.map(nodeName).join(', ')}, where this get never looks.`,
    { kind: 'read', key, owner: at, value, correct, trueOwner },
  );
  if (correct) return { value, correct, trueOwner };
  return {
    value,
    correct,
    trueOwner,
    valueAt: elsewhere,
    reason: `the value sits on ${elsewhere.map(nodeName).join(', ')}, where the ${design} get does not look`,
  };
}
