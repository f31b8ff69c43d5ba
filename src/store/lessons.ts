import { BYZANTINE_LESSONS } from './lessons/byzantine';
import { DHT_LESSONS } from './lessons/dht';
import { PAXOS_LESSONS } from './lessons/paxos';
import type { Lesson } from './lessons/types';

export type { Lesson } from './lessons/types';
export { PAXOS_FORGET_SCHEDULE, PAXOS_LIAR_SCHEDULE } from './lessons/paxos';

/** Every lesson, in the order a lecture would take them: DHT, then Byzantine, then Paxos. */
export const LESSONS: readonly Lesson[] = [...DHT_LESSONS, ...BYZANTINE_LESSONS, ...PAXOS_LESSONS];
