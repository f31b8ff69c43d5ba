/** The DHT lab's view fields, checked on every load (links, autosave, imports). */
import {
  hashId,
  parseChordOp,
  parseExperiment,
  ROUTINGS,
  type ChordFrame,
  type ChordScenario,
  type Key,
  type NodeId,
  type Routing,
} from '../engine/chord';
import { fail, ScenarioError } from '../engine/scenario/errors';
import { currentState, type Timeline } from '../engine/timeline';
import { boolean, oneOf, recordOf, wholeNumber, type BaseView, type ViewChecks } from './view';
import type { CompareRow } from './chord/compare';
import type { StatsRequest } from './chord/experiment';

/** The routing comparison panel: a key, its origin, and the rows derived from the frame. */
export interface CompareInfo {
  key: Key;
  from: NodeId;
  rows: CompareRow[];
}

/** The DHT lab's view: what is selected and which panels are open. */
export interface ChordView extends BaseView {
  /** the node whose finger table is on screen */
  selected?: NodeId | null;
  /** the routing the next lookup, put or get takes */
  routing?: Routing | null;
  /** the statistics panel is open */
  stats?: boolean;
  /** bumped to run the open experiment again (an import) */
  autorun?: number | null;
  experiment?: StatsRequest;
  compare?: CompareInfo;
}

export function chordViewChecks(
  parsed: ChordScenario,
  timeline: Timeline<ChordFrame>,
  compareRows: (frame: ChordFrame, key: Key, from: NodeId, parsed: ChordScenario) => CompareRow[],
): ViewChecks<ChordView> {
  const maxId = 2 ** parsed.bits - 1;
  return {
    selected: wholeNumber(maxId),
    routing: oneOf(ROUTINGS),
    stats: boolean,
    autorun: wholeNumber(1e9),
    experiment: (v, field) => {
      const raw = recordOf(v, field);
      try {
        parseExperiment({ kind: 'experiment', version: 1, ...raw });
      } catch (e) {
        if (e instanceof ScenarioError) fail(`"view.${field}": ${e.message}`);
        throw e;
      }
      return raw;
    },
    compare: (v, field) => {
      const raw = recordOf(v, field);
      const frame = currentState(timeline);
      // key and origin are checked like a lookup's; the rows are recomputed, never read
      let op;
      try {
        op = parseChordOp({ op: 'lookup', from: raw.from, key: raw.key }, frame, parsed);
      } catch (e) {
        if (!(e instanceof ScenarioError)) throw e;
        // the origin left the ring since (the lecturer stepped on): the panel just closes
        if (/not a live node/.test(e.message)) return undefined;
        fail(`"view.${field}": ${e.message}`);
      }
      if (op.op !== 'lookup') return undefined;
      hashId(op.key, parsed.bits);
      return { key: op.key, from: op.from, rows: compareRows(frame, op.key, op.from, parsed) };
    },
  };
}
