import type {
  Algorithm,
  Assumptions,
  ByzantineScenario,
  Order,
  Strategy,
} from '../../engine/byzantine';
import type { StepBy } from '../../engine/byzantine';
import type { BaseView } from '../view';

/** What the Byzantine stage shows. */
export type StageMode = 'ring' | 'tree' | 'lesson';

/** The Byzantine lab's view: the selected general, the stage and the step granularity. */
export interface ByzantineView extends BaseView {
  selected?: number | null;
  /** absent = the ring */
  stage?: StageMode | null;
  stepBy?: StepBy | 'auto' | null;
  /** the space-time diagram is shown beside (or under) the ring */
  diagram?: boolean | null;
}

export interface SearchReport {
  readonly found: boolean;
  readonly text: string;
}

export interface ByzantineExtra {
  /** the last counterexample search's answer, shown until the scenario changes */
  search: SearchReport | null;
  // what the worker computes, and the scenario it builds, are the lab's job (computingOf, pendingOf)

  setGenerals(n: number): void;
  setM(m: number): void;
  setOrder(order: Order): void;
  setAlgorithm(algorithm: Algorithm): void;
  setTraitor(general: number, traitor: boolean): void;
  toggleTraitor(general: number): void;
  setStrategy(general: number, strategy: Strategy): void;
  setStepBy(stepBy: StepBy): void;
  select(general: number | null): void;
  setStage(stage: StageMode): void;
  /** the paper's Fig. 1 (1) or Fig. 2 (2) as the run */
  loadFigure(figure: 1 | 2): void;
  /**
   * searches traitor strategies for a run that breaks IC1 or IC2: with the run's traitors (or
   * m), or with up to `traitors` of them, beyond m
   */
  findCounterexample(traitors?: number): void;
  /** makes one message arrive a round late (the network turns asynchronous), or on time again */
  delayMessage(message: { from: number; to: number; round: number }): void;
  /** switches one of the paper's assumptions (no spoofing, synchrony) on or off */
  setAssumption(key: keyof Assumptions, on: boolean): void;
  /** loads a whole scenario (a counterexample of the bound explorer) as the run */
  loadScenario(scenario: ByzantineScenario): void;
}
