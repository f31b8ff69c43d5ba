/**
 * The DHT lab's questions, read off the run's own steps (so the answer is what the engine
 * did, stale fingers and timeouts included): where a lookup goes next, which finger it uses,
 * who owns a key, how many hops it takes, which keys a join moves.
 */
import type { Step } from '../timeline';
import { numberChoices, quizKind, suggestQuestions } from '../quiz';
import type { Asked, Choice, QuestionSpec, QuizKind } from '../quiz';
import type { ChordFrame, Key, LookupOverlay, MembershipOverlay, NodeId } from './frames';
import { CHORD_ROUTINGS, fingerStartOf } from './frames';
import { keyLabel } from './narration';

export interface ChordQuizRun {
  readonly base: ChordFrame;
  readonly steps: readonly Step<ChordFrame>[];
}

const N = (id: number) => `N${id}`;
const frameBefore = (r: ChordQuizRun, at: number): ChordFrame =>
  at <= 1 ? r.base : r.steps[at - 2]!.state;

function lookupAt(r: ChordQuizRun, at: number): LookupOverlay | null {
  const o = r.steps[at - 1]?.state.overlay;
  return o?.kind === 'lookup' && CHORD_ROUTINGS.includes(o.routing as never) ? o : null;
}

/** The last step of the lookup that step `at` belongs to (same operation, done). */
function lookupEnd(r: ChordQuizRun, at: number): LookupOverlay | null {
  const op = r.steps[at - 1]?.op;
  for (let i = at - 1; i < r.steps.length && r.steps[i]!.op === op; i++) {
    const o = r.steps[i]!.state.overlay;
    if (o?.kind === 'lookup' && o.done) return o;
  }
  return null;
}

/** A lookup that starts at step `at` (a user's lookup, put or get, not a join's). */
function startingLookup(r: ChordQuizRun, at: number) {
  const step = r.steps[at - 1];
  const o = lookupAt(r, at);
  if (step?.type !== 'lookup-start' || !o || o.purpose === 'join') return null;
  const end = lookupEnd(r, at);
  return end ? { start: o, end } : null;
}

/** Every node on the ring before the step (a click on any of them is an answer). */
function nodeChoices(frame: ChordFrame, also: NodeId | null): Choice[] {
  const ids = also === null || frame.ids.includes(also) ? frame.ids : [...frame.ids, also];
  return [...ids].sort((a, b) => a - b).map((id) => ({ id: String(id), label: N(id) }));
}

const keyText = (key: Key, keyId: number) =>
  typeof key === 'number' ? `key ${key}` : `key ${keyLabel(key, keyId)}`;

function nextHop(r: ChordQuizRun, at: number): Asked | null {
  const o = lookupAt(r, at);
  if (r.steps[at - 1]?.type !== 'hop' || !o?.pick || !o.token || o.walk) return null;
  return {
    prompt: `Which node does ${N(o.at)} forward the query for ${keyText(o.key, o.keyId)} to?`,
    input: 'stage',
    choices: nodeChoices(frameBefore(r, at), o.pick.node),
    answer: String(o.pick.node),
    why: r.steps[at - 1]!.text,
  };
}

function finger(r: ChordQuizRun, at: number): Asked | null {
  const o = lookupAt(r, at);
  if (r.steps[at - 1]?.type !== 'hop' || o?.pick?.source !== 'finger' || o.walk) return null;
  const frame = frameBefore(r, at);
  const node = frame.nodes.get(o.at);
  if (!node) return null;
  return {
    prompt: `Which entry of ${N(o.at)}'s finger table is used to forward the query for ${keyText(o.key, o.keyId)}?`,
    input: 'list',
    choices: node.fingers.map((f, i) => ({
      id: String(i),
      label: `finger[${i}] (start ${fingerStartOf(frame, o.at, i)}) = ${N(f)}`,
    })),
    answer: String(o.pick.index),
    why: r.steps[at - 1]!.text,
  };
}

function owner(r: ChordQuizRun, at: number): Asked | null {
  const l = startingLookup(r, at);
  if (!l || l.end.trueOwner === null) return null;
  const { end } = l;
  const truth = end.trueOwner!;
  const found =
    end.owner === truth
      ? ''
      : end.owner === null
        ? ' This lookup fails to find it.'
        : ` This lookup answers ${N(end.owner)}, which is wrong.`;
  return {
    prompt: `Who owns ${keyText(end.key, end.keyId)}?`,
    input: 'stage',
    choices: nodeChoices(frameBefore(r, at), truth),
    answer: String(truth),
    why:
      `${keyText(end.key, end.keyId)} lives on its successor: the first live node at or after ` +
      `id ${end.keyId} going clockwise, ${N(truth)}.${found}`,
  };
}

function hops(r: ChordQuizRun, at: number): Asked | null {
  const l = startingLookup(r, at);
  if (!l) return null;
  const n = l.end.path.length - 1;
  const last = r.steps.findIndex((s) => s.state.overlay === l.end);
  return {
    prompt: `How many hops will ${l.start.routing} routing take from ${N(l.start.origin)} to the owner of ${keyText(l.start.key, l.start.keyId)}?`,
    input: 'list',
    choices: numberChoices(n, at),
    answer: String(n),
    why: r.steps[last]?.text ?? `${n} hops.`,
  };
}

function movedKeys(r: ChordQuizRun, at: number): Asked | null {
  const step = r.steps[at - 1];
  const o = step?.state.overlay;
  if (step?.type !== 'join-start' || o?.kind !== 'join') return null;
  let last: MembershipOverlay = o;
  for (let i = at; i < r.steps.length && r.steps[i]!.op === step.op; i++) {
    const x = r.steps[i]!.state.overlay;
    if (x?.kind === 'join') last = x;
  }
  const before = frameBefore(r, at);
  const succ = before.ids.find((id) => id > o.node) ?? before.ids[0];
  const held = succ === undefined ? [] : (before.nodes.get(succ)?.keys ?? []);
  const moved = new Set(last.moved);
  const options = [
    [] as Key[],
    held.filter((k) => moved.has(k)),
    held.filter((k) => !moved.has(k)),
    [...held],
  ];
  if (last.moved.some((k) => !held.includes(k))) options.push([...last.moved]);
  const choices = dedupe(options.map((keys) => ({ id: setId(keys), label: setLabel(keys) })));
  return {
    prompt: `After ${N(o.node)} joins, which keys move to it?`,
    input: 'list',
    choices,
    answer: setId(last.moved),
    why:
      last.moved.length === 0
        ? `None: no key of ${succ === undefined ? 'the ring' : N(succ)} lies in the range ${N(o.node)} takes over, (its predecessor, ${o.node}].`
        : `${N(o.node)} takes over the ids up to ${o.node} from its successor${last.movedFrom === null ? '' : ` ${N(last.movedFrom)}`}: ${setLabel(last.moved)} ${last.moved.length === 1 ? 'moves' : 'move'}; the rest stay.`,
  };
}

const setId = (keys: readonly Key[]) => JSON.stringify([...keys].map(String).sort());
const setLabel = (keys: readonly Key[]) =>
  keys.length === 0 ? 'none' : keys.map((k) => (typeof k === 'number' ? k : `"${k}"`)).join(', ');
function dedupe(choices: Choice[]): Choice[] {
  return choices.filter((c, i) => choices.findIndex((d) => d.id === c.id) === i);
}

/** The kinds of question the DHT lab asks: name, menu label, where, and how. */
export const CHORD_QUIZ: readonly QuizKind<ChordQuizRun>[] = [
  quizKind('next-hop', 'Where does the query go next?', 'a hop of a lookup', nextHop),
  quizKind('finger', 'Which finger is used?', 'a hop that follows a finger', finger),
  quizKind('owner', 'Who owns the key?', 'the start of a lookup, put or get', owner),
  quizKind('hops', 'How many hops?', 'the start of a lookup, put or get', hops),
  quizKind('moved-keys', 'Which keys move?', 'the start of a join', movedKeys),
];

/** Default question points: a join's moved keys, then per lookup its owner (or, for successor
 * routing, its hop count), the finger it uses and where it goes next. */
export function suggestChordQuestions(r: ChordQuizRun): QuestionSpec[] {
  return suggestQuestions(
    CHORD_QUIZ,
    r,
    r.steps.length,
    (at) =>
      lookupAt(r, at)?.routing === 'successor'
        ? ['moved-keys', 'hops', 'next-hop']
        : ['moved-keys', 'owner', 'finger', 'next-hop'],
    (at) => r.steps[at - 1]?.op,
  );
}
