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
import { dist, fingerStart, inHalfOpen, inOpen, indexOfId, nodeName, type NodeId } from './ring';
import { judgeOwner, type Verdict } from './verdict';
import { quickRoute } from './quickRoute';

/** Pseudo-code shown beside the ring, per routing mode; steps name the executing line. */
export const PSEUDOCODE: Record<Routing, readonly string[]> = {
  successor: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next successor-list entry',
    '  whole successor list gone: forward to the nearest live finger, claim nothing',
    '  no live pointer: "cannot answer yet" (stabilization repairs the ring)',
  ],
  skip: [
    'n.find_successor(id):',
    '  if id ∈ (predecessor, n]: return n',
    '  if id ∈ (n, successor]: return successor',
    '  if skip ∈ (n, id): return skip.find_successor(id)   // k nodes ahead',
    '  return successor.find_successor(id)',
    '  on timeout: back at n, try the next pointer',
    '  whole successor list gone: forward to the nearest live finger, claim nothing',
    '  no live pointer: "cannot answer yet" (stabilization repairs the ring)',
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
    'whole successor list gone: forward to the nearest live finger, claim nothing',
    'no live pointer: "cannot answer yet" (stabilization repairs the ring)',
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

/**
 * With a successor list (replicas > 1) finger routing also forwards to list entries: the
 * journal version of Chord (Stoica et al., ToN 2003), whose closest_preceding_node scans
 * fingers ∪ successor list. Same line numbers as PSEUDOCODE.finger, so LINES holds for both.
 */
const JOURNAL_FINGER: readonly string[] = PSEUDOCODE.finger.map((line, i) =>
  i === 3
    ? '  n′ = closest_preceding_node(id)'
    : i === 5
      ? 'n.closest_preceding_node(id):   // fingers ∪ successor list'
      : i === 6
        ? '  for u in fingers ∪ successor list, farthest first:'
        : i === 7
          ? '    if u ∈ (n, id): return u'
          : line,
);

/** The pseudo-code the engine runs for this mode and successor-list length. */
export function pseudocodeFor(routing: Routing, replicas: number): readonly string[] {
  return routing === 'finger' && replicas > 1 ? JOURNAL_FINGER : PSEUDOCODE[routing];
}

interface Lines {
  start: number;
  own: number;
  final: number;
  /** a pointer that precedes the key (forward the query) */
  ahead: number;
  /** the skip pointer (skip mode) */
  skip: number;
  timeout: number;
  /** the whole successor list is gone: forward to the nearest live finger (finger mode) */
  fallback: number;
  fail: number;
}

/** Which PSEUDOCODE line each kind of step executes. */
export const LINES: Record<Routing, Lines> = {
  successor: { start: 0, own: 1, final: 2, ahead: 3, skip: 3, timeout: 4, fallback: 5, fail: 6 },
  skip: { start: 0, own: 1, final: 2, ahead: 4, skip: 3, timeout: 5, fallback: 6, fail: 7 },
  finger: { start: 0, own: 1, final: 2, ahead: 7, skip: 7, timeout: 9, fallback: 10, fail: 11 },
  full: { start: 0, own: 1, final: 2, ahead: 2, skip: 2, timeout: 3, fallback: 3, fail: 3 },
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

/** How the answering node justified its answer: what the checker compares with the truth. */
export interface Claim {
  /** The node whose tables gave the answer. */
  readonly by: NodeId;
  /**
   * own: id ∈ (predecessor, n]; successor: id ∈ (n, successors[index]]; alone: every other
   * node n knows is gone; ring: n's full membership table.
   */
  readonly rule: 'own' | 'successor' | 'alone' | 'ring';
  readonly index: number;
  /** rule own: the predecessor it compared with. */
  readonly predecessor: NodeId | null;
}

export interface RouteOutcome {
  /** null when the lookup failed ("cannot answer yet") */
  readonly owner: NodeId | null;
  readonly path: NodeId[];
  readonly timeouts: NodeId[];
  readonly claim: Claim | null;
  /** Checked against the live ring: is `owner` the true successor of the key? */
  readonly verdict: Verdict;
}

interface Candidate extends Pick {
  /** true when the key lies in (n, candidate]: reaching it ends the lookup */
  readonly final: boolean;
  /** the whole successor list is gone: a live finger to forward through, never an owner */
  readonly fallback?: true;
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
  const ahead: Candidate[] = [];
  const push = (c: Candidate): void => {
    if (!seen.has(c.node)) {
      seen.add(c.node);
      ahead.push(c);
    }
  };
  const fingersAhead = (): Candidate[] => {
    const out: Candidate[] = [];
    for (let i = n.fingers.length - 1; i >= 0; i--) {
      const f = n.fingers[i]!;
      if (inOpen(f, at, keyId, size))
        out.push({ node: f, source: 'finger', index: i, final: false });
    }
    return out;
  };
  const succ = n.successors[0];
  if (succ === undefined || inHalfOpen(keyId, at, succ, size)) {
    // A finger between n and its successor (learned by fixFingers before stabilize caught
    // up) is still a way forward if the whole list turns out to be gone.
    if (routing === 'finger') fingersAhead().forEach(push);
    return [...finals, ...ahead];
  }
  const successorsAhead = (): Candidate[] =>
    n.successors
      .map((s, j): Candidate => ({ node: s, source: 'successor', index: j, final: false }))
      .filter((c) => inOpen(c.node, at, keyId, size));

  if (routing === 'finger') {
    // closest_preceding_finger scans from the top; on a timeout the next-best is the next
    // closest pointer to the key, finger or successor-list entry (§6.3).
    const all = [...fingersAhead(), ...successorsAhead()];
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
 * When every successor-list entry of n has timed out, its fingers are all it has left: the
 * nearest live ones first (the best guess at where the ring continues). They are for
 * forwarding only: n does not know whether the key lies before them, so it claims nothing.
 */
function fallbackFingers(d: Draft, n: ChordNode, skipNodes: ReadonlySet<NodeId>): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<NodeId>();
  n.fingers.forEach((f, i) => {
    if (f === n.id || seen.has(f) || skipNodes.has(f)) return;
    seen.add(f);
    out.push({ node: f, source: 'finger', index: i, final: false, fallback: true });
  });
  return out.sort((a, b) => dist(n.id, a.node, d.size) - dist(n.id, b.node, d.size));
}

/** A finger of `node` that named a dead node, waiting to learn its replacement. */
interface PendingFinger {
  readonly node: NodeId;
  readonly index: number;
  readonly start: number;
}

/**
 * A timeout taught `at` that `dead` is gone ("update finger link"). The successor list drops
 * it (§6.3), unless it was the last entry: a node never treats a finger as its successor on a
 * lookup's word, stabilization rejoins it instead. Fingers that named it wait for the lookup
 * to pass the first live node at or after their start (see `learnFingers`).
 */
export function repairPointers(
  d: Draft,
  at: NodeId,
  dead: NodeId,
): { pending: PendingFinger[]; successorList: boolean; listGone: boolean } {
  const n = d.live(at);
  const successors = n.successors.filter((s) => s !== dead);
  const listGone = successors.length === 0;
  const successorList = !listGone && successors.length !== n.successors.length;
  if (successorList) d.patch(at, { successors });
  const pending: PendingFinger[] = [];
  n.fingers.forEach((f, i) => {
    if (f === dead && i > 0)
      pending.push({ node: at, index: i, start: fingerStart(at, i, d.size) });
  });
  return { pending, successorList, listGone };
}

/**
 * Lazy repair: a finger whose node timed out takes the first live node at or after its start
 * that the lookup reached (`x`, just added to the path). Returns the fingers fixed.
 */
function learnFingers(d: Draft, pending: PendingFinger[], x: NodeId): PendingFinger[] {
  const learned: PendingFinger[] = [];
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i]!;
    if (x === p.node || !d.isLive(p.node)) continue;
    if (dist(p.node, x, d.size) < dist(p.node, p.start, d.size)) continue;
    const node = d.live(p.node);
    if (node.fingers[p.index] !== x) {
      d.patch(p.node, { fingers: node.fingers.map((f, j) => (j === p.index ? x : f)) });
    }
    learned.unshift(p);
    pending.splice(i, 1);
  }
  return learned;
}

/** "apple (id 9)" or "54". */
export function keyLabel(key: Key, keyId: number): string {
  return typeof key === 'number' ? `${key}` : `"${key}" (id ${keyId})`;
}

/**
 * find_successor(keyId) asked of `from`, silently: what joins, fixFingers and replication
 * use. null when the lookup cannot answer yet.
 */
export function findSuccessor(
  d: Draft,
  from: NodeId,
  keyId: number,
  repair = false,
): NodeId | null {
  return route(
    d,
    { keyId, key: keyId, from, routing: 'finger', skip: 1, repair, purpose: 'lookup' },
    null,
  ).owner;
}

/**
 * Routes a query for keyId from `from`, emitting one step per decision when a recorder is
 * given. The only state it changes is pointer repair (when req.repair).
 */
export function route(d: Draft, req: RouteRequest, rec: Recorder | null): RouteOutcome {
  const L = LINES[req.routing];
  const k = req.keyId;
  const path: NodeId[] = [req.from];
  const timeouts: NodeId[] = [];
  if (!rec) {
    // Nothing to record: when every pointer tried is live, the quick path gives the same answer.
    const quick = quickRoute(d, k, req.from, req.routing, req.skip, path);
    if (quick) {
      const verdict = judgeOwner(d, k, quick.owner, quick.claim);
      return { owner: quick.owner, path, timeouts, claim: quick.claim, verdict };
    }
    path.length = 1;
  }
  const pending: PendingFinger[] = [];

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
      correct: null,
      trueOwner: null,
      ...o,
    });
  };
  const emit: typeof emitNow = (type, text, o) => {
    flushWalk();
    emitNow(type, text, o);
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
  const tail = (): string => {
    const hops = path.length - 1;
    return (
      ` Path ${path.join(' → ')}: ${hops} hop${hops === 1 ? '' : 's'}` +
      (timeouts.length > 0
        ? `, ${timeouts.length} timeout${timeouts.length === 1 ? '' : 's'}.`
        : '.')
    );
  };
  const finish = (owner: NodeId, claim: Claim, text: string, line: number): RouteOutcome => {
    const verdict = judgeOwner(d, k, owner, claim);
    const told = verdict.correct
      ? text
      : `Wrong answer: ${nodeName(owner)} is not the owner of ${k}; the live successor of ${k} is ${nodeName(verdict.trueOwner)}. ${verdict.reason}.`;
    emit(verdict.correct ? 'found' : 'wrong-owner', told + tail(), {
      at: owner,
      owner,
      line,
      done: true,
      correct: verdict.correct,
      trueOwner: verdict.trueOwner,
    });
    return { owner, path, timeouts, claim, verdict };
  };
  const failed = (at: NodeId, why: string): RouteOutcome => {
    const verdict = judgeOwner(d, k, null, null, why);
    emit(
      'lookup-failed',
      `${why}: ${nodeName(stranded ?? at)} cannot answer yet; stabilization repairs the ring (the live successor of ${k} is ${nodeName(verdict.trueOwner)}).` +
        tail(),
      {
        at,
        line: L.fail,
        done: true,
        failed: true,
        correct: false,
        trueOwner: verdict.trueOwner,
      },
    );
    return { owner: null, path, timeouts, claim: null, verdict };
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
  /** the node whose whole successor list was gone, when the query went on by a finger */
  let stranded: NodeId | null = null;
  for (;;) {
    const n = d.live(at);
    const pred = n.predecessor;
    if (pred !== null && inHalfOpen(k, pred, at, d.size)) {
      return finish(
        at,
        { by: at, rule: 'own', index: 0, predecessor: pred },
        `${nodeName(at)}: ${k} is in (${pred}, ${at}], so ${nodeName(at)} owns it.`,
        L.own,
      );
    }
    let cands: Candidate[];
    if (req.routing === 'full') {
      const owner = d.successorOf(k);
      if (owner === at) {
        return finish(
          at,
          { by: at, rule: 'ring', index: 0, predecessor: null },
          `${nodeName(at)} knows every node: it owns ${k} itself.`,
          L.final,
        );
      }
      cands = [{ node: owner, source: 'ring', index: indexOfId(d.ids, owner), final: true }];
    } else {
      cands = candidates(d, n, k, req.routing, req.skip);
    }

    let nextAt: NodeId | null = null;
    let listGone = false;
    const tried = new Set<NodeId>();
    // §6.3 assumes some successor-list entry is alive. When none is, the node keeps going
    // through its live fingers (fixFingers keeps them in every mode), only as a way forward.
    const more = (): boolean => {
      if (listGone || req.routing === 'full') return false;
      if (!n.successors.every((s) => tried.has(s) || s === at)) return false;
      listGone = true;
      const fb = fallbackFingers(d, d.live(at), new Set([...tried, ...path]));
      cands = [...cands, ...fb];
      return fb.length > 0;
    };
    let attempt = 0;
    for (let ci = 0; ci < cands.length || more(); ci++) {
      const c = cands[ci]!;
      const pick: Pick = { node: c.node, source: c.source, index: c.index };
      if (c.node === at) {
        // The list wrapped round to n itself: every other node it knows is gone.
        return finish(
          at,
          { by: at, rule: 'alone', index: c.index, predecessor: null },
          `${nodeName(at)}: every other node it knows is gone, so it owns ${k}.`,
          L.final,
        );
      }
      if (!c.final && path.includes(c.node)) continue; // never send the query round in a circle
      const live = d.isLive(c.node);
      if (rec) {
        const line = c.fallback
          ? L.fallback
          : c.final
            ? L.final
            : c.source === 'skip'
              ? L.skip
              : L.ahead;
        const first = attempt === 0;
        // built only when recorded: a copy of the path per hop would be quadratic
        const record = (): (() => void) => {
          const hopPath = live ? [...path, c.node] : [...path];
          const text = hopText(d, n, c, first, req);
          return () =>
            emitNow(first ? 'hop' : 'retry', text, {
              at,
              pick,
              line,
              token: { from: at, to: c.node },
              path: hopPath,
            });
        };
        if (first && live && !c.final && c.source === 'successor' && c.index === 0)
          holdHop(at, c.node, record);
        else {
          flushWalk();
          record()();
        }
      }
      attempt++;
      if (!live) {
        timeouts.push(c.node);
        tried.add(c.node);
        let text = `${nodeName(at)} → ${nodeName(c.node)} timed out: ${nodeName(c.node)} has ${
          d.goneAs(c.node) ?? 'crashed'
        }. Back at ${nodeName(at)}, it tries its next-best pointer.`;
        if (req.repair) {
          const fix = repairPointers(d, at, c.node);
          pending.push(...fix.pending);
          const parts: string[] = [];
          if (fix.successorList) parts.push(`${nodeName(c.node)} leaves its successor list`);
          if (fix.pending.length > 0) {
            const idx = fix.pending.map((p) => `finger[${p.index}]`).join(', ');
            parts.push(
              `${idx} will point to the first live node at or after ${fix.pending.length === 1 ? 'its start' : 'their starts'} that this lookup reaches`,
            );
          }
          if (parts.length > 0) text += ` Repair: ${parts.join('; ')}.`;
        }
        emit('timeout', text, { at, pick, line: L.timeout, token: { from: c.node, to: at } });
        continue;
      }
      path.push(c.node);
      learnAndTell(c.node, at);
      if (c.final) {
        const ring = c.source === 'ring';
        return finish(
          c.node,
          { by: at, rule: ring ? 'ring' : 'successor', index: c.index, predecessor: null },
          `${nodeName(c.node)} owns ${k}.`,
          L.final,
        );
      }
      nextAt = c.node;
      break;
    }
    if (nextAt === null) {
      const why = listGone
        ? `${nodeName(at)}'s whole successor list is gone and no live finger leads on toward ${k}`
        : stranded !== null
          ? `${nodeName(stranded)}'s whole successor list is gone, and ${nodeName(at)}, where it sent the query, knows no way on toward ${k} that the query has not already passed`
          : `${nodeName(at)} has no live pointer toward ${k} that the query has not already passed`;
      return failed(at, why);
    }
    if (listGone) stranded = at;
    at = nextAt;
    if (--guard < 0) return failed(at, `The lookup for ${k} is going round in circles`);
  }

  function learnAndTell(x: NodeId, from: NodeId): void {
    if (pending.length === 0) return;
    const learned = learnFingers(d, pending, x);
    if (learned.length === 0 || !rec) return;
    const parts = learned.map((p) => {
      const who = p.node === req.from ? '' : ` at ${nodeName(p.node)}`;
      return `finger[${p.index}]${who} now points to ${nodeName(x)} (the first live node at or after its start ${p.start} that the lookup reached)`;
    });
    const src =
      from === learned[0]!.node
        ? ''
        : ` ${nodeName(learned[0]!.node)} learns it from ${nodeName(from)}, which passed the query on to ${nodeName(x)}.`;
    emit('repair', `Repair: ${parts.join('; ')}.${src}`, {
      at: x,
      line: L.timeout,
      token: null,
    });
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
  if (c.fallback) {
    return `${me}: its whole successor list is gone, so it cannot tell who owns ${k}. It forwards the query through its nearest live finger, ${ptr}, without taking it as its successor.`;
  }
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
