/**
 * The DHT lab's store: the Chord scenario JSON is the source of truth; every user action is
 * validated, appended to the scenario as one more op (forking the history at the cursor) and
 * to the timeline as the engine's steps for it. Rebuilding the saved JSON reproduces the
 * exact same frames (that is what share links rely on).
 */
import { isolate } from '../engine/text';
import {
  applyChordOp,
  contextOf,
  checkChordOp,
  parseChordScenario,
  withOps,
  type ChordFrame,
  type ChordOp,
  type ChordScenario,
  type Key,
  type NodeId,
  type Routing,
} from '../engine/chord';
import { fail, ScenarioError } from '../engine/scenario/errors';
import { currentState, fork, jump, stateAt } from '../engine/timeline';
import { createLabStore, type ScenarioJson } from './lab';
import { jsonArray, type JsonObject } from '../engine/scenario/json';
import { chordViewChecks, type ChordView } from './chordView';
import { labQuiz } from './quiz';
import { CHORD_QUIZ, suggestChordQuestions } from '../engine/chord/quiz';
import { defaultChordScenario, buildTimeline } from './chord/scenario';
import { planNewRing, newRingNotice, type NewRingChange } from './chord/newRing';
import { optionsJson, type OptionsChange } from './chord/setOptions';
import { compareRows } from './chord/compare';
import { chordHeavy, heavyLabel } from './chord/heavy';
import { statsSlice, type StatsSlice } from './chord/stats';
import { parseKey, parseNode, type NodeRef } from './chord/parseRef';
import { stepsUpToCursor, upToCursor } from './chord/stepsUpToCursor';
import { type StatsRequest, parseExperimentSafe } from './chord/experiment';

export interface ChordActions extends StatsSlice {
  /**
   * The "Node id" box's text as a node (parsed and hashed once, here); a bad one is reported
   * and gives null. addNode takes only a parsed NodeRef.
   */
  readNode(text: string): NodeRef | null;
  /** add the node read from the "Node id" box; true when it was added */
  addNode(ref: NodeRef): boolean;
  /** add a node at a clicked id on the circle */
  addNodeAt(id: NodeId): boolean;
  leave(id: NodeId): void;
  crash(id: NodeId): void;
  /**
   * The "Key" box's text as a key (parsed once, here); a bad one is reported and gives null.
   * The key actions below take only a parsed Key.
   */
  readKey(text: string): Key | null;
  /** from: null = the selected or first node */
  lookup(key: Key, routing: Routing, from: NodeId | null): void;
  put(key: Key, value: string, from: NodeId | null): void;
  get(key: Key, from: NodeId | null): void;
  stabilize(rounds?: number): void;
  check(): void;
  compare(key: Key, from: NodeId | null): void;
  select(id: NodeId | null): void;
  /** a new scenario with other settings (bits, replicas, or a random ring of N nodes) */
  newRing(change: NewRingChange): void;
  /**
   * Changes how lookups route or recover (the skip distance k, finger repair) and replays the
   * same operations with it, at the same step: "what if the nodes did not repair?"
   */
  setOptions(change: OptionsChange): void;
  /** opens the statistics panel on an experiment (from an import) */
  openExperiment(req: StatsRequest): void;
}

export const chordStore = createLabStore<ChordScenario, ChordFrame, ChordActions, ChordView>(
  {
    lab: 'dht',
    kind: 'chord',
    parse: parseChordScenario,
    build: buildTimeline,
    defaultScenario: defaultChordScenario,
    viewChecks: (parsed, timeline) => chordViewChecks(parsed, timeline, compareRows),
    heavy: chordHeavy(),
    quiz: labQuiz('DHT ring', CHORD_QUIZ, (t) => t, suggestChordQuestions),
  },
  (set, get) => {
    /** Checks an op, forks at the cursor, appends it, shows its first step. */
    const act = (input: ChordOp, after?: (frame: ChordFrame) => void): boolean => {
      try {
        const { scenario, parsed, timeline } = get();
        const frame = currentState(timeline);
        const ctx = contextOf(parsed);
        // typed already: checked, not parsed (JSON is read only where a scenario comes in)
        const op = checkChordOp(input, frame, ctx);
        const kept = stepsUpToCursor(jsonArray(scenario.steps), timeline);
        const index = kept.length;
        const json: ScenarioJson = { ...scenario, steps: [...kept, op] };
        if (heavyLabel(json, index) !== null) {
          // Stabilize on a big ring: the worker replays the run with it, the ring shown stays
          const cursor = timeline.cursor;
          get().build(
            json,
            (parsed, built) => {
              get().commit(json, parsed, jump(built, Math.min(cursor + 1, built.steps.length)));
              after?.(stateAt(built, built.steps.length));
            },
            index,
          );
          return true;
        }
        // the parsed ops up to the cursor plus this one: the ring is not drawn from its seed again
        const ops = upToCursor(parsed.steps, timeline, (o, upTo) => ({ ...o, upTo }));
        const nextParsed = withOps(parsed, [...ops, op]);
        // rounds already run: this click's stabilization numbers its rounds on from there
        const roundsBefore = nextParsed.steps
          .slice(0, index)
          .reduce((n, o) => n + (o.op === 'stabilize' ? o.rounds : 0), 0);
        const applied = applyChordOp(frame, op, { ...ctx, roundsBefore }, index);
        let next = fork(timeline, applied.steps);
        if (applied.steps.length > 0) next = jump(next, timeline.cursor + 1);
        get().commit(json, nextParsed, next);
        after?.(applied.frame);
        return true;
      } catch (e) {
        get().report(e);
        return false;
      }
    };
    const frameNow = () => currentState(get().timeline);
    const fromOrFirst = (from: NodeId | null): NodeId => {
      const f = frameNow();
      if (from !== null && f.nodes.has(from)) return from;
      const sel = get().view.selected;
      if (sel != null && f.nodes.has(sel)) return sel;
      const first = f.ids[0];
      if (first === undefined) fail('The ring is empty: add a node first.');
      return first;
    };
    const addId = (id: NodeId): boolean => {
      const f = frameNow();
      if (f.nodes.has(id)) {
        get().report(new ScenarioError(`N${id} is already in the ring: pick a free id.`));
        return false;
      }
      let via: NodeId;
      try {
        via = fromOrFirst(null);
      } catch (e) {
        get().report(e);
        return false;
      }
      return act({ op: 'join', id, via }, () => get().setView({ selected: id }));
    };

    /** A box's text read once into a typed value; bad text is reported and gives null. */
    const reading = <T>(parse: () => T): T | null => {
      try {
        return parse();
      } catch (e) {
        get().report(e);
        return null;
      }
    };

    return {
      ...statsSlice(set, get),
      readNode: (text) => reading(() => parseNode(text, get().parsed.bits)),
      addNode: (ref) => {
        const ok = addId(ref.id);
        if (ok && ref.name !== null)
          get().notify(`${isolate(`"${ref.name}"`)} hashes to id ${ref.id}: N${ref.id} joins.`);
        return ok;
      },
      addNodeAt: addId,
      leave: (id) => void act({ op: 'leave', id }),
      crash: (id) => void act({ op: 'crash', id }),
      readKey: (text) => reading(() => parseKey(text)),
      lookup: (key, routing, from) => {
        try {
          void act({ op: 'lookup', from: fromOrFirst(from), key, routing });
        } catch (e) {
          get().report(e);
        }
      },
      put: (key, value, from) => {
        try {
          if (value.trim() === '') fail('Put needs a value: type one in the "Value" box.');
          const routing = get().view.routing ?? 'finger';
          void act({ op: 'put', from: fromOrFirst(from), key, value, routing });
        } catch (e) {
          get().report(e);
        }
      },
      get: (key, from) => {
        try {
          const routing = get().view.routing ?? 'finger';
          void act({ op: 'get', from: fromOrFirst(from), key, routing });
        } catch (e) {
          get().report(e);
        }
      },
      stabilize: (rounds = 1) => void act({ op: 'stabilize', rounds }),
      check: () => void act({ op: 'check' }),
      compare: (key, from) => {
        try {
          const f = frameNow();
          const origin = fromOrFirst(from);
          // the engine checks the key (on the circle) before it routes anything
          const rows = compareRows(f, key, origin, get().parsed);
          get().setView({ compare: { key, from: origin, rows } });
        } catch (e) {
          get().report(e);
        }
      },
      select: (id) => get().setView({ selected: id ?? undefined }),
      newRing: (change) => {
        try {
          const { json, notes } = planNewRing(get(), change);
          const stepsBefore = get().timeline.steps.length;
          get().build(json, (parsed, timeline) => {
            get().commit(json, parsed, timeline);
            get().setView({ selected: undefined, compare: undefined });
            get().notify(newRingNotice(parsed, notes, stepsBefore));
          });
        } catch (e) {
          get().report(e);
        }
      },
      setOptions: (change) => {
        try {
          const { timeline } = get();
          const { json, said } = optionsJson(get(), change);
          if (timeline.steps.length > 0) said.push('the run was replayed with it');
          get().build(json, (parsed, built) => {
            get().commit(json, parsed, jump(built, timeline.cursor));
            get().notify(said.length ? `${said.join('; ')}.` : null);
          });
        } catch (e) {
          get().report(e);
        }
      },
      openExperiment: (req) =>
        get().setView({
          stats: true,
          experiment: req,
          // an import runs at once, even when the panel is already open
          autorun: (get().view.autorun ?? 0) + 1,
        }),
    };
  },
);

/**
 * An imported {"kind": "experiment"} opens the statistics panel with those parameters.
 * Returns false for any other kind (the shell then tries the labs' own kinds).
 */
export function importExperiment(raw: JsonObject): boolean {
  if (raw.kind !== 'experiment') return false;
  const s = chordStore.getState();
  const req = parseExperimentSafe(raw);
  if (typeof req === 'string') {
    s.report(req);
    return true;
  }
  s.openExperiment(req);
  return true;
}
export { defaultChordScenario, buildTimeline } from './chord/scenario';
export type { ChordTimeline } from './chord/scenario';
export { parseKey, parseNode, parseRef } from './chord/parseRef';
export type { NodeRef } from './chord/parseRef';
export { stepsUpToCursor } from './chord/stepsUpToCursor';
export { parseExperimentSafe } from './chord/experiment';
export type { StatsRequest } from './chord/experiment';
export { compareRows } from './chord/compare';
export type { CompareRow } from './chord/compare';
export type { ChordView, CompareInfo } from './chordView';
