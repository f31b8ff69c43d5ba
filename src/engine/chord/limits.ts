/** Size caps on a Chord scenario, so a bad file gets a clear message instead of a frozen tab. */
/** a random ring of 100,000 nodes is the largest the DHT lab draws (issue #11) */
export const MAX_SCENARIO_NODES = 100_000;
export const MAX_SCENARIO_STEPS = 10_000;
export const MAX_SCENARIO_KEYS = 10_000;
export const MAX_ROUNDS = 1_000;
export const MAX_REPLICAS = 16;
/** Names are labels on a projected ring: longer ones cannot be read and cost render time. */
export const MAX_NAME_LENGTH = 64;
/** A stored value is shown in the node panel; a page of text is plenty. */
export const MAX_VALUE_LENGTH = 1_000;
