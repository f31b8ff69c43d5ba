/**
 * Membership changes under the leader design: every join or leave goes to the leader, which
 * bumps the view's version and pushes it to every node — N messages per change — and a
 * stabilize elects a new leader when the old one crashed, or re-pushes to nodes left behind.
 */
import type { Draft, Recorder } from '../draft';
import type { Key } from '../frames';
import { inHalfOpen, nodeName, type NodeId } from '../ring';
import { design, elect, electedLeader, plural, push, viewOf } from './leader';
import { LEADER_LINES as L } from './pseudocode';
import { designOverlay, forgetNode, type View } from './state';
import { addBareNode, applyMoves, rewire } from './wiring';

const ensureLeader = (d: Draft, op: string, rec: Recorder | null): number =>
  design(d).leader !== null && d.isLive(design(d).leader) ? 0 : elect(d, op, rec);

export interface LeaderChange {
  moved: Key[];
  lost: Key[];
  keysMoved: number;
  messages: number;
}

/** join(x): x asks the leader; the leader bumps the view and pushes it; x takes its keys. */
export function leaderJoin(
  d: Draft,
  id: NodeId,
  crashAfter: number | undefined,
  rec: Recorder | null,
): LeaderChange {
  let messages = ensureLeader(d, 'join', rec);
  const leader = design(d).leader!;
  const old = viewOf(d, leader);
  const view: View = { version: old.version + 1, ids: [...old.ids, id].sort((a, b) => a - b) };
  addBareNode(d, id);
  rewire(d);
  messages += 1;
  rec?.emit(
    'leader-request',
    `${nodeName(id)} asks the leader ${nodeName(leader)} to join. The leader makes view v${view.version}: v${old.version} plus ${nodeName(id)}.`,
    designOverlay('leader', 'request', 'join', {
      at: id,
      sends: [{ from: id, to: leader }],
      messages,
      line: L.bump,
    }),
  );
  // The joiner gets the view first (it needs it to work), then everyone else in id order.
  const targets = [id, ...view.ids.filter((n) => n !== id && n !== leader)];
  const pushed = push(d, 'join', leader, view, targets, messages, crashAfter, rec);
  messages += pushed.sent;

  const succ = d.successorOf((id + 1) % d.size);
  const s = d.live(succ);
  const moves = s.keys
    .filter((k) => succ !== id && !inHalfOpen(d.keyId(k), id, succ, d.size))
    .map((key) => ({ key, from: succ, to: id }));
  applyMoves(d, moves);
  if (moves.length > 0) messages += 1;
  rec?.emit(
    'leader-keys',
    moves.length > 0
      ? `${nodeName(succ)} hands ${nodeName(id)} the keys in its new range: ${moves.map((m) => String(m.key)).join(', ')} (1 message). This join cost ${plural(messages, 'message')}.`
      : `${nodeName(succ)} has no keys for ${nodeName(id)}. This join cost ${plural(messages, 'message')}.`,
    designOverlay('leader', 'store', 'join', {
      at: succ,
      sends: moves.length > 0 ? [{ from: succ, to: id }] : [],
      moves,
      messages,
      line: L.push,
      done: true,
    }),
  );
  return { moved: moves.map((m) => m.key), lost: pushed.lost, keysMoved: moves.length, messages };
}

/**
 * leave(x): x hands its keys to its successor and tells the leader, which pushes the view
 * without x. crash(x): x just vanishes; the leader notices and pushes — unless x was the
 * leader, and then nobody pushes until an election.
 */
export function leaderDepart(
  d: Draft,
  id: NodeId,
  how: 'leave' | 'crash',
  crashAfter: number | undefined,
  rec: Recorder | null,
): LeaderChange {
  const wasLeader = design(d).leader === id;
  let messages = how === 'leave' && !wasLeader ? ensureLeader(d, how, rec) : 0;
  const x = d.live(id);
  const leaverView = viewOf(d, id);
  const succ = d.successorOf((id + 1) % d.size);
  const moves =
    how === 'leave' && succ !== id ? x.keys.map((key) => ({ key, from: id, to: succ })) : [];
  const lost = how === 'crash' ? d.sortKeys(x.keys) : [];
  applyMoves(d, moves);
  d.remove(id, how === 'leave' ? 'left' : 'crashed');
  for (const k of lost) d.setEntry(k, undefined);
  d.design = forgetNode(design(d), id);
  rewire(d);
  if (how === 'leave' && !wasLeader) messages += 1;
  if (moves.length > 0) messages += 1;
  const leader = wasLeader && how === 'leave' ? electedLeader(d.ids) : design(d).leader;
  rec?.emit(
    `leader-${how}`,
    how === 'crash'
      ? `${nodeName(id)} crashes` +
          (lost.length > 0 ? `; its keys are lost: ${lost.map(String).join(', ')}.` : '.') +
          (wasLeader
            ? ' It was the leader: nobody pushes a new view until an election.'
            : ` The leader ${nodeName(leader!)} notices.`)
      : `${nodeName(id)} leaves: it hands its keys to ${nodeName(succ)}` +
          (wasLeader
            ? ` and, as the leader, passes the lead to ${nodeName(leader!)}.`
            : ` and tells the leader ${nodeName(leader!)}.`),
    designOverlay('leader', 'request', how, {
      at: id,
      sends: [
        ...(moves.length > 0 ? [{ from: id, to: succ }] : []),
        ...(how === 'leave' && leader !== null ? [{ from: id, to: leader }] : []),
      ],
      moves,
      messages,
      line: L.request,
    }),
  );
  if (leader === null) return { moved: [], lost, keysMoved: 0, messages };
  d.design = { ...design(d), leader };
  const version = Math.max(wasLeader ? leaverView.version : 0, viewOf(d, leader).version) + 1;
  const view: View = { version, ids: d.ids.slice() };
  const pushed = push(
    d,
    how,
    leader,
    view,
    d.ids.filter((n) => n !== leader),
    messages,
    crashAfter,
    rec,
  );
  messages += pushed.sent;
  return {
    moved: moves.map((m) => m.key),
    lost: [...lost, ...pushed.lost],
    keysMoved: moves.length,
    messages,
  };
}

/** stabilize under the leader design: elect if leaderless, else re-push to stale nodes. */
export function leaderRepair(d: Draft, rec: Recorder | null): number {
  const s = design(d);
  if (s.leader === null || !d.isLive(s.leader)) return elect(d, 'stabilize', rec);
  const view = viewOf(d, s.leader);
  const stale = d.ids.filter((n) => n !== s.leader && viewOf(d, n).version < view.version);
  if (stale.length === 0) {
    rec?.emit(
      'leader-ok',
      `Every node holds the leader's view v${view.version}: nothing to repair.`,
      designOverlay('leader', 'push', 'stabilize', { at: s.leader, line: L.push, done: true }),
    );
    return 0;
  }
  return push(d, 'stabilize', s.leader, view, stale, 0, undefined, rec).sent;
}
