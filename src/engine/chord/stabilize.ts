/**
 * Stabilization (Chord §5, Fig. 7; §6.3 for failures) as the paper's separate periodic
 * rules. One round = every live node, in ascending id order, runs stabilize (which calls
 * notify on its successor), checkPredecessor, fixFingers for its next finger, and its
 * replication duty. `bits` rounds refresh every finger once.
 */
import type { Draft, Recorder } from './draft';
import type { StabilizeRule } from './frames';
import { dist, fingerStart, inOpen, nodeName, type NodeId } from './ring';
import { replicate } from './replication';
import { findSuccessor } from './routing';

/** Rings larger than this get one aggregated step per round (memory, not protocol). */
export const PER_NODE_STEP_LIMIT = 256;

/**
 * A node whose whole successor list is gone rejoins (§4.4's join needs only one known node):
 * it asks a live node it still knows — the nearest live finger, the node it joined through
 * (in the ring when n joined), or its predecessor (which may itself have just rejoined
 * through n) — for find_successor(n). If the ring still routes n's own id to n, the
 * node it asked becomes its successor for now, and stabilize walks back from there.
 */
export function rejoin(
  d: Draft,
  id: NodeId,
  skipPredecessor = false,
): { via: NodeId; successor: NodeId; as: string } | null {
  const n = d.live(id);
  const known = (x: NodeId | null): x is NodeId => x !== null && x !== id && d.isLive(x);
  const finger = n.fingers
    .map((f, i) => ({ f, i }))
    .filter((e) => known(e.f))
    .sort((a, b) => dist(id, a.f, d.size) - dist(id, b.f, d.size))[0];
  const via = finger
    ? { node: finger.f, as: `its finger[${finger.i}]` }
    : known(n.joinedVia)
      ? { node: n.joinedVia, as: 'the node it joined through' }
      : !skipPredecessor && known(n.predecessor)
        ? { node: n.predecessor, as: 'its predecessor' }
        : null;
  if (via === null) return null;
  const found = findSuccessor(d, via.node, id);
  const successor = found === null || found === id ? via.node : found;
  return { via: via.node, successor, as: via.as };
}

/**
 * n.stabilize(): x = successor.predecessor; if x ∈ (n, successor) then successor = x;
 * successor.notify(n). A gone successor is first replaced by the first live successor-list
 * entry (§6.3), and the list is refreshed from the successor's list, skipping gone entries.
 * With no live entry at all the node rejoins (see `rejoin`), or, knowing no live node, is
 * its own successor, as a one-node ring is. Returns the successor it notified and a sentence
 * (empty when nothing changed).
 */
export function stabilize(
  d: Draft,
  id: NodeId,
): { successor: NodeId; note: string; rejoin: { via: NodeId; successor: NodeId } | null } {
  const size = d.size;
  const n = d.live(id);
  const notes: string[] = [];
  let s = n.successors.find((x) => x !== id && d.isLive(x));
  let rejoined: { via: NodeId; successor: NodeId } | null = null;
  const old = n.successors[0] ?? null;
  if (s === undefined) {
    // A node that is its own successor is a one-node ring only if it knows no other live
    // node; its predecessor is covered below (x = successor.predecessor), any other contact
    // means the ring goes on without it: it rejoins.
    const alone = n.successors.every((x) => x === id);
    const gone = n.successors.map(nodeName).join(', ');
    const r = rejoin(d, id, alone);
    if (r) {
      rejoined = { via: r.via, successor: r.successor };
      s = r.successor;
      notes.push(
        (alone
          ? `it is its own successor, but knows a live node, so it rejoins through ${r.as} ${nodeName(r.via)}`
          : `its whole successor list (${gone}) is gone, so it rejoins through ${r.as} ${nodeName(r.via)}`) +
          `: find_successor(${id}) gives it ${nodeName(s)} as successor`,
      );
    } else {
      s = id;
      if (!alone)
        notes.push(
          `its whole successor list (${gone}) is gone and it knows no live node: it is alone`,
        );
    }
  } else if (s !== old) {
    notes.push(`its successor ${nodeName(old)} is gone, so it takes ${nodeName(s)}`);
  }
  const x = d.live(s).predecessor;
  if (x !== null && x !== id && d.isLive(x) && inOpen(x, id, s, size)) {
    notes.push(
      `${nodeName(s)}'s predecessor ${nodeName(x)} lies in (${id}, ${s}), so ${nodeName(x)} becomes its successor`,
    );
    s = x;
  }
  const fresh: NodeId[] = [s];
  for (const e of d.live(s).successors) {
    if (fresh.length >= d.replicas) break;
    if (d.isLive(e)) fresh.push(e);
  }
  const base = fresh.slice();
  for (let i = 0; fresh.length < d.replicas; i++) fresh.push(base[i % base.length]!);
  if (fresh.join() !== n.successors.join()) {
    d.patch(id, { successors: fresh });
    notes.push(`successor list becomes [${fresh.join(', ')}]`);
  }
  return { successor: s, note: notes.join('; '), rejoin: rejoined };
}

/**
 * n.notify(n′): if predecessor is nil or n′ ∈ (predecessor, n) then predecessor = n′. A lone
 * node notifies itself, so it ends as its own predecessor (create(): successor = n).
 */
export function notify(d: Draft, id: NodeId, candidate: NodeId): boolean {
  const n = d.live(id);
  if (id === candidate) {
    if (n.predecessor !== null) return false;
    d.patch(id, { predecessor: id });
    return true;
  }
  if (n.predecessor === null || inOpen(candidate, n.predecessor, id, d.size)) {
    if (n.predecessor === candidate) return false;
    d.patch(id, { predecessor: candidate });
    return true;
  }
  return false;
}

/** n.check_predecessor(): if predecessor has failed then predecessor = nil. */
export function checkPredecessor(d: Draft, id: NodeId): boolean {
  const p = d.live(id).predecessor;
  if (p !== null && !d.isLive(p)) {
    d.patch(id, { predecessor: null });
    return true;
  }
  return false;
}

/**
 * n.fix_fingers(): finger[next] = find_successor(n + 2^next); next = next + 1 mod m.
 * finger[0] is the successor itself, kept by stabilize.
 */
export function fixFingers(
  d: Draft,
  id: NodeId,
  repair: boolean,
): { index: number; start: number; node: NodeId | null; changed: boolean; kept: NodeId | null } {
  const n = d.live(id);
  const i = n.next;
  const start = fingerStart(id, i, d.size);
  let found = i === 0 ? (n.successors[0] ?? null) : findSuccessor(d, id, start, repair);
  const cur = d.live(id);
  const old = cur.fingers[i];
  let kept: NodeId | null = null;
  if (
    i > 0 &&
    found !== null &&
    old !== undefined &&
    old !== found &&
    old !== id &&
    d.isLive(old) &&
    dist(start, old, d.size) < dist(start, found, d.size)
  ) {
    // The lookup went past a live node this finger already names: the ring's routing has
    // not learned of it (a node cut off when its whole successor list died). Keep the
    // better finger and introduce n to it (notify), so stabilization can bring it back.
    notify(d, old, id);
    kept = old;
    found = old;
  }
  const changed = found !== null && cur.fingers[i] !== found;
  const fingers = changed ? cur.fingers.map((f, j) => (j === i ? found! : f)) : cur.fingers;
  d.patch(id, { fingers, next: (i + 1) % d.bits });
  return { index: i, start, node: found, changed, kept };
}

/**
 * Runs `rounds` rounds. Per-node steps on small rings, one step per round on big ones.
 * Rounds are numbered from `first`, so a second click of Stabilize says "Round 2".
 */
export function stabilizeRounds(
  d: Draft,
  rounds: number,
  repair: boolean,
  rec: Recorder | null,
  first = 1,
): void {
  for (let round = first; round < first + rounds; round++) {
    if (rec) rec.group = `Round ${round}`;
    const aggregate = d.ids.length > PER_NODE_STEP_LIMIT;
    let changedNodes = 0;
    for (const id of [...d.ids]) {
      if (!d.isLive(id)) continue;
      const rules: StabilizeRule[] = [];
      const parts: string[] = [];
      const st = stabilize(d, id);
      if (st.rejoin) rules.push('rejoin');
      if (st.note) {
        rules.push('stabilize');
        parts.push(`stabilize: ${st.note}`);
      }
      if (notify(d, st.successor, id)) {
        rules.push('notify');
        parts.push(`notify: ${nodeName(st.successor)} takes ${nodeName(id)} as its predecessor`);
      }
      const oldPred = d.live(id).predecessor;
      if (checkPredecessor(d, id)) {
        rules.push('checkPredecessor');
        parts.push(`checkPredecessor: ${nodeName(oldPred)} is gone, predecessor = nil`);
      }
      const ff = fixFingers(d, id, repair);
      if (ff.kept !== null) {
        rules.push('fixFingers');
        parts.push(
          `fixFingers: the lookup for finger[${ff.index}] (start ${ff.start}) went past ${nodeName(ff.kept)}, which is live and closer, so ${nodeName(id)} keeps it and notifies it`,
        );
      } else if (ff.changed) {
        rules.push('fixFingers');
        parts.push(`fixFingers: finger[${ff.index}] (start ${ff.start}) = ${nodeName(ff.node)}`);
      }
      const rep = replicate(d, id);
      const repParts: string[] = [];
      if (rep.claimed.length > 0) repParts.push(`takes over ${rep.claimed.length} key(s)`);
      if (rep.handed.length > 0)
        repParts.push(`hands ${rep.handed.length} key(s) to its predecessor`);
      if (rep.dropped.length > 0) repParts.push(`drops ${rep.dropped.length} stale cop(ies)`);
      const sent = rep.moves.filter((m) => m.as === 'copy');
      if (sent.length > 0) {
        const to = [...new Set(sent.map((m) => m.to))].map(nodeName).join(', ');
        repParts.push(`sends ${sent.length} new cop(ies) to ${to}`);
      }
      if (repParts.length > 0) {
        rules.push('replicate');
        parts.push(`replicate: ${repParts.join(', ')}`);
      }
      if (rules.length > 0) changedNodes++;
      if (rec && !aggregate) {
        const text =
          parts.length > 0
            ? `Round ${round}, ${nodeName(id)}: ${parts.join('; ')}.`
            : `Round ${round}, ${nodeName(id)}: stabilize, notify, checkPredecessor and fixFingers (finger[${ff.index}]) change nothing.`;
        rec.emit('stabilize', text, {
          kind: 'stabilize',
          round,
          node: id,
          rules,
          finger: ff.index,
          rejoin: st.rejoin,
          moves: rep.moves.slice(0, 200),
        });
      }
    }
    if (rec && aggregate) {
      rec.emit(
        'stabilize-round',
        `Round ${round}: all ${d.ids.length} nodes ran stabilize, notify, checkPredecessor, fixFingers and replication; ${changedNodes} changed something.`,
        {
          kind: 'stabilize',
          round,
          node: null,
          rules: [],
          finger: null,
          rejoin: null,
          moves: [],
        },
      );
    }
  }
}
