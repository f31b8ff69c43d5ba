import { choice } from './majority';
import type { RunInput } from './network';
import { wantedValue } from './strategies';
import { ATTACK, COMMANDER, RETREAT, type ByzMessage, type Order } from './types';

export interface SmResult {
  readonly messages: ByzMessage[];
  readonly levelStart: number[];
  /** V[i] in the order values were added; V[0] = null */
  readonly V: (Order[] | null)[];
  /** choice(V[i]); rule[0] = null */
  readonly rule: (Order | null)[];
}

/** A signed order v:0:j1:…:jk as data. */
interface Signed {
  readonly value: Order;
  readonly chain: readonly number[];
}

/** A place where a loyal general would send `value` signed as `chain` (its own name last). */
interface Slot {
  readonly from: number;
  readonly to: number;
  readonly value: Order;
  readonly chain: readonly number[];
  readonly parent: number;
}

/**
 * SM(m) (§4), in synchronous rounds; a message of level k carries k lieutenant signatures after
 * the commander's:
 *
 *   (1) the commander signs its value and sends it to every lieutenant;
 *   (2) a lieutenant i receiving v:0:j1:…:jk with v not in V_i adds v to V_i and, if k < m,
 *       sends v:0:j1:…:jk:i to every lieutenant other than j1, …, jk (and itself);
 *   (3) when no more messages can arrive, i obeys choice(V_i).
 *
 * Traitors (the paper's assumption A4: a loyal general's signature cannot be forged, anyone can
 * verify it). Colluding traitors share keys and everything they receive. A traitor sends only
 * where a loyal general in its place would (it builds the V a loyal general would from what it
 * receives, and that gives its send slots), and at each slot its strategy picks the value it
 * wants the receiver to get (wantedValue in strategies.ts; null = silent). Then:
 *   - if the wanted value is the loyal one, it relays the loyal chain (signed by itself);
 *   - else it needs a valid chain with the wanted value and exactly k+1 signatures ending in its
 *     own: it takes the first signed order with that value the traitors hold (in the order they
 *     received them; a traitor commander holds both attack:0 and retreat:0) whose chain contains
 *     neither itself nor the receiver, pads it with other traitors' signatures (lowest ids
 *     first) to the right length and signs it;
 *   - if no such chain exists, it sends nothing (the slot is recorded with sent = false).
 * A traitor commander simply signs whatever value it wants.
 */
export function runSM(input: RunInput): SmResult {
  const { n, m, order, strategy, rng, net } = input;
  const messages: ByzMessage[] = [];
  const levelStart: number[] = [0];
  const traitorLieutenants: number[] = [];
  for (let i = 1; i < n; i++) if (strategy[i] != null) traitorLieutenants.push(i);
  const V: (Order[] | null)[] = [null];
  for (let i = 1; i < n; i++) V.push([]);

  // what the traitors hold, in the order they got it
  const held: Signed[] = [];
  if (strategy[COMMANDER] != null) {
    held.push({ value: ATTACK, chain: [COMMANDER] }, { value: RETREAT, chain: [COMMANDER] });
  }

  /** a chain with `value`, `length` signatures, ending in traitor t, not containing `to` */
  const forge = (value: Order, t: number, to: number, length: number): number[] | null => {
    if (t === COMMANDER) return [COMMANDER];
    for (const h of held) {
      if (h.value !== value) continue;
      const c = h.chain;
      if (c.length > length - 1 || c.includes(t) || c.includes(to)) continue;
      const need = length - 1 - c.length;
      const pad = traitorLieutenants.filter((x) => x !== t && x !== to && !c.includes(x));
      if (pad.length < need) continue;
      return [...c, ...pad.slice(0, need), t];
    }
    return null;
  };

  const send = (slot: Slot, level: number): void => {
    const s = strategy[slot.from] ?? null;
    let value: Order | null = slot.value;
    let chain = slot.chain;
    if (s !== null) {
      value = wantedValue(s, slot.value, slot.to, rng);
      if (value !== null && value !== slot.value) {
        const forged = forge(value, slot.from, slot.to, level + 1);
        if (forged === null) value = null;
        else chain = forged;
      }
    }
    // a fake in a loyal sender's name has no valid signature of it: discarded (A4)
    const spoofer = s === null && net ? (net.spoofer[slot.from] ?? -1) : -1;
    const spoofed = spoofer >= 0 && spoofer !== slot.to;
    const late = value !== null && net ? net.late(slot.from, slot.to, level) : 0;
    messages.push({
      id: messages.length,
      level,
      from: slot.from,
      to: slot.to,
      value: late > 0 ? null : value,
      sent: value !== null,
      path: [...chain, slot.to],
      loyal: slot.value,
      traitor: s !== null,
      parent: slot.parent,
      ...(spoofed ? { spoofedBy: spoofer } : {}),
      ...(late > 0 ? { late } : {}),
    });
  };

  for (let r = 1; r < n; r++) {
    send({ from: COMMANDER, to: r, value: order, chain: [COMMANDER], parent: -1 }, 0);
  }
  levelStart.push(messages.length);

  // Level k messages are the relays of what arrived at level k−1; deliver all of level k−1
  // first (so traitors know everything that has arrived), then send.
  for (let level = 1; level <= m; level++) {
    const start = levelStart[level - 1] ?? 0;
    const end = messages.length;
    const slots: Slot[] = [];
    for (let x = start; x < end; x++) deliver(x, slots);
    for (const slot of slots) send(slot, level);
    levelStart.push(messages.length);
  }
  // the last level arrives too (nobody relays it: k = m)
  for (let x = levelStart[m] ?? 0; x < messages.length; x++) deliver(x, null);

  function deliver(x: number, slots: Slot[] | null): void {
    const msg = messages[x]!;
    if (msg.value === null) return;
    const i = msg.to;
    const chain = msg.path.slice(0, -1);
    if (strategy[i] != null) held.push({ value: msg.value, chain });
    const Vi = V[i]!;
    if (Vi.includes(msg.value)) return;
    Vi.push(msg.value);
    if (slots === null) return;
    const signed = [...chain, i];
    for (let r = 1; r < n; r++) {
      if (r === i || chain.includes(r)) continue;
      slots.push({ from: i, to: r, value: msg.value, chain: signed, parent: x });
    }
  }

  const rule: (Order | null)[] = V.map((Vi) => (Vi === null ? null : choice(Vi)));
  return { messages, levelStart, V, rule };
}
