/** Scenario builders shared by the Byzantine engine's tests (the parser's defaults, 4 generals, OM(1)). */
import { BYZANTINE_BASE } from './defaults';
import type { Algorithm, ByzantineScenario, Order, Strategy } from './types';

export function byzScenario(over: Partial<ByzantineScenario> = {}): ByzantineScenario {
  return { ...BYZANTINE_BASE, ...over };
}

/** The positional form the figure and strategy tests read best with. */
export const scenario = (
  algorithm: Algorithm,
  generals: number,
  m: number,
  order: Order,
  traitors: Record<string, Strategy>,
  seed = 1,
): ByzantineScenario => byzScenario({ algorithm, generals, m, order, traitors, seed });
