import type { ByzantineScenario } from './types';

/** The parser's defaults with four generals and OM(1): what every Byzantine scenario starts from. */
export const BYZANTINE_BASE: ByzantineScenario = {
  kind: 'byzantine',
  version: 1,
  seed: 1,
  algorithm: 'OM',
  generals: 4,
  m: 1,
  order: 'attack',
  traitors: {},
};
