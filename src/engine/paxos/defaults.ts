/** Three acceptors, quorum 2, two proposers (attack, retreat): what Paxos scenarios start from. */
export const PAXOS_BASE = {
  kind: 'paxos',
  version: 1,
  seed: 1,
  acceptors: 3,
  quorum: 2,
  proposers: [
    { id: 'P1', value: 'attack' },
    { id: 'P2', value: 'retreat' },
  ],
} as const;
