import type { AcceptorState, Config, Message, Proposal } from './types';

/**
 * What the `liar` strategy claims in its promise for prepare(b): that it accepted, at the highest
 * ballot below b (b − 1, never a real ballot since real ones are multiples of ten), a value
 * other than the one it really accepted: another proposer's value. The highest-ballot rule of phase 2(a)
 * then adopts the made-up value whatever the honest acceptors report: nothing in a promise can
 * be checked, which is what signatures fix in SM(m) and what real BFT protocols add.
 * Returns null when it has accepted nothing yet (it then reports nothing, like `forget`) or
 * when every proposer has the same value (there is nothing else to claim).
 */
export function liarClaim(cfg: Config, a: AcceptorState, m: Message): Proposal | null {
  if (!a.accepted) return null;
  const real = a.accepted.value;
  const other = cfg.proposers.find((p) => p.value !== real)?.value;
  return other === undefined ? null : { ballot: m.ballot - 1, value: other };
}
