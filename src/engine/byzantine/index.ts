/**
 * The Byzantine Generals engine: Lamport, Shostak & Pease, "The Byzantine Generals Problem",
 * ACM TOPLAS 4(3), 1982, §1–§4. Pure TypeScript: no DOM, no React, no node: imports.
 */
export * from './types';
export { majority, choice, opposite } from './majority';
export { wantedValue, STRATEGY_TEXT, strategyText } from './strategies';
export { spoofTarget, networkOf, type Network } from './network';
export {
  parseAssumptions,
  parseDelays,
  checkSpoofers,
  SPOOF_PATTERN,
  MAX_DELAYS,
  MAX_DELAY_ROUNDS,
} from './assumptions';
export {
  omMessageCount,
  omMessagesPerLevel,
  omMessageFormula,
  OM_MESSAGE_FORMULA,
  MAX_GENERALS,
  MAX_M,
  MAX_OM_MESSAGES,
  type OmFormula,
} from './counts';
export { checkBounds, type Bounds } from './bounds';
export { judge } from './verdicts';
export { runByzantine } from './run';
export {
  parseByzantineScenario,
  runByzantineScenario,
  checkRelations,
  generalsOf,
  roundsOf,
  type ByzantineOutput,
} from './scenario';
export {
  FIG1,
  FIG2,
  heardBy,
  sameView,
  threeGeneralsLesson,
  type Heard,
  type LessonFigure,
  type ThreeGeneralsLesson,
} from './lesson';
export {
  buildByzantineTimeline,
  AUTO_MESSAGE_STEPS,
  MAX_MESSAGE_STEPS,
  type ByzFrame,
  type ByzPhase,
  type ByzTimeline,
  type Granularity,
  type StepBy,
  type Tally,
} from './frames';
export {
  computeCell,
  computeRequest,
  type ByzRequest,
  type ByzResult,
  type CellRequest,
} from './requests';
export { narrateMessage, narrateDecision } from './narration';
export {
  findCounterexample,
  MAX_SEARCH_GENERALS,
  DEFAULT_SEARCH_BUDGET,
  RANDOM_SEEDS_TRIED,
  type CounterexampleResult,
  type SearchOptions,
} from './counterexample';
export { searchSpaceSize } from './searchSpace';
export {
  parseBoundsExperiment,
  runBoundsExperiment,
  boundsCell,
  BOUNDS_BUDGET,
  type BoundsExperiment,
  type BoundsCell,
  type BoundsOutput,
} from './boundsExperiment';
export { BYZANTINE_BASE } from './defaults';
export {
  liteTimeline,
  pairCounts,
  LITE_ABOVE,
  LITE_TREE_DEPTH,
  type LiteInfo,
  type PairCount,
} from './lite';
