/**
 * Lookup routing (Chord §4.3, Fig. 4–5) in the lecture's four variants, with §6.3's failure
 * handling: a hop to a gone node times out, the query goes back to the previous node, which
 * tries its next-best pointer ("go to the previous node then search again") and, with
 * `repair`, fixes the stale pointer it found ("update finger link").
 *
 * Counting convention: the path lists every node that handled the query, origin first and
 * owner last, so hops = path.length - 1 includes the final hop to the owner.
 */
import type { Draft, Recorder } from './draft';
import type { ChordNode, Key, LookupOverlay, LookupPurpose, Pick, Routing } from './frames';
import { dist, inHalfOpen, inOpen, indexOfId, nodeName, type NodeId } from './ring';

/** Pseudo-code shown beside the ring, per routing mode; steps name the executing line. */
export const PSEUDOCODE: Record<Routing, readonly string[]> = {
  successor: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next successor-list entry',
  ],
  skip: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  if skip ∈ (n, id): return skip.find_successor(id)   // k nodes ahead',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next pointer',
  ],
  finger: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  n′ = closest_preceding_finger(id)',
    '  return n′.find_successor(id)',
    'n.closest_preceding_finger(id):',
    '  for i = m − 1 downto 0:',
    '    if finger[i] ∈ (n, id): return finger[i]',
    '  return n',
    'on timeout: back at n, try the next-best finger or successor-list entry',
  ],
  full: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  owner = first node clockwise from id in n’s full table',
    '  return owner',
    '// the catch: every join and leave must reach every node, and agreeing on one view is slow',
  ],
};

/** Longer runs of plain successor hops than this are recorded as one "walk" step. */
export const FOLD_AFTER = 32;

interface Lines {
  start: number;
  own: number;
  final: number;
  /** a pointer that precedes the key (forward the query) */
  ahead: number;
  /** the skip pointer (skip mode) */
  skip: number;
  timeout: number;
  fail: number;
}

/** Which PSEUDOCODE line each kind of step executes. */
export const LINES: Record<Routing, Lines> = {
  successor: { start: 0, own: 1, final: 2, ahead: 3, skip: 3, timeout: 4, fail: 4 },
  skip: { start: 0, own: 1, final: 2, ahead: 4, skip: 3, timeout: 5, fail: 5 },
  finger: { start: 0, own: 1, final: 2, ahead: 7, skip: 7, timeout: 9, fail: 8 },
  full: { start: 0, own: 1, final: 2, ahead: 2, skip: 2, timeout: 3, fail: 3 },
};

export interface RouteRequest {
  readonly keyId: number;
  /** The key as given, for narration and the overlay. */
  readonly key: Key;
  readonly from: NodeId;
  readonly routing: Routing;
  /** skip mode: the far pointer is this many nodes ahead */
  readonly skip: number;
  /** fix stale pointers found by timeouts */
  readonly repair: boolean;
  readonly purpose: LookupPurpose;
}

export interface RouteOutcome {
  /** null when the lookup failed (no live pointer could make progress) */
  readonly owner: NodeId | null;
  readonly path: NodeId[];
  readonly timeouts: NodeId[];
}

interface Candidate extends Pick {
  /** true when the key lies in (n, candidate]: reaching it ends the lookup */
  readonly final: boolean;
}

/**
 * The pointer `k` nodes ahead, as the node would remember it: follow successor pointers k
 * times. A gone node on the way is where the (stale) pointer ends. null on rings of ≤ k nodes.
 */
export function skipPointer(d: Draft, from: NodeId, k: number): NodeId | null {
  let cur = from;
  for (let i = 0; i < k; i++) {
    const node = d.node(cur);
    if (!node) return cur;
    const nx = node.successors[0];
    if (nx === undefined || nx === from) return null;
    cur = nx;
  }
  return cur === from ? null : cur;
}

/** n's pointers in the order the routing mode would try them (best first). */
function candidates(
  d: Draft,
  n: ChordNode,
  keyId: number,
  routing: Routing,
  skip: number,
): Candidate[] {
  const size = d.size;
  const at = n.id;
  const seen = new Set<NodeId>();
  const finals: Candidate[] = [];
  n.successors.forEach((s, j) => {
    if (!seen.has(s) && inHalfOpen(keyId, at, s, size)) {
      seen.add(s);
      finals.push({ node: s, source: 'successor', index: j, final: true });
    }
  });
  const succ = n.successors[0];
  if (succ === undefined || inHalfOpen(keyId, at, succ, size)) return finals;

  const ahead: Candidate[] = [];
  const push = (c: Candidate): void => {
    if (!seen.has(c.node)) {
      seen.add(c.node);
      ahead.push(c);
    }
  };
  const successorsAhead = (): Candidate[] =>
    n.successors
      .map((s, j): Candidate => ({ node: s, source: 'successor', index: j, final: false }))
      .filter((c) => inOpen(c.node, at, keyId, size));

  if (routing === 'finger') {
    // closest_preceding_finger scans from the top; on a timeout the next-best is the next
    // closest pointer to the key, finger or successor-list entry (§6.3).
    const all: Candidate[] = [];
    for (let i = n.fingers.length - 1; i >= 0; i--) {
      const f = n.fingers[i]!;
      if (inOpen(f, at, keyId, size))
        all.push({ node: f, source: 'finger', index: i, final: false });
    }
    all.push(...successorsAhead());
    all.sort((a, b) => dist(at, b.node, size) - dist(at, a.node, size));
    all.forEach(push);
  } else if (routing === 'skip') {
    const sp = skipPointer(d, at, skip);
    if (sp !== null && inOpen(sp, at, keyId, size)) {
      push({ node: sp, source: 'skip', index: skip, final: false });
    }
    successorsAhead().forEach(push);
  } else {
    successorsAhead().forEach(push);
  }
  return [...ahead, ...finals];
}

/**
 * A timeout taught `at` that `dead` is gone ("update finger link"): drop it from the
 * successor list (§6.3) and point fingers that named it at the next live candidate, the best
 * live pointer `at` has that still precedes the dead node (else its successor). If the whole
 * successor list was gone, the nearest live node it knows of becomes its successor.
 */
export function repairPointers(
  d: Draft,
  at: NodeId,
  dead: NodeId,
): { fingers: number[]; to: NodeId; successorList: boolean } {
  const n = d.live(at);
  const size = d.size;
  const known = [...new Set([...n.fingers, ...n.successors])].filter(
    (p) => p !== dead && p !== at && d.isLive(p),
  );
  let successors = n.successors.filter((s) => s !== dead);
  const successorList = successors.length !== n.successors.length;
  if (successors.length === 0) {
    const nearest = known.slice().sort((a, b) => dist(at, a, size) - dist(at, b, size))[0];
    successors = [nearest ?? at];
  }
  const before = known
    .filter((p) => inOpen(p, at, dead, size))
    .sort((a, b) => dist(at, b, size) - dist(at, a, size));
  const to = before[0] ?? successors[0]!;
  const fixed: number[] = [];
  const fingers = n.fingers.map((f, i) => {
    if (f !== dead) return f;
    fixed.push(i);
    return i === 0 ? successors[0]! : to;
  });
  d.patch(at, {
    successors: successorList ? successors : n.successors,
    fingers: fixed.length > 0 ? fingers : n.fingers,
  });
  return { fingers: fixed, to, successorList };
}

/** "apple (id 9)" or "54". */
export function keyLabel(key: Key, keyId: number): string {
  return typeof key === 'number' ? `${key}` : `"${key}" (id ${keyId})`;
}

/**
 * Routes a query for keyId from `from`, emitting one step per decision when a recorder is
 * given. The only state it changes is pointer repair (when req.repair).
 */
export function route(d: Draft, req: RouteRequest, rec: Recorder | null): RouteOutcome {
  const size = d.size;
  const L = LINES[req.routing];
  const k = req.keyId;
  const path: NodeId[] = [req.from];
  const timeouts: NodeId[] = [];

  const emitNow = (
    type: string,
    text: string,
    o: Partial<Omit<LookupOverlay, 'kind' | 'changed'>> & { at: NodeId; line: number },
  ): void => {
    if (!rec) return;
    rec.emit(type, text, {
      kind: 'lookup',
      purpose: req.purpose,
      routing: req.routing,
      key: req.key,
      keyId: k,
      origin: req.from,
      pick: null,
      token: null,
      path: [...path],
      timeouts: [...timeouts],
      owner: null,
      done: false,
      failed: false,
      ...o,
    });
  };
  const emit: typeof emitNow = (type, text, o) => {
    flushWalk();
    emitNow(type, text, o);
  };
  const finish = (owner: NodeId, text: string, line: number): RouteOutcome => {
    const hops = path.length - 1;
    emit(
      'found',
      `${text} Path ${path.join(' → ')}: ${hops} hop${hops === 1 ? '' : 's'}` +
        (timeouts.length > 0
          ? `, ${timeouts.length} timeout${timeouts.length === 1 ? '' : 's'}.`
          : '.'),
      { at: owner, owner, line, done: true },
    );
    return { owner, path, timeouts };
  };
  // Plain successor hops (first choice, the live successor, not the owner) are held back:
  // a run of up to FOLD_AFTER of them is recorded hop by hop, a longer one as one step.
  let walk: { from: NodeId; to: NodeId; count: number; held: (() => void)[] } | null = null;
  const flushWalk = (): void => {
    const w = walk;
    if (!w) return;
    walk = null;
    if (w.count <= FOLD_AFTER) return w.held.forEach((f) => f());
    emitNow(
      'walk',
      `${nodeName(w.from)} → … → ${nodeName(w.to)}: the query passes through ` +
        `${w.count.toLocaleString('en-US')} nodes, each handing it to its successor, because none ` +
        `of them has a pointer closer to ${k}.`,
      {
        at: w.to,
        line: L.ahead,
        pick: { node: w.to, source: 'successor', index: 0 },
        path: [...path],
        walk: { from: w.from, to: w.to, count: w.count },
      },
    );
  };
  const holdHop = (from: NodeId, to: NodeId, record: () => () => void): void => {
    const w = (walk ??= { from, to, count: 0, held: [] });
    w.to = to;
    w.count++;
    if (w.count <= FOLD_AFTER) w.held.push(record());
    else w.held = [];
  };
  const failed = (at: NodeId, text: string): RouteOutcome => {
    emit('lookup-failed', text, { at, line: L.fail, done: true, failed: true });
    return { owner: null, path, timeouts };
  };

  if (rec) {
    const what =
      req.purpose === 'join'
        ? `find_successor(${k}) for joining ${nodeName(k)}`
        : `a ${req.purpose} of key ${keyLabel(req.key, k)}`;
    emit('lookup-start', `${nodeName(req.from)} starts ${what} with ${req.routing} routing.`, {
      at: req.from,
      line: L.start,
    });
  }

  let at = req.from;
  let guard = 2 * d.ids.length + d.bits + 8;
  for (;;) {
    const n = d.live(at);
    const pred = n.predecessor;
    if (pred !== null && inHalfOpen(k, pred, at, size)) {
      return finish(
        at,
        `${nodeName(at)}: ${k} is in (${pred}, ${at}], so ${nodeName(at)} owns it.`,
        L.own,
      );
    }
    let cands: Candidate[];
    if (req.routing === 'full') {
      const owner = d.successorOf(k);
      if (owner === at) {
        return finish(at, `${nodeName(at)} knows every node: it owns ${k} itself.`, L.final);
      }
      cands = [{ node: owner, source: 'ring', index: indexOfId(d.ids, owner), final: true }];
    } else {
      cands = candidates(d, n, k, req.routing, req.skip);
    }

    let nextAt: NodeId | null = null;
    const tried = new Set<NodeId>();
    for (let ci = 0, attempt = 0; ci < cands.length; ci++, attempt++) {
      const c = cands[ci]!;
      const pick: Pick = { node: c.node, source: c.source, index: c.index };
      if (c.node === at) {
        // The list wrapped round to n itself: every other node it knows is gone.
        return finish(
          at,
          `${nodeName(at)}: every other node it knows is gone, so it owns ${k}.`,
          L.final,
        );
      }
      const live = d.isLive(c.node);
      if (rec) {
        const line = c.final ? L.final : c.source === 'skip' ? L.skip : L.ahead;
        // built only when recorded: a copy of the path per hop would be quadratic
        const record = (): (() => void) => {
          const hopPath = live ? [...path, c.node] : [...path];
          const text = hopText(d, n, c, attempt === 0, req);
          return () =>
            emitNow(attempt === 0 ? 'hop' : 'retry', text, {
              at,
              pick,
              line,
              token: { from: at, to: c.node },
              path: hopPath,
            });
        };
        if (attempt === 0 && live && !c.final && c.source === 'successor' && c.index === 0)
          holdHop(at, c.node, record);
        else {
          flushWalk();
          record()();
        }
      }
      if (!live) {
        timeouts.push(c.node);
        tried.add(c.node);
        let text = `${nodeName(at)} → ${nodeName(c.node)} timed out: ${nodeName(c.node)} has ${
          d.goneAs(c.node) ?? 'crashed'
        }. Back at ${nodeName(at)}, it tries its next-best pointer.`;
        if (req.repair) {
          const fix = repairPointers(d, at, c.node);
          const parts: string[] = [];
          if (fix.fingers.length > 0) {
            const idx = fix.fingers.map((i) => `finger[${i}]`).join(', ');
            parts.push(
              `${idx} now ${fix.fingers.length === 1 ? 'points' : 'point'} to ${nodeName(fix.to)}`,
            );
          }
          if (fix.successorList) parts.push(`${nodeName(c.node)} leaves its successor list`);
          if (parts.length > 0) text += ` Repair: ${parts.join('; ')}.`;
          // The repaired tables may offer pointers the old list did not have.
          if (req.routing !== 'full') {
            cands = candidates(d, d.live(at), k, req.routing, req.skip).filter(
              (x) => !tried.has(x.node),
            );
            ci = -1;
          }
        }
        emit('timeout', text, { at, pick, line: L.timeout, token: { from: c.node, to: at } });
        continue;
      }
      path.push(c.node);
      if (c.final) {
        return finish(c.node, `${nodeName(c.node)} owns ${k}.`, L.final);
      }
      nextAt = c.node;
      break;
    }
    if (nextAt === null) {
      return failed(
        at,
        `${nodeName(at)} has no live pointer toward ${k}: the lookup fails (retry after stabilization).`,
      );
    }
    at = nextAt;
    if (--guard < 0)
      return failed(at, `The lookup for ${k} is going round in circles; it gives up.`);
  }
}

function hopText(d: Draft, n: ChordNode, c: Candidate, first: boolean, req: RouteRequest): string {
  const at = n.id;
  const k = req.keyId;
  const me = nodeName(at);
  const succ = n.successors[0]!;
  const ptr =
    c.source === 'finger'
      ? `finger[${c.index}] = ${nodeName(c.node)}`
      : c.source === 'skip'
        ? `the pointer ${c.index} nodes ahead, ${nodeName(c.node)}`
        : c.source === 'ring'
          ? nodeName(c.node)
          : c.index === 0
            ? `the successor ${nodeName(c.node)}`
            : `successor-list entry ${c.index} = ${nodeName(c.node)}`;
  if (c.source === 'ring') {
    return `${me} knows every node: the first node clockwise from ${k} is ${nodeName(c.node)}, one hop away.`;
  }
  if (c.final) {
    return `${me}: ${k} is in (${at}, ${c.node}], so ${ptr} owns it.`;
  }
  if (!first) return `${me}: the next-best pointer toward ${k} is ${ptr}.`;
  const notMine = `${me}: ${k} is not in (${at}, ${succ}]`;
  if (req.routing === 'finger') {
    return c.source === 'finger'
      ? `${notMine}; the closest preceding finger is ${ptr}.`
      : `${notMine}; the closest preceding pointer is ${ptr}.`;
  }
  if (req.routing === 'skip') {
    if (c.source === 'skip') return `${notMine}; ${ptr} does not pass ${k}: jump there.`;
    const sp = skipPointer(d, at, req.skip);
    const why =
      sp === null
        ? `the ring is too small for a pointer ${req.skip} nodes ahead`
        : `the pointer ${req.skip} nodes ahead, ${nodeName(sp)}, would pass ${k}`;
    return `${notMine}; ${why}, so it goes to ${ptr}.`;
  }
  return `${notMine}; it passes the query to ${ptr}.`;
}
