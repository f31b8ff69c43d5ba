import { generalName, type ByzantineScenario, type ByzMessage } from './types';

const plural = (k: number, one: string, many: string): string =>
  `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`;

/**
 * What a broken assumption did to this run, one sentence each: warnings when the paper's
 * theorems no longer apply (OM fooled by spoofs, any late message), notes when nothing was
 * voided (SM discarding fakes, delays on a synchronous network).
 */
export function assumptionWarnings(
  s: ByzantineScenario,
  messages: readonly ByzMessage[],
): { warnings: string[]; notes: string[] } {
  const warnings: string[] = [];
  const notes: string[] = [];
  let spoofed = 0;
  let late = 0;
  const spoofers = new Set<number>();
  for (const msg of messages) {
    if (msg.spoofedBy !== undefined) {
      spoofed++;
      spoofers.add(msg.spoofedBy);
    }
    if (msg.late !== undefined) late++;
  }
  if (spoofed > 0) {
    const by = [...spoofers].map(generalName).join(' and ');
    if (s.algorithm === 'OM') {
      warnings.push(
        `Spoofing: ${by} faked ${plural(spoofed, 'message', 'messages')} in a loyal general's name; ` +
          `a receiver cannot tell who sent an oral message, so the paper's assumption A2 fails and Theorem 1 no longer applies.`,
      );
    } else {
      notes.push(
        `Spoofing: ${by} faked ${plural(spoofed, 'message', 'messages')} in a loyal general's name; ` +
          `none carried a valid signature of it (A4), so every fake was discarded.`,
      );
    }
  }
  if (late > 0) {
    warnings.push(
      `Asynchrony: ${plural(late, 'message arrived', 'messages arrived')} after the round's timeout and counted as missing; ` +
        `a lieutenant cannot tell a slow loyal general from a silent traitor (A3 fails), so no theorem applies.`,
    );
  }
  if ((s.assumptions?.synchronous ?? true) && (s.delays?.length ?? 0) > 0) {
    notes.push(
      `The network is synchronous: each round waits for its late messages, so the ${plural(s.delays!.length, 'delay changes', 'delays change')} nothing.`,
    );
  }
  return { warnings, notes };
}
