import { ATTACK, RETREAT, type Order } from './types';

/**
 * The paper's majority (§3): "the value held by more than half" of the values, RETREAT when
 * there is no such value (a tie or no values at all). With two possible orders it is the
 * paper's first choice of function: the majority value if one exists, else RETREAT.
 */
export function majority(values: readonly Order[]): Order {
  let attack = 0;
  for (const v of values) if (v === ATTACK) attack++;
  return attack * 2 > values.length ? ATTACK : RETREAT;
}

/**
 * The paper's choice(V) for SM (§4): the single element when |V| = 1, otherwise RETREAT —
 * so an empty set (no order arrived) and a set holding both orders (the commander is provably
 * a traitor) both give RETREAT.
 */
export function choice(V: Iterable<Order>): Order {
  const set = new Set(V);
  if (set.size === 1) {
    const [only] = set;
    if (only !== undefined) return only;
  }
  return RETREAT;
}

export function opposite(v: Order): Order {
  return v === ATTACK ? RETREAT : ATTACK;
}
