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
} from '../engine/chord';
import { fail, ScenarioError } from '../engine/scenario/errors';
import { currentState, type Timeline } from '../engine/timeline';
import { boolean, oneOf, recordOf, wholeNumber, type FieldCheck } from './view';

export function chordViewChecks(
  parsed: ChordScenario,
  timeline: Timeline<ChordFrame>,
  compareRows: (frame: ChordFrame, key: Key, from: NodeId, parsed: ChordScenario) => unknown[],
): Record<string, FieldCheck> {
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
