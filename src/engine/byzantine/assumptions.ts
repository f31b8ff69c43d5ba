import { checkKnownFields, fail, intField, isRecord, quote } from '../scenario/errors';
import { spoofTarget } from './network';
import { COMMANDER, PAPER_ASSUMPTIONS, type Assumptions, type Delay, type Strategy } from './types';

const WHERE = 'Byzantine scenario';
/** More late messages than this is not a classroom scenario. */
export const MAX_DELAYS = 200;
/** A message can be at most this many rounds late. */
export const MAX_DELAY_ROUNDS = 10;

/** `"assumptions": {"spoofing": bool, "synchronous": bool}`, each optional (the paper's). */
export function parseAssumptions(v: unknown): Assumptions {
  if (v === undefined) return PAPER_ASSUMPTIONS;
  if (!isRecord(v)) {
    fail(
      `${WHERE}: "assumptions" must be an object like {"spoofing": false, "synchronous": true}, got ${quote(v)}.`,
    );
  }
  checkKnownFields(v, ['spoofing', 'synchronous'], `${WHERE} "assumptions"`);
  const flag = (key: keyof Assumptions): boolean => {
    const x = v[key];
    if (x === undefined) return PAPER_ASSUMPTIONS[key];
    if (typeof x !== 'boolean') {
      fail(`${WHERE}: "assumptions.${key}" must be true or false, got ${quote(x)}.`);
    }
    return x;
  };
  return { spoofing: flag('spoofing'), synchronous: flag('synchronous') };
}

/**
 * `"delays": [{"from": i, "to": j, "round": r, "by": k}]`: what general i sends lieutenant j in
 * relay round r (0 = the commander's round, so only the commander sends then; later rounds are
 * lieutenants relaying) arrives k ≥ 1 rounds late. Sorted by round, from, to.
 */
export function parseDelays(v: unknown, n: number, m: number): Delay[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    fail(
      `${WHERE}: "delays" must be a list like [{"from": 0, "to": 1, "round": 0, "by": 1}], got ${quote(v)}.`,
    );
  }
  if (v.length > MAX_DELAYS) fail(`${WHERE}: "delays" may list at most ${MAX_DELAYS} messages.`);
  const seen = new Set<string>();
  const out = v.map((d: unknown, i): Delay => {
    const where = `${WHERE}: delays[${i}]`;
    if (!isRecord(d))
      fail(
        `${where} must be an object like {"from": 0, "to": 1, "round": 0, "by": 1}, got ${quote(d)}.`,
      );
    checkKnownFields(d, ['from', 'to', 'round', 'by'], where);
    const from = intField(d, 'from', where, { min: 0, max: n - 1 });
    const to = intField(d, 'to', where, { min: 1, max: n - 1 });
    const round = intField(d, 'round', where, { min: 0, max: m });
    const by = intField(d, 'by', where, { min: 1, max: MAX_DELAY_ROUNDS });
    if (from === to) fail(`${where}: a general sends nothing to itself (from = to = ${from}).`);
    if (round === 0 && from !== COMMANDER) {
      fail(`${where}: in round 0 only the commander (general 0) sends, not general ${from}.`);
    }
    if (round > 0 && from === COMMANDER) {
      fail(
        `${where}: the commander only sends in round 0; round ${round} is lieutenants relaying.`,
      );
    }
    const key = `${round}:${from}:${to}`;
    if (seen.has(key)) fail(`${where}: round ${round}, ${from} → ${to} is delayed twice.`);
    seen.add(key);
    return { from, to, round, by };
  });
  return out.sort((a, b) => a.round - b.round || a.from - b.from || a.to - b.to);
}

/** `spoof:<id>` is a strategy only when spoofing is allowed, and only of a loyal general. */
export function checkSpoofers(
  traitors: Readonly<Record<string, Strategy>>,
  n: number,
  assumptions: Assumptions,
): void {
  for (const [key, s] of Object.entries(traitors)) {
    const target = spoofTarget(s);
    if (target === null) continue;
    if (!assumptions.spoofing) {
      fail(
        `${WHERE}: traitor ${key} plays ${quote(s)}, but spoofing is off: set "assumptions": {"spoofing": true} to let a traitor fake another general's messages.`,
      );
    }
    if (!(target >= 0 && target < n)) {
      fail(
        `${WHERE}: traitor ${key} plays ${quote(s)}, but ${target} is not a general (ids are 0..${n - 1}).`,
      );
    }
    if (String(target) === key) fail(`${WHERE}: traitor ${key} cannot spoof itself (${quote(s)}).`);
    if (traitors[String(target)] !== undefined) {
      fail(
        `${WHERE}: traitor ${key} plays ${quote(s)}, but general ${target} is a traitor too; spoofing fakes a loyal general's messages.`,
      );
    }
  }
}

/** `spoof:` followed by a general's id, in canonical form (no sign, no leading zero). */
export const SPOOF_PATTERN = /^spoof:(0|[1-9][0-9]*)$/;
