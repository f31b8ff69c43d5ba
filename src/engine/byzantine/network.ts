import type { Rng } from '../prng';
import type { Algorithm, Assumptions, Delay, Order, Strategy } from './types';

/**
 * What the messengers do to a message once its sender has chosen what to send: the two
 * assumptions of §2 the lecturer can break.
 *
 * - Spoofing (A2 fails: "the receiver of a message knows who sent it"). A traitor playing
 *   `spoof:<id>` replaces every message loyal general <id> sends to a lieutenant other than
 *   itself by a fake with the opposite value. The receiver hears only the fake. Under OM it
 *   cannot tell, so the fake is what arrives. Under SM the fake carries no valid signature of
 *   <id> (A4: a loyal signature cannot be forged), so the receiver discards it and keeps the
 *   signed original.
 * - Asynchrony (A3 fails: "the absence of a message can be detected"). With a per-round
 *   timeout, a message that arrives `by` ≥ 1 rounds late is treated as missing, exactly like a
 *   silent traitor's: RETREAT in OM, nothing added to V in SM. A synchronous network waits
 *   for every message, so delays change nothing there.
 */
export interface Network {
  /** spoofer[g] = the traitor spoofing loyal general g, or -1 */
  readonly spoofer: readonly number[];
  /** late(from, to, round): rounds late after the timeout (0 = in time) */
  readonly late: (from: number, to: number, round: number) => number;
  /** SM: fakes are discarded */
  readonly signed: boolean;
}

/** What OM(m) and SM(m) are run on: the generals, the order, the traitors and the messengers. */
export interface RunInput {
  readonly n: number;
  readonly m: number;
  readonly order: Order;
  /** strategy[i] for traitors, null for loyal generals */
  readonly strategy: readonly (Strategy | null)[];
  readonly rng: Rng;
  /** spoofing and late messages; the paper's messengers when absent */
  readonly net?: Network;
}

/** `spoof:3` → 3; null for the other strategies. */
export function spoofTarget(s: Strategy | null): number | null {
  if (s === null || !s.startsWith('spoof:')) return null;
  return Number(s.slice('spoof:'.length));
}

export function networkOf(
  algorithm: Algorithm,
  strategy: readonly (Strategy | null)[],
  assumptions: Assumptions,
  delays: readonly Delay[],
): Network {
  const n = strategy.length;
  const spoofer = Array.from({ length: n }, () => -1);
  if (assumptions.spoofing) {
    strategy.forEach((s, t) => {
      const g = spoofTarget(s);
      // the lowest-numbered spoofer of g wins; any other would send the same fake anyway
      if (g !== null && g >= 0 && g < n && spoofer[g] === -1) spoofer[g] = t;
    });
  }
  const table = new Map<number, number>();
  if (!assumptions.synchronous) {
    for (const d of delays) table.set((d.round * n + d.from) * n + d.to, d.by);
  }
  return {
    spoofer,
    late:
      table.size === 0 ? () => 0 : (from, to, round) => table.get((round * n + from) * n + to) ?? 0,
    signed: algorithm === 'SM',
  };
}
