/**
 * A scenario's starting picture under a design, and which op routings fit which design: keys
 * placed by mod N (or a leader's view) cannot be looked up by ring routing, and vice versa.
 */
import { Draft } from '../draft';
import type { ChordFrame, Routing } from '../frames';
import type { ChordOp } from '../operations';
import { fail } from '../../scenario/errors';
import { initLeader } from './leader';
import { placeModN } from './modN';
import { emptyDesign } from './state';

export function initDesign(frame: ChordFrame, routing: Routing): ChordFrame {
  if (routing !== 'modN' && routing !== 'leader' && routing !== 'cached') return frame;
  const d = new Draft(frame);
  d.design = emptyDesign();
  if (routing === 'modN') placeModN(d);
  if (routing === 'leader') initLeader(d);
  d.takeChanges();
  return d.snapshot(null);
}

/** Throws a one-sentence error when an op's routing or leaderCrash does not fit the design. */
export function checkRoutingFits(scenario: Routing, op: ChordOp, where: string): void {
  if ('leaderCrash' in op && op.leaderCrash !== undefined && scenario !== 'leader')
    fail(`${where}: "leaderCrash" needs a scenario with "routing": "leader".`);
  if (!('routing' in op) || op.routing === undefined || op.routing === scenario) return;
  const own = scenario === 'modN' || scenario === 'leader';
  if (own)
    fail(
      `${where}: "routing" must be "${scenario}" (or left out) in a ${scenario} scenario: its keys are placed by ${scenario === 'modN' ? 'hash mod N' : "the leader's view"}.`,
    );
  if (op.routing === 'modN' || op.routing === 'leader')
    fail(
      `${where}: "routing": "${op.routing}" needs a scenario whose "routing" is "${op.routing}" (it places keys its own way).`,
    );
}
