import type { ByzantineScenario } from './types';
import { fail } from '../scenario/errors';

/**
 * Message counts of OM(m) (§3). At relay level k every path 0→j1→…→jk (k distinct
 * lieutenants) is extended to each lieutenant not on it, so level k carries
 * (n−1)(n−2)…(n−1−k) messages and OM(m) sends the sum over k = 0..m when no traitor withholds.
 * A factor reaches 0 once k ≥ n−1: relaying stops by itself when no lieutenant is left outside
 * the path, so OM(m) with m ≥ n−1 sends exactly what OM(n−2) sends.
 */

/** The formula as display text. */
export const OM_MESSAGE_FORMULA = 'Σ_{k=0..m} (n−1)(n−2)…(n−1−k)';

/** perLevel[k] = (n−1)(n−2)…(n−1−k) for k = 0..m. */
export function omMessagesPerLevel(n: number, m: number): number[] {
  const out: number[] = [];
  let product = 1;
  for (let k = 0; k <= m; k++) {
    product *= Math.max(0, n - 1 - k);
    out.push(product);
  }
  return out;
}

/** Σ_{k=0..m} (n−1)(n−2)…(n−1−k): n=4, m=1 → 9; n=7, m=2 → 156; n=13, m=4 → 108,384. */
export function omMessageCount(n: number, m: number): number {
  return omMessagesPerLevel(n, m).reduce((a, b) => a + b, 0);
}

export interface OmFormula {
  /** the general formula, OM_MESSAGE_FORMULA */
  readonly formula: string;
  readonly perLevel: readonly number[];
  readonly total: number;
  /** the formula worked out, e.g. "3 + 3·2 = 3 + 6 = 9" */
  readonly text: string;
}

/** The count with its working, for a "how many messages?" panel. */
export function omMessageFormula(n: number, m: number): OmFormula {
  const perLevel = omMessagesPerLevel(n, m);
  const total = perLevel.reduce((a, b) => a + b, 0);
  const factors = perLevel.map((_, k) => {
    const fs: number[] = [];
    for (let j = 0; j <= k; j++) fs.push(Math.max(0, n - 1 - j));
    return fs.join('·');
  });
  const fmt = (x: number): string => x.toLocaleString('en-US');
  const text =
    perLevel.length === 1
      ? `${factors[0]} = ${fmt(total)}`
      : `${factors.join(' + ')} = ${perLevel.map(fmt).join(' + ')} = ${fmt(total)}`;
  return { formula: OM_MESSAGE_FORMULA, perLevel, total, text };
}

/** More generals than a classroom screen can show. */
export const MAX_GENERALS = 40;
/** Relaying stops at level n−2 anyway, so a larger m adds nothing. */
export const MAX_M = MAX_GENERALS - 1;
/**
 * OM's message count grows like (n−1)^(m+1). Every message is an object with its path plus a
 * decision-tree node, about 0.5 kB all told, so this keeps the heaviest run near 1 s and 0.5 GB.
 */
export const MAX_OM_MESSAGES = 1_000_000;

/** Rejects runs too big to compute; shared with runByzantine for hand-built scenarios. */
export function checkSize(s: ByzantineScenario): void {
  if (s.algorithm !== 'OM') return;
  const total = omMessageCount(s.generals, s.m);
  if (total > MAX_OM_MESSAGES) {
    fail(
      `Byzantine scenario: OM(${s.m}) with ${s.generals} generals sends ${total.toLocaleString('en-US')} messages, ` +
        `more than the limit of ${MAX_OM_MESSAGES.toLocaleString('en-US')} (lower m or the number of generals).`,
    );
  }
}
