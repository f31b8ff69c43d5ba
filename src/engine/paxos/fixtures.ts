import { PAXOS_BASE } from './defaults';
import { parsePaxosScenario } from './scenario';
import type { PaxosScenario } from './types';

/** A scenario for tests: two proposers (attack, retreat), overridden by `extra`. */
export function paxos(extra: Record<string, unknown> = {}): PaxosScenario {
  return parsePaxosScenario({ ...PAXOS_BASE, ...extra });
}

export const forget = { type: 'byzantine', strategy: 'forget' } as const;
export const liar = { type: 'byzantine', strategy: 'liar' } as const;
