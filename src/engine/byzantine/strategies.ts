import type { Rng } from '../prng';
import {
  ATTACK,
  generalName,
  RETREAT,
  type BaseStrategy,
  type Order,
  type Strategy,
} from './types';
import { opposite } from './majority';

/**
 * What a traitor wants a receiver to get, in place of `loyal` (what a loyal general in its
 * place would send to `receiver`). null means "send nothing".
 *
 * - `opposite`: the opposite of `loyal`.
 * - `split`: ATTACK to odd-numbered receivers, RETREAT to even-numbered ones, whatever it got
 *   (as a commander: the paper's Fig. 2, attack to lieutenant 1 and retreat to lieutenant 2).
 * - `silent`: nothing; the receiver falls back to RETREAT (OM) or hears nothing (SM).
 * - `random`: one fair coin from the scenario's seeded PRNG per message slot, in run.messages
 *   order, so a seed always replays the same lies.
 * - `attack` / `retreat`: always that value.
 * - `spoof:<id>`: like `opposite` (its fakes in <id>'s name are the network's doing: network.ts).
 *
 * In OM(m) this is exactly the value sent. In SM(m) a traitor cannot forge a loyal signature,
 * so the wanted value is only sent if the traitors hold a signed chain carrying it (see sm.ts).
 */
export function wantedValue(
  strategy: Strategy,
  loyal: Order,
  receiver: number,
  rng: Rng,
): Order | null {
  switch (strategy) {
    case 'opposite':
      return opposite(loyal);
    case 'split':
      return receiver % 2 === 1 ? ATTACK : RETREAT;
    case 'silent':
      return null;
    case 'random':
      return rng.bool() ? ATTACK : RETREAT;
    case 'attack':
      return ATTACK;
    case 'retreat':
      return RETREAT;
    default:
      // spoof:<id>
      return opposite(loyal);
  }
}

/** One line per strategy, for menus and narration. */
export const STRATEGY_TEXT: Readonly<Record<BaseStrategy, string>> = {
  opposite: 'sends the opposite of what a loyal general would send',
  split: 'sends attack to odd-numbered generals and retreat to even-numbered ones',
  silent: 'sends nothing (receivers fall back to retreat)',
  random: 'flips a seeded coin for every message',
  attack: 'always says attack',
  retreat: 'always says retreat',
};

/** The menu line of any strategy, spoofing included. */
export function strategyText(s: Strategy): string {
  if (s.startsWith('spoof:')) {
    const id = Number(s.slice('spoof:'.length));
    return `lies like opposite and fakes every message ${generalName(id)} sends, with the opposite value`;
  }
  return STRATEGY_TEXT[s as BaseStrategy];
}
