/**
 * A view kept consistent by a leader ("need to maintain correct and consistent view for every
 * single node … could elect leader"): every node holds the full membership list, so a lookup
 * is one hop; every join or leave goes to the leader, which pushes the new view to every node
 * — N messages per change. If the leader crashes half-way through the pushes, some nodes hold
 * the new view and some the old, and a put can land on a node that no longer owns the key.
 */
import type { Draft, Recorder } from '../draft';
import type { Key } from '../frames';
import { nodeName, successorIndex, type NodeId } from '../ring';
import { LEADER_LINES as L } from './pseudocode';
import {
  designOverlay,
  emptyDesign,
  forgetNode,
  type DesignAsk,
  type DesignRoute,
  type DesignState,
  type View,
} from './state';
import { rewire } from './wiring';

/** Bully election's winner: the highest live id. */
export const electedLeader = (ids: readonly NodeId[]): NodeId => ids[ids.length - 1]!;

/** The owner in a view: the first node clockwise from the key's id. */
export function viewOwner(view: View, keyId: number): NodeId {
  return view.ids[successorIndex(view.ids, keyId)]!;
}

/** Every node holds version 1 of the full list; the highest id leads. */
export function initLeader(d: Draft): void {
  const view: View = { version: 1, ids: d.ids.slice() };
  const views = new Map<NodeId, View>(d.ids.map((id) => [id, view]));
  d.design = { ...(d.design ?? emptyDesign()), views, leader: electedLeader(d.ids) };
}

export const design = (d: Draft): DesignState => d.design ?? emptyDesign();

export function viewOf(d: Draft, id: NodeId): View {
  return design(d).views.get(id) ?? { version: 0, ids: [id] };
}

export const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** A lookup in the leader design: one hop to the owner in the origin's own view. */
export function leaderRoute(d: Draft, ask: DesignAsk, rec: Recorder | null): DesignRoute {
  const { from, key, keyId, purpose: op } = ask;
  const view = viewOf(d, from);
  const owner = viewOwner(view, keyId);
  const v = `${nodeName(from)} holds view v${view.version}`;
  const base = { at: from, key, keyId, trueOwner: d.successorOf(keyId) };
  if (owner === from) {
    rec?.emit('leader-route', `${v}: it owns ${keyId} itself, no message.`, {
      ...designOverlay('leader', 'route', op, { ...base, owner, line: L.route }),
    });
    return { owner, path: [from], timeouts: [], messages: 0 };
  }
  if (!d.isLive(owner)) {
    rec?.emit(
      'leader-stale',
      `${v}: the owner of ${keyId} is ${nodeName(owner)}, but ${nodeName(owner)} has ${d.goneAs(owner) ?? 'gone'}: the message times out. The view is stale until a leader pushes a new one.`,
      designOverlay('leader', 'stale', op, {
        ...base,
        sends: [{ from, to: owner }],
        messages: 1,
        line: L.send,
        done: true,
      }),
    );
    return { owner: null, path: [from], timeouts: [owner], messages: 1 };
  }
  rec?.emit(
    'leader-route',
    `${v}: the first node clockwise from ${keyId} is ${nodeName(owner)}: one message.`,
    designOverlay('leader', 'route', op, {
      ...base,
      sends: [{ from, to: owner }],
      messages: 1,
      line: L.send,
      owner,
    }),
  );
  return { owner, path: [from, owner], timeouts: [], messages: 1 };
}

/**
 * The leader sends `view` to `targets` in order; with `crashAfter` it crashes after that many
 * pushes (the rest keep their old view). Returns the pushes sent.
 */
export function push(
  d: Draft,
  op: string,
  leader: NodeId,
  view: View,
  targets: readonly NodeId[],
  before: number,
  crashAfter: number | undefined,
  rec: Recorder | null,
): { sent: number; lost: Key[] } {
  const sent = crashAfter === undefined ? targets : targets.slice(0, crashAfter);
  const views = new Map(design(d).views);
  views.set(leader, view);
  for (const t of sent) views.set(t, view);
  d.design = { ...design(d), views };
  const messages = before + sent.length;
  const sends = sent.map((to) => ({ from: leader, to }));
  if (crashAfter === undefined) {
    rec?.emit(
      'leader-push',
      `Leader ${nodeName(leader)} pushes view v${view.version} (${plural(view.ids.length, 'node')}) to every other node: ${plural(sent.length, 'message')}.`,
      designOverlay('leader', 'push', op, { at: leader, sends, messages, line: L.push }),
    );
    return { sent: sent.length, lost: [] };
  }
  const missed = targets.slice(sent.length);
  const x = d.live(leader);
  const lost = d.sortKeys(x.keys);
  d.remove(leader, 'crashed');
  for (const k of lost) d.setEntry(k, undefined);
  d.design = forgetNode(design(d), leader);
  rewire(d);
  rec?.emit(
    'leader-crash',
    `Leader ${nodeName(leader)} pushes view v${view.version} to ${sent.map(nodeName).join(', ') || 'nobody'} — and crashes. ` +
      (missed.length > 0
        ? `${missed.map(nodeName).join(', ')} still hold the old view.`
        : 'Every node got the view first.') +
      (lost.length > 0 ? ` Its keys are lost: ${lost.map(String).join(', ')}.` : ''),
    designOverlay('leader', 'leader-crash', op, {
      at: leader,
      sends,
      missed,
      messages,
      line: L.push,
    }),
  );
  return { sent: sent.length, lost };
}

/**
 * No leader (it crashed): the highest live id collects every node's view (N − 1 messages),
 * keeps the newest, drops the dead and adds the live nodes that answered, and pushes it.
 */
export function elect(d: Draft, op: string, rec: Recorder | null): number {
  const leader = electedLeader(d.ids);
  const others = d.ids.filter((n) => n !== leader);
  let newest = viewOf(d, leader);
  for (const n of others) {
    const v = viewOf(d, n);
    if (v.version > newest.version) newest = v;
  }
  const ids = [...new Set([...newest.ids.filter((n) => d.isLive(n)), ...d.ids])].sort(
    (a, b) => a - b,
  );
  const view: View = { version: newest.version + 1, ids };
  d.design = { ...design(d), leader };
  rec?.emit(
    'leader-elect',
    `No leader: ${nodeName(leader)}, the highest live id, takes over. It collects every node's view (${plural(others.length, 'message')}); the newest is v${newest.version}.`,
    designOverlay('leader', 'elect', op, {
      at: leader,
      sends: others.map((from) => ({ from: leader, to: from })),
      messages: others.length,
      line: L.elect,
    }),
  );
  return others.length + push(d, op, leader, view, others, others.length, undefined, rec).sent;
}
