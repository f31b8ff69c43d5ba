/**
 * One user operation applied to a ring: its steps (for the player) and its result (for the
 * CLI and the results panel). Operations here are already validated (see scenario.ts).
 */
import { isolate } from '../text';
import type { Draft, Recorder } from './draft';
import type { Key, Routing } from './frames';
import { checkRing } from './checker';
import { tick } from './designs/cache';
import { applyDesignMembership, checkDesign } from './designs/membership';
import { applyDesignRoute, readDesign } from './designs/ops';
import { hashId } from './hash';
import { crash, join, leave } from './membership';
import { storeAtOwner } from './placement';
import { nodeName, type NodeId } from './ring';
import { keyLabel, messagesOf, route, type RouteOutcome } from './routing';
import { judgeRead } from './verdict';
import { stabilizeRounds } from './stabilize';

/** Settings that stay fixed for a run. */
export interface ChordContext {
  readonly bits: number;
  /** successor-list length = copies per key */
  readonly replicas: number;
  /** default routing for lookup / put / get / join */
  readonly routing: Routing;
  /** skip routing: how many nodes ahead the far pointer is */
  readonly skip: number;
  /** lookups fix stale pointers they time out on */
  readonly repair: boolean;
  /** cached routing: how many operations a cached key → owner answer lives */
  readonly cacheTtl: number;
  /** leader / cached designs: a node a put reached checks it owns the key, else forwards it */
  readonly ownerCheck: boolean;
  /** stabilization rounds run earlier in the scenario: a new click's round numbers go on */
  readonly roundsBefore?: number;
}

type OpBase = {
  /** The UI forked after this many of the op's steps (see ChordScenario). */
  readonly upTo?: number;
};
export type LookupOp = OpBase & {
  readonly op: 'lookup' | 'get';
  readonly from: NodeId;
  readonly key: Key;
  readonly routing?: Routing;
};
export type PutOp = OpBase & {
  readonly op: 'put';
  readonly from: NodeId;
  readonly key: Key;
  readonly value: string;
  readonly routing?: Routing;
};
export type JoinOp = OpBase & {
  readonly op: 'join';
  readonly id: NodeId;
  readonly via: NodeId;
  /** leader design: the leader crashes after pushing the new view to this many nodes */
  readonly leaderCrash?: number;
};
export type DepartOp = OpBase & {
  readonly op: 'leave' | 'crash';
  readonly id: NodeId;
  readonly leaderCrash?: number;
};
export type StabilizeOp = OpBase & {
  readonly op: 'stabilize';
  readonly rounds: number;
};
export type CheckOp = OpBase & {
  readonly op: 'check';
};
/** A validated operation; node references are resolved to ids, keys kept as given. */
export type ChordOp = LookupOp | PutOp | JoinOp | DepartOp | StabilizeOp | CheckOp;

interface ResultBase {
  /** true when the UI forked in the middle of this op (upTo) */
  partial?: true;
}
export interface RouteResult extends ResultBase {
  op: 'lookup' | 'put' | 'get';
  /** null when the lookup failed */
  owner: number | null;
  path: number[];
  hops: number;
  timeouts: number[];
  /** network messages the request cost (hops and timed-out attempts) */
  messages: number;
  /** get only: the value, null when absent */
  value?: string | null;
  /** design put: it was stored on a node that does not own the key (a stale view or cache) */
  misplaced?: true;
  /** design get: the nodes holding a value put for the key that the get missed */
  valueAt?: number[];
  /**
   * Checked against the live ring: the owner is its true successor of the key (get: and
   * the value is what the ring really holds). A failed lookup is never correct.
   */
  correct: boolean;
  /** The live ring's successor of the key; for a get, the node where the value really is. */
  trueOwner: number;
  /** Why the answer is wrong or missing (absent when correct). */
  reason?: string;
}
/** What a membership change cost. */
interface ChangeCost {
  /** moved.length: keys that changed node */
  keysMoved: number;
  /** mod N only: keys Chord would have moved for the same change, on the same keys */
  chordKeysMoved?: number;
  /** network messages the change cost */
  messages: number;
}
export interface MoveResult extends ResultBase, ChangeCost {
  op: 'join';
  id: number;
  moved: Key[];
  /** keys lost on the way (leader design: the leader crashed mid-update) */
  lost?: Key[];
  /** true when no successor could be found */
  failed?: true;
}
export interface LeaveResult extends ResultBase, ChangeCost {
  op: 'leave';
  id: number;
  /** keys (owned or copies) handed to the heir */
  moved: Key[];
  /** keys no live node holds any more (the node knew no live node to hand them to) */
  lost: Key[];
}
export interface CrashResult extends ResultBase {
  op: 'crash';
  id: number;
  lost: Key[];
  messages: number;
}
export interface StabilizeResult extends ResultBase {
  op: 'stabilize';
  rounds: number;
  consistent: boolean;
}
export interface CheckOpResult extends ResultBase {
  op: 'check';
  ok: boolean;
  violations: string[];
}
export type OpResult =
  RouteResult | MoveResult | LeaveResult | CrashResult | StabilizeResult | CheckOpResult;

/** The circle id of a key as given. */
export const keyIdOf = (key: Key, bits: number): number => hashId(key, bits);

export function routeResult(op: RouteResult['op'], r: RouteOutcome, v = r.verdict): RouteResult {
  const out: RouteResult = {
    op,
    owner: r.owner,
    path: [...r.path],
    hops: r.path.length - 1,
    timeouts: [...r.timeouts],
    messages: messagesOf(r),
    correct: v.correct,
    trueOwner: v.trueOwner,
  };
  if (v.reason !== null && !v.correct) out.reason = v.reason;
  return out;
}

/** Applies a validated op to the draft, recording steps. */
export function applyOp(d: Draft, op: ChordOp, ctx: ChordContext, rec: Recorder | null): OpResult {
  if (d.design) tick(d, op.op, rec);
  const designed = applyDesignMembership(d, op, ctx, rec);
  if (designed) return designed;
  switch (op.op) {
    case 'lookup':
    case 'get':
    case 'put': {
      const keyId = keyIdOf(op.key, d.bits);
      const routing = op.routing ?? ctx.routing;
      if (routing === 'modN' || routing === 'leader' || routing === 'cached') {
        const value = op.op === 'put' ? op.value : undefined;
        return applyDesignRoute(d, routing, { ...op, keyId, value }, ctx, rec);
      }
      const outcome = route(
        d,
        {
          keyId,
          key: op.key,
          from: op.from,
          routing,
          skip: ctx.skip,
          repair: ctx.repair,
          purpose: op.op,
        },
        rec,
      );
      const owner = outcome.owner;
      if (op.op === 'put' && owner !== null) {
        const v = outcome.verdict;
        storeAtOwner(
          d,
          owner,
          op.key,
          keyId,
          op.value,
          rec,
          v.correct
            ? ''
            : ` That is the wrong node: the live successor of ${keyId} is ${nodeName(v.trueOwner)} (${v.reason}). Stabilization hands the key on to it.`,
        );
      }
      if (op.op !== 'get') return routeResult(op.op, outcome);
      // With misplaced values about (a stale cache's puts), a get is judged against them too.
      if (owner !== null && d.design && d.design.strays.size > 0) {
        const design = ctx.routing === 'modN' || ctx.routing === 'leader' ? ctx.routing : 'cached';
        return {
          ...routeResult('get', outcome),
          ...readDesign(d, design, owner, op.key, keyId, rec),
        };
      }
      let value: string | null = null;
      if (owner !== null) {
        const n = d.live(owner);
        const has = n.keys.includes(op.key) || n.replicas.some((c) => c.key === op.key);
        value = has ? (d.entry(op.key)?.value ?? null) : null;
      }
      const v = judgeRead(d, op.key, keyId, outcome.verdict, owner, value);
      if (owner !== null) {
        const label = keyLabel(op.key, keyId);
        const said =
          value !== null
            ? `${nodeName(owner)} returns ${label} = ${isolate(`"${value}"`)}.`
            : `${nodeName(owner)} has no ${label}: the get returns null.`;
        rec?.emit(
          'read',
          v.correct
            ? said
            : `Wrong answer: ${said} ${v.reason ?? ''}${v.reason?.endsWith('.') ? '' : '.'}`,
          { kind: 'read', key: op.key, owner, value, correct: v.correct, trueOwner: v.trueOwner },
        );
      }
      return { ...routeResult('get', outcome, v), value };
    }
    case 'join': {
      const r = join(d, op.id, op.via, ctx, rec);
      const res: MoveResult = {
        op: 'join',
        id: op.id,
        moved: r.moved,
        keysMoved: r.moved.length,
        messages: r.messages,
      };
      if (r.failed) res.failed = true;
      return res;
    }
    case 'leave': {
      const r = leave(d, op.id, rec);
      return { op: 'leave', id: op.id, ...r, keysMoved: r.moved.length };
    }
    case 'crash':
      return { op: 'crash', id: op.id, lost: crash(d, op.id, rec).lost, messages: 0 };
    case 'stabilize': {
      stabilizeRounds(d, op.rounds, ctx.repair, rec, (ctx.roundsBefore ?? 0) + 1);
      return { op: 'stabilize', rounds: op.rounds, consistent: checkRing(d.snapshot(null)).ok };
    }
    case 'check': {
      const c = d.design ? checkDesign(d, ctx) : checkRing(d.snapshot(null));
      rec?.emit(
        'check',
        c.ok
          ? `The ring checks out: ${d.ids.length} nodes, every pointer and key where it belongs.`
          : `The ring has ${c.violations.length} problem${c.violations.length === 1 ? '' : 's'}: ${c.violations[0]}`,
        { kind: 'check', ok: c.ok, violations: c.violations },
      );
      return { op: 'check', ok: c.ok, violations: c.violations };
    }
  }
}
