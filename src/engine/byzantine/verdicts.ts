import { ATTACK, COMMANDER, RETREAT, type Order, type Outcome, type Verdict } from './types';

/**
 * The paper's interactive consistency conditions (§1) over the loyal lieutenants' decisions,
 * and the classroom story's outcome:
 * - every loyal lieutenant attacks → "victory";
 * - every loyal lieutenant retreats → "retreat" (regroup and try again tomorrow);
 * - loyal lieutenants split → "defeat" (the attackers are beaten alone).
 * With no loyal lieutenant at all (every lieutenant a traitor), IC1 and IC2 hold vacuously and
 * no loyal army marches, so nothing is won or lost: the outcome is "retreat".
 *
 * @param decisions decisions[i] for each loyal lieutenant i, null for the commander and traitors
 */
export function judge(
  decisions: readonly (Order | null)[],
  commanderLoyal: boolean,
  order: Order,
): Verdict {
  const loyal: number[] = [];
  for (let i = 0; i < decisions.length; i++) {
    if (i !== COMMANDER && decisions[i] != null) loyal.push(i);
  }
  const values = loyal.map((i) => decisions[i]!);
  const ic1 = values.every((v) => v === values[0]);
  const ic2 = !commanderLoyal || values.every((v) => v === order);
  const attackers = values.filter((v) => v === ATTACK).length;
  const outcome: Outcome =
    values.length === 0 || attackers === 0
      ? 'retreat'
      : attackers === values.length
        ? 'victory'
        : 'defeat';

  /** "lieutenant 3 attacks", "lieutenants 2, 4 retreat" */
  const act = (v: Order): string => {
    const who = loyal.filter((i) => decisions[i] === v);
    const verb = v === ATTACK ? 'attack' : 'retreat';
    return who.length === 1
      ? `lieutenant ${who[0]} ${verb}s`
      : `lieutenants ${who.join(', ')} ${verb}`;
  };
  const parts: string[] = [];
  if (values.length === 0) {
    parts.push(
      'There is no loyal lieutenant: IC1 and IC2 hold vacuously and no loyal army marches.',
    );
  } else {
    if (outcome === 'victory') parts.push('Every loyal lieutenant attacks: victory.');
    if (outcome === 'retreat') parts.push('Every loyal lieutenant retreats: try again tomorrow.');
    if (outcome === 'defeat') {
      parts.push(`Loyal ${act(ATTACK)} but ${act(RETREAT)}: defeat.`);
    }
    parts.push(ic1 ? 'IC1 holds.' : 'IC1 fails: the loyal lieutenants disagree.');
    if (!commanderLoyal) parts.push('IC2 holds vacuously: the commander is a traitor.');
    else if (ic2) parts.push(`IC2 holds: every loyal lieutenant obeys the order "${order}".`);
    else parts.push(`IC2 fails: the loyal commander ordered "${order}" but not all obey it.`);
  }
  return { ic1, ic2, outcome, text: parts.join(' ') };
}
