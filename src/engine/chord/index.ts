/** The Chord engine's public surface (pure TypeScript: browser, Web Worker and CLI). */
export type {
  ChordFrame,
  ChordNode,
  CheckOverlay,
  DesignOverlay,
  DesignState,
  Key,
  KeyEntry,
  LookupOverlay,
  LookupPurpose,
  MembershipOverlay,
  NodeId,
  Overlay,
  Pick,
  PointerChange,
  PointerSource,
  ReadOverlay,
  ReplicaCopy,
  Routing,
  StabilizeOverlay,
  StabilizeRule,
  StoreOverlay,
} from './frames';
export { ROUTINGS, fingerStartOf } from './frames';
export type {
  ChordContext,
  ChordOp,
  OpResult,
  RouteResult,
  MoveResult,
  CrashResult,
  StabilizeResult,
  CheckOpResult,
  LeaveResult,
} from './operations';
export {
  parseChordScenario,
  withSteps,
  withOps,
  runChordScenario,
  buildChordTimeline,
  continueChordRun,
  applyChordOp,
  parseChordOp,
  checkChordOp,
  compareRouting,
  contextOf,
  baseFrame,
  type AppliedOp,
  type ChordRun,
  type ChordScenario,
  type ChordOutput,
} from './scenario';
export { checkRing, type CheckResult } from './checker';
export { checkFrame } from './designs/membership';
export { modNOwner, successorOwner } from './designs/modN';
export type { CacheEntry, KeyMove } from './designs/state';
export { CHORD_BUDGET, chordCost, checkChordBudget, type ChordCost } from './budget';
export { PSEUDOCODE, LINES, pseudocodeFor } from './pseudocode';
export { hashId, sha1Hex } from './hash';
export { asKey, asNodeId, nodeName, ringSize, inHalfOpen, inOpen, lowerBound } from './ring';
export { buildRing } from './builder';
export {
  parseExperiment,
  runExperiment,
  EXPERIMENT_LIMITS,
  type ExperimentScenario,
  type ExperimentOutput,
  type ExperimentName,
  type PathLengthRow,
  type LoadBalanceRow,
  type FailuresRow,
} from './experiments';
export type { MembershipCostRow } from './designs/cost';
export { PAPER_RING, FRUIT, PAPER_SCENARIO, defaultExperiment, sizesUpTo } from './defaults';
