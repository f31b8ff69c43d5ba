import { opposite } from './majority';
import { generalName, RETREAT, type ByzantineRun, type ByzMessage } from './types';

const q = (v: string): string => `'${v}'`;
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The sentence for a message the network changed (a spoofed or a late one), or null for an
 * ordinary message (frames.ts narrates those).
 */
export function narrateNetwork(run: ByzantineRun, msg: ByzMessage): string | null {
  const to = `lieutenant ${msg.to}`;
  const sm = run.algorithm === 'SM';
  const path = msg.path.join('→');
  if (msg.late !== undefined) {
    const rounds = msg.late === 1 ? '1 round' : `${msg.late} rounds`;
    const sent = msg.sent && msg.spoofedBy !== undefined && !sm ? opposite(msg.loyal) : msg.loyal;
    return (
      `${capital(generalName(msg.from))}'s ${q(sent)} to ${to} (path ${path}) arrives ${rounds} after the ` +
      `round's timeout: ${to} cannot tell it from a silent traitor and counts it as missing` +
      (sm ? ' (nothing is added to its V).' : ` (${q(RETREAT)}).`)
    );
  }
  if (msg.spoofedBy === undefined) return null;
  const spoofer = `traitor ${generalName(msg.spoofedBy)}`;
  if (sm) {
    return (
      `${capital(spoofer)} fakes ${q(opposite(msg.loyal))} in ${generalName(msg.from)}'s name to ${to}, but the fake ` +
      `carries no valid signature of ${generalName(msg.from)}: ${to} discards it and keeps ${q(msg.loyal)}.`
    );
  }
  return (
    `${capital(spoofer)} fakes ${generalName(msg.from)}'s message to ${to} (path ${path}): ${to} hears ` +
    `${q(msg.value ?? RETREAT)} instead of ${q(msg.loyal)} and cannot tell it is not from ${generalName(msg.from)}.`
  );
}
