/**
 * Joins, departures, repair and the checker under the mod-N and leader designs (the cached
 * design keeps Chord's own membership: its caches are what goes stale). Returns null for ops
 * Chord handles itself.
 */
import { Draft, type Recorder } from '../draft';
import type { ChordFrame, Routing } from '../frames';
import { checkRing, type CheckResult } from '../checker';
import type { ChordContext, ChordOp, OpResult } from '../operations';
import { nodeName } from '../ring';
import { viewOf } from './leader';
import { leaderDepart, leaderJoin, leaderRepair } from './leaderChanges';
import { modNDepart, modNJoin, modNOwner } from './modN';
import { designOverlay } from './state';

export function applyDesignMembership(
  d: Draft,
  op: ChordOp,
  ctx: Pick<ChordContext, 'routing'>,
  rec: Recorder | null,
): OpResult | null {
  if (ctx.routing === 'modN') {
    switch (op.op) {
      case 'join': {
        const { lost, ...r } = modNJoin(d, op.id, rec);
        return { op: 'join', id: op.id, ...r, ...(lost.length > 0 ? { lost } : {}) };
      }
      case 'leave': {
        return { op: 'leave', id: op.id, ...modNDepart(d, op.id, 'leave', rec) };
      }
      case 'crash': {
        const r = modNDepart(d, op.id, 'crash', rec);
        return { op: 'crash', id: op.id, lost: r.lost, messages: r.messages };
      }
      case 'stabilize':
        rec?.emit(
          'modn-stable',
          'Mod-N hashing has nothing to stabilize: every node already knows all N nodes, and every key sits on nodes[hash mod N].',
          designOverlay('modN', 'route', 'stabilize', { line: 1, done: true }),
        );
        return { op: 'stabilize', rounds: op.rounds, consistent: checkDesign(d, ctx).ok };
      default:
        return null;
    }
  }
  if (ctx.routing === 'leader') {
    switch (op.op) {
      case 'join': {
        const { lost, ...r } = leaderJoin(d, op.id, op.leaderCrash, rec);
        return { op: 'join', id: op.id, ...r, ...(lost.length > 0 ? { lost } : {}) };
      }
      case 'leave': {
        return { op: 'leave', id: op.id, ...leaderDepart(d, op.id, 'leave', op.leaderCrash, rec) };
      }
      case 'crash': {
        const r = leaderDepart(d, op.id, 'crash', op.leaderCrash, rec);
        return { op: 'crash', id: op.id, lost: r.lost, messages: r.messages };
      }
      case 'stabilize':
        leaderRepair(d, rec);
        return { op: 'stabilize', rounds: op.rounds, consistent: checkDesign(d, ctx).ok };
      default:
        return null;
    }
  }
  return null;
}

/**
 * The design's own invariants: keys on their owner by the design's rule, no value left on a
 * wrong node, and (leader) one live leader whose view every node holds.
 */
export function checkDesign(d: Draft, ctx: Pick<ChordContext, 'routing'>): CheckResult {
  const frame = d.snapshot(null);
  const violations: string[] = [];
  if (ctx.routing === 'modN') {
    for (const id of d.ids) {
      for (const k of d.live(id).keys) {
        const owner = modNOwner(d.ids, d.keyId(k));
        if (owner !== id)
          violations.push(
            `Key ${String(k)} is on ${nodeName(id)}, but mod N puts it on ${nodeName(owner)}.`,
          );
      }
    }
  } else {
    violations.push(...checkRing(frame).violations);
  }
  const s = d.design;
  if (s && ctx.routing === 'leader') {
    if (s.leader === null || !d.isLive(s.leader)) violations.push('There is no live leader.');
    else {
      const v = viewOf(d, s.leader);
      const same = v.ids.length === d.ids.length && v.ids.every((x, i) => x === d.ids[i]);
      if (!same) violations.push(`The leader's view v${v.version} is not the live membership.`);
      for (const id of d.ids) {
        if (viewOf(d, id).version !== v.version)
          violations.push(
            `${nodeName(id)} holds view v${viewOf(d, id).version}, not the leader's v${v.version}.`,
          );
      }
    }
  }
  for (const [id, list] of s?.strays ?? []) {
    for (const x of list)
      violations.push(
        `${nodeName(id)} holds a value of ${String(x.key)} it does not own (misplaced).`,
      );
  }
  return { ok: violations.length === 0, violations };
}

/** The checker the lab shows: the design's invariants under a design, else Chord's. */
export function checkFrame(frame: ChordFrame, routing: Routing): CheckResult {
  return frame.design ? checkDesign(new Draft(frame), { routing }) : checkRing(frame);
}
