/**
 * Lookup routing (Chord §4.3, Fig. 4–5) in the lecture's four variants, with §6.3's failure
 * handling: a hop to a gone node times out, the query goes back to the previous node, which
 * tries its next-best pointer ("go to the previous node then search again") and, with
 * `repair`, fixes the stale pointer it found ("update finger link").
 */
import type { Draft, Recorder } from './draft';
import type { Pick } from './frames';
import { inHalfOpen, indexOfId, nodeName, type NodeId } from './ring';
import { judgeOwner } from './verdict';
import { quickRoute } from './quickRoute';
import { LINES } from './pseudocode';
import { lookupRecorder } from './lookupRecorder';
import type { Candidate, Claim, RouteOutcome, RouteRequest } from './routeTypes';
import { candidates, fallbackFingers } from './candidates';
import { type PendingFinger, repairPointers, learnFingers } from './repair';
import { keyLabel, hopText } from './narration';

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
      const verdict = judgeOwner(d, k, quick.owner, quick.claim, undefined, quick.truth);
      return { owner: quick.owner, path, timeouts, claim: quick.claim, verdict };
    }
    path.length = 1;
  }
  const pending: PendingFinger[] = [];

  const { emit, emitNow, flushWalk, holdHop } = lookupRecorder(rec, req, path, timeouts);
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
      `${why}: ${nodeName(stranded ?? at)} cannot answer yet (the live successor of ${k} is ${nodeName(verdict.trueOwner)}); stabilization repairs the ring.` +
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
          const from = at; // a held hop is emitted after `at` has moved on
          return () =>
            emitNow(first ? 'hop' : 'retry', text, {
              at: from,
              pick,
              line,
              token: { from, to: c.node },
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
      // a node reached blindly, past what n knows, teaches no finger
      if (!c.fallback) learnAndTell(c.node, at);
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
          ? `${nodeName(stranded)}'s whole successor list is gone, and ${nodeName(at)}, which it asked instead, knows no way on toward ${k}`
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
    const byNode = new Map<NodeId, PendingFinger[]>();
    for (const p of learned) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
    const parts = [...byNode].map(([node, ps]) => {
      const who = node === req.from ? '' : ` at ${nodeName(node)}`;
      const fs = ps.map((p) => `finger[${p.index}]`).join(', ');
      const starts = ps.map((p) => p.start).join(', ');
      return ps.length === 1
        ? `${fs}${who} now points to ${nodeName(x)}, the first live node at or after its start ${starts} that the lookup reached`
        : `${fs}${who} now point to ${nodeName(x)}, the first live node at or after their starts (${starts}) that the lookup reached`;
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
export { keyLabel } from './narration';
export { findSuccessor, messagesOf } from './findSuccessor';
export type { RingRouting, RouteOutcome } from './routeTypes';
