import { parsePaxosScenario } from './scenario';
import type { PaxosScenario } from './types';

/** A scenario for tests: two proposers (attack, retreat), overridden by `extra`. */
export function paxos(extra: Record<string, unknown> = {}): PaxosScenario {
  return parsePaxosScenario({
    kind: 'paxos',
    version: 1,
    seed: 1,
    acceptors: 3,
    quorum: 2,
    proposers: [
      { id: 'P1', value: 'attack' },
      { id: 'P2', value: 'retreat' },
    ],
    ...extra,
  });
}

export const forget = { type: 'byzantine', strategy: 'forget' } as const;
export const liar = { type: 'byzantine', strategy: 'liar' } as const;
