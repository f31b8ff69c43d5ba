import { narrateNetwork } from './networkNarration';
import { COMMANDER, RETREAT, type ByzMessage, type ByzantineRun, type Order } from './types';

const q = (v: Order): string => `'${v}'`;
const arrow = (path: readonly number[]): string => path.join('→');
const signed = (v: Order, chain: readonly number[]): string => `${v}:${chain.join(':')}`;

/** "the commander", "the traitor commander", "lieutenant 2", "traitor lieutenant 2" */
function label(run: ByzantineRun, g: number): string {
  const traitor = run.traitor[g] ? 'traitor ' : '';
  return g === COMMANDER ? `the ${traitor}commander` : `${traitor}lieutenant ${g}`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** e.g. "Lieutenant 2 relays 'attack' to lieutenant 3 (path 0→2→3)." */
export function narrateMessage(run: ByzantineRun, msg: ByzMessage): string {
  const changed = narrateNetwork(run, msg);
  if (changed !== null) return changed;
  const from = capital(label(run, msg.from));
  const to = `lieutenant ${msg.to}`;
  const sm = run.algorithm === 'SM';
  if (msg.value === null) {
    const silent = run.strategy[msg.from] === 'silent';
    if (sm) {
      return silent
        ? `${from} stays silent toward ${to} instead of sending ${signed(msg.loyal, msg.path.slice(0, -1))}.`
        : `${from} has no signed order for the lie it wants to tell ${to}, so it sends nothing.`;
    }
    return `${from} sends nothing to ${to} (path ${arrow(msg.path)}); ${to} will use ${q(RETREAT)}.`;
  }
  const verb = msg.level === 0 ? 'sends' : 'relays';
  if (sm) {
    const chain = msg.path.slice(0, -1);
    const text = `${from} ${msg.level === 0 ? 'signs and sends' : 'signs and relays'} ${signed(msg.value, chain)} to ${to}.`;
    if (msg.value === msg.loyal) return text;
    return msg.from === COMMANDER
      ? `${text.slice(0, -1)}, though its order is ${q(msg.loyal)}.`
      : `${text.slice(0, -1)}, though a loyal general would pass on ${q(msg.loyal)}.`;
  }
  const text = `${from} ${verb} ${q(msg.value)} to ${to} (path ${arrow(msg.path)})`;
  if (msg.value === msg.loyal) return `${text}.`;
  return msg.from === COMMANDER
    ? `${text}, though its order is ${q(msg.loyal)}.`
    : `${text}, though it received ${q(msg.loyal)}.`;
}

export function narrateRound(run: ByzantineRun, k: number): string {
  const start = run.levelStart[k] ?? 0;
  const end = run.levelStart[k + 1] ?? run.messages.length;
  let attack = 0;
  let retreat = 0;
  let silent = 0;
  let late = 0;
  for (let x = start; x < end; x++) {
    const v = run.messages[x]!.value;
    if (v === 'attack') attack++;
    else if (v === 'retreat') retreat++;
    else if (run.messages[x]!.late !== undefined) late++;
    else silent++;
  }
  const sent = attack + retreat;
  const what = `${sent.toLocaleString('en-US')} ${sent === 1 ? 'message' : 'messages'} (${attack.toLocaleString('en-US')} attack, ${retreat.toLocaleString('en-US')} retreat)`;
  const lead =
    k === 0
      ? `Round 0: the ${run.traitor[COMMANDER] ? 'traitor ' : ''}commander sends ${what}`
      : `Round ${k}: lieutenants relay ${what}`;
  const lateText = late > 0 ? `; ${late.toLocaleString('en-US')} arrive after the timeout` : '';
  return silent > 0
    ? `${lead}${lateText}; traitors withhold ${silent.toLocaleString('en-US')}.`
    : `${lead}${lateText}.`;
}

/** e.g. "Lieutenant 1 decides 'attack' = majority(attack, attack, retreat) …" */
export function narrateDecision(run: ByzantineRun, i: number): string {
  const d = run.rule[i] ?? RETREAT;
  if (run.algorithm === 'SM') {
    const V = run.V[i] ?? [];
    const why =
      V.length === 0
        ? 'no order reached it'
        : V.length === 1
          ? 'the only order it holds'
          : 'two different signed orders prove the commander is a traitor';
    return `Lieutenant ${i} has V = {${V.join(', ')}}; choice(V) = ${q(d)} (${why}).`;
  }
  const tree = run.trees[i]!;
  const own = tree.received ?? RETREAT;
  if (tree.children.length === 0) {
    return tree.received === null
      ? `Lieutenant ${i} received nothing from the commander, so it decides ${q(RETREAT)}.`
      : `Lieutenant ${i} decides ${q(own)}, the order it received.`;
  }
  const values = [own, ...tree.children.map((c) => c.value)];
  const subs = tree.children.map((c) => c.path[c.path.length - 2]).join(', ');
  return (
    `Lieutenant ${i} decides ${q(d)} = majority(${values.join(', ')}): what it got from the ` +
    `commander, then what it decided in the sub-runs of ${tree.children.length === 1 ? 'lieutenant' : 'lieutenants'} ${subs}.`
  );
}
