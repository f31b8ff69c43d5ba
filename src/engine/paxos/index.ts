/**
 * The Paxos engine: single-decree Paxos from Lamport, "Paxos Made Simple" (2001), run under a
 * schedule of deliveries, drops, delays and crashes, with hacked acceptors that show why crash
 * tolerance is not Byzantine tolerance. Pure TypeScript: no DOM, no React.
 */
export * from './types';
export { receivePrepare, receiveAccept } from './acceptor';
export { startBallot, receivePromise, highestReport } from './proposer';
export { receiveAccepted } from './learner';
export { liarClaim } from './faults';
export { chosenOf, isSafe, isAgreement, verdictsOf, byId, type Verdicts } from './verdicts';
export { configOf, initialState } from './state';
export { applyEntry, describe as describeMessage, type Applied } from './step';
export { nextEntry, MAX_AUTO_STEPS, MAX_AUTO_BALLOTS } from './scheduler';
export { runPaxos, type PaxosRun, type PaxosStep, type RunOptions } from './run';
export {
  findViolation,
  MAX_SEARCH_ACCEPTORS,
  DEFAULT_SEARCH_BALLOTS,
  DEFAULT_SEARCH_STATES,
  type SearchResult,
  type SearchOptions,
} from './search';
export {
  parsePaxosScenario,
  parseSchedule,
  MAX_ACCEPTORS,
  MAX_PROPOSERS,
  MAX_LEARNERS,
} from './scenario';
export { runPaxosScenario, type PaxosOutput, type PaxosSearchOutput } from './output';
export { replan, type Replan } from './replan';
export { PAXOS_BASE } from './defaults';
