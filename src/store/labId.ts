/** The labs, by the name their route and share links use (#/dht, #/byzantine, #/paxos). */
export type LabId = 'dht' | 'byzantine' | 'paxos';
export const LABS: readonly LabId[] = ['dht', 'byzantine', 'paxos'];
