/**
 * The DHT lab's store: the Chord scenario JSON is the source of truth; every user action is
 * validated, appended to the scenario as one more op (forking the history at the cursor) and
 * to the timeline as the engine's steps for it. Rebuilding the saved JSON reproduces the
 * exact same frames (that is what share links rely on).
 */
import {
  applyChordOp,
  buildChordTimeline,
  compareRouting,
  contextOf,
  hashId,
  parseChordOp,
  parseChordScenario,
  parseExperiment,
  ROUTINGS,
  type ChordFrame,
  type ChordScenario,
  type Key,
  type NodeId,
  type Routing,
} from '../engine/chord';
import { fail, isRecord, ScenarioError } from '../engine/scenario/errors';
import { createTimeline, currentState, fork, jump, type Timeline } from '../engine/timeline';
import { createLabStore, type ScenarioJson } from './lab';
import { chordViewChecks } from './chordView';

export type ChordTimeline = Timeline<ChordFrame>;

export interface CompareRow {
  routing: Routing;
  owner: number | null;
  path: number[];
  hops: number;
  timeouts: number;
  failed: boolean;
}

/** The Chord paper's Fig. 3 ring, a few keys, and its Fig. 3b lookup queued. */
export function defaultChordScenario(): ScenarioJson {
  return {
    kind: 'chord',
    version: 1,
    seed: 1,
    bits: 6,
    nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
    replicas: 1,
    routing: 'finger',
    keys: { owl: 'hoot', date: 'sweet', peach: 'fuzzy', berry: 'blue', ant: 'six legs' },
    steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
    view: { selected: 8 },
  };
}

export function buildTimeline(s: ChordScenario): ChordTimeline {
  const r = buildChordTimeline(s);
  return createTimeline(r.base, r.steps);
}

/** "42" → 42, " alice " → "alice"; empty → a clear error. */
export function parseRef(text: string, what: string): string | number {
  const t = text.trim();
  if (t === '') fail(`Type a ${what} first (a number like 42, or a name like "alice").`);
  if (/^-?\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (!Number.isInteger(n) || n < 0)
      fail(
        `${what[0]!.toUpperCase()}${what.slice(1)} ${t} is not an id on the circle: ids are whole numbers from 0.`,
      );
    return n;
  }
  return t;
}

/**
 * The scenario steps that produced the picture at the cursor: ops whose steps are all shown
 * are kept as they are; the op the cursor is in the middle of gets "upTo": k.
 */
export function stepsUpToCursor(rawSteps: readonly unknown[], timeline: ChordTimeline): unknown[] {
  const cursor = timeline.cursor;
  if (cursor === 0) return [];
  const lastShown = timeline.steps[cursor - 1]!;
  const j = lastShown.op;
  if (j === undefined) return rawSteps.slice();
  let shown = 0;
  let total = 0;
  timeline.steps.forEach((st, i) => {
    if (st.op !== j) return;
    total++;
    if (i < cursor) shown++;
  });
  const kept = rawSteps.slice(0, j + 1);
  if (shown < total) {
    const last = kept[j];
    kept[j] = { ...(isRecord(last) ? last : {}), upTo: shown };
  }
  return kept;
}

export interface ChordActions {
  /** add a node from the "Node id" input (id or name); true when it was added */
  addNode(text: string): boolean;
  addNodeAt(id: number): boolean;
  leave(id: number): void;
  crash(id: number): void;
  lookup(key: string, routing: Routing, from: number | null): void;
  put(key: string, value: string, from: number | null): void;
  get(key: string, from: number | null): void;
  stabilize(rounds?: number): void;
  check(): void;
  compare(key: string, from: number | null): void;
  select(id: number | null): void;
  /** a new scenario with other settings (bits, replicas, or a random ring of N nodes) */
  newRing(change: { bits?: number | string; replicas?: number; nodes?: number | string }): void;
  /**
   * Changes how lookups route or recover (the skip distance k, finger repair) and replays the
   * same operations with it, at the same step: "what if the nodes did not repair?"
   */
  setOptions(change: { skip?: number | string; repair?: boolean }): void;
  /** opens the statistics panel on an experiment (from an import) */
  openExperiment(req: StatsRequest): void;
}

/** The routing comparison's rows: derived from the frame, never trusted from a link. */
export function compareRows(
  frame: ChordFrame,
  key: Key,
  from: NodeId,
  parsed: ChordScenario,
): CompareRow[] {
  return compareRouting(frame, key, from, contextOf(parsed)).map((r) => ({
    routing: r.routing,
    owner: r.owner,
    path: r.path,
    hops: r.hops,
    timeouts: r.timeouts.length,
    failed: r.owner === null,
  }));
}

export const chordStore = createLabStore<ChordScenario, ChordFrame, ChordActions>(
  {
    lab: 'dht',
    kind: 'chord',
    parse: parseChordScenario,
    build: buildTimeline,
    defaultScenario: defaultChordScenario,
    viewChecks: (parsed, timeline) => chordViewChecks(parsed, timeline, compareRows),
  },
  (_set, get) => {
    /** Validates an op, forks at the cursor, appends it, shows its first step. */
    const act = (opJson: Record<string, unknown>, after?: (frame: ChordFrame) => void): boolean => {
      try {
        const { scenario, parsed, timeline } = get();
        const frame = currentState(timeline);
        const ctx = contextOf(parsed);
        const op = parseChordOp(opJson, frame, ctx);
        const rawSteps = Array.isArray(scenario.steps) ? (scenario.steps as unknown[]) : [];
        const kept = stepsUpToCursor(rawSteps, timeline);
        const index = kept.length;
        const applied = applyChordOp(frame, op, ctx, index);
        const json: ScenarioJson = { ...scenario, steps: [...kept, opJson] };
        const nextParsed = parseChordScenario(json);
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
    const fromOrFirst = (from: number | null): number => {
      const f = frameNow();
      if (from !== null && f.nodes.has(from as NodeId)) return from;
      const sel = get().view.selected;
      if (typeof sel === 'number' && f.nodes.has(sel as NodeId)) return sel;
      const first = f.ids[0];
      if (first === undefined) fail('The ring is empty: add a node first.');
      return first;
    };
    const keyOf = (text: string): Key => parseRef(text, 'key');
    const addId = (id: number): boolean => {
      const f = frameNow();
      if (f.nodes.has(id as NodeId)) {
        get().report(new ScenarioError(`N${id} is already in the ring: pick a free id.`));
        return false;
      }
      let via: number;
      try {
        via = fromOrFirst(null);
      } catch (e) {
        get().report(e);
        return false;
      }
      return act({ op: 'join', id, via }, () => get().setView({ selected: id }));
    };

    return {
      addNode: (text) => {
        try {
          const ref = parseRef(text, 'node id');
          const bits = get().parsed.bits;
          const id = hashId(ref, bits);
          const ok = addId(id);
          if (ok && typeof ref === 'string')
            get().notify(`"${ref}" hashes to id ${id}: N${id} joins.`);
          return ok;
        } catch (e) {
          get().report(e);
          return false;
        }
      },
      addNodeAt: (id) => addId(id),
      leave: (id) => void act({ op: 'leave', id }),
      crash: (id) => void act({ op: 'crash', id }),
      lookup: (key, routing, from) => {
        try {
          void act({ op: 'lookup', from: fromOrFirst(from), key: keyOf(key), routing });
        } catch (e) {
          get().report(e);
        }
      },
      put: (key, value, from) => {
        try {
          if (value.trim() === '') fail('Put needs a value: type one in the "Value" box.');
          const routing = routingOf(get().view.routing);
          void act({ op: 'put', from: fromOrFirst(from), key: keyOf(key), value, routing });
        } catch (e) {
          get().report(e);
        }
      },
      get: (key, from) => {
        try {
          const routing = routingOf(get().view.routing);
          void act({ op: 'get', from: fromOrFirst(from), key: keyOf(key), routing });
        } catch (e) {
          get().report(e);
        }
      },
      stabilize: (rounds = 1) => void act({ op: 'stabilize', rounds }),
      check: () => void act({ op: 'check' }),
      compare: (keyText, from) => {
        try {
          const key = keyOf(keyText);
          const f = frameNow();
          const origin = fromOrFirst(from);
          hashId(key, f.bits); // validates a numeric key against the circle
          const rows = compareRows(f, key, origin as NodeId, get().parsed);
          get().setView({ compare: { key, from: origin, rows } });
        } catch (e) {
          get().report(e);
        }
      },
      select: (id) => get().setView({ selected: id ?? undefined }),
      newRing: (change) => {
        try {
          const { scenario, parsed, timeline } = get();
          const json: ScenarioJson = { ...scenario, steps: [] };
          const notes: string[] = [];
          let bits = parsed.bits;
          if (change.bits !== undefined) {
            bits = Number(change.bits);
            if (!Number.isInteger(bits) || bits < 3 || bits > 32)
              fail(`Bits (m) must be a whole number from 3 to 32, got "${change.bits}".`);
            json.bits = bits;
          }
          if (change.replicas !== undefined) {
            if (!Number.isInteger(change.replicas) || change.replicas < 1 || change.replicas > 5)
              fail('Replicas must be from 1 to 5.');
            json.replicas = change.replicas;
          }
          if (change.nodes !== undefined) {
            const n = Number(change.nodes);
            if (!Number.isInteger(n) || n < 16 || n > 10000)
              fail(`A random ring has 16 to 10,000 nodes, got "${change.nodes}".`);
            // room for the nodes: at least 4 ids per node
            const need = Math.min(32, Math.ceil(Math.log2(n * 4)));
            if (bits < need) {
              bits = need;
              json.bits = bits;
              notes.push('m raised to fit');
            }
            json.nodes = n;
            json.seed = ((Number(scenario.seed) || 1) % 1_000_000) + 1;
          } else {
            // keep today's members (joins included) that fit on the new circle
            const frame = currentState(timeline);
            const size = 2 ** bits;
            const ids = frame.ids.filter((id) => id < size);
            const dropped = frame.ids.length - ids.length;
            if (ids.length === 0) {
              json.nodes = Math.min(8, size);
              notes.push('8 random nodes (none fitted)');
            } else {
              json.nodes =
                ids.length > 64 && typeof scenario.nodes === 'number' && dropped === 0
                  ? scenario.nodes
                  : ids;
              if (dropped > 0)
                notes.push(
                  `${dropped} node${dropped === 1 ? '' : 's'} beyond id ${size - 1} dropped`,
                );
            }
          }
          const stepsBefore = timeline.steps.length;
          const parsedNext = parseChordScenario(json);
          const next = buildTimeline(parsedNext);
          get().commit(json, parsedNext, next);
          get().setView({ selected: undefined, compare: undefined });
          if (stepsBefore > 0)
            notes.push(`${stepsBefore} step${stepsBefore === 1 ? '' : 's'} cleared`);
          get().notify(
            `New ring: ${parsedNext.nodes.length} nodes, m = ${parsedNext.bits}, replicas ${parsedNext.replicas}` +
              (notes.length ? ` (${notes.join('; ')}).` : '.'),
          );
        } catch (e) {
          get().report(e);
        }
      },
      setOptions: (change) => {
        try {
          const { scenario, timeline } = get();
          const json: ScenarioJson = { ...scenario };
          const said: string[] = [];
          if (change.skip !== undefined) {
            const k = Number(change.skip);
            if (!Number.isInteger(k) || k < 1 || k > 64)
              fail(
                `The skip distance k must be a whole number from 1 to 64, got "${change.skip}".`,
              );
            json.skip = k;
            said.push(`skip pointers now reach ${k} node${k === 1 ? '' : 's'} ahead`);
          }
          if (change.repair !== undefined) {
            json.repair = change.repair;
            said.push(
              change.repair
                ? 'lookups repair the stale fingers they find'
                : 'lookups leave stale fingers alone',
            );
          }
          const parsedNext = parseChordScenario(json);
          const next = jump(buildTimeline(parsedNext), timeline.cursor);
          get().commit(json, parsedNext, next);
          if (timeline.steps.length > 0) said.push('the run was replayed with it');
          get().notify(said.length ? `${said.join('; ')}.` : null);
        } catch (e) {
          get().report(e);
        }
      },
      openExperiment: (req) =>
        get().setView({
          stats: true,
          experiment: req,
          // an import runs at once, even when the panel is already open
          autorun: Number(get().view.autorun ?? 0) + 1,
        }),
    };
  },
);

/** An experiment the statistics panel runs: its JSON, as the engine's parseExperiment takes it. */
export type StatsRequest = Record<string, unknown>;

/** Validates experiment JSON; returns the sentence naming the problem when it is bad. */
export function parseExperimentSafe(raw: Record<string, unknown>): StatsRequest | string {
  try {
    parseExperiment(raw);
    return raw;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function routingOf(v: unknown): Routing {
  return ROUTINGS.includes(v as Routing) ? (v as Routing) : 'finger';
}

/**
 * An imported {"kind": "experiment"} opens the statistics panel with those parameters.
 * Returns false for any other kind (the shell then tries the labs' own kinds).
 */
export function importExperiment(raw: Record<string, unknown>): boolean {
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
