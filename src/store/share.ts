import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { ScenarioError } from '../engine/scenario/errors';
import { parseScenarioJson } from '../engine/scenario/json';
import { LABS, type LabId } from './labId';

/**
 * The URL hash carries the current lab and its whole scenario, compressed:
 *   #/dht?s=<lz-string>   #/byzantine?s=<lz-string>
 * Copying the address bar reproduces the exact state (scenario + cursor) in another browser.
 */

export interface Route {
  lab: LabId;
  /** the compressed scenario, if the hash carries one */
  packed: string | null;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const name = path.replace(/^\//, '');
  const lab = LABS.find((l) => l === name) ?? 'dht';
  const packed = new URLSearchParams(query).get('s');
  return { lab, packed: packed && packed.length > 0 ? packed : null };
}

export function formatHash(lab: LabId, scenario?: unknown): string {
  if (scenario === undefined) return `#/${lab}`;
  return `#/${lab}?s=${encodeScenario(scenario)}`;
}

export function encodeScenario(scenario: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(scenario));
}

/** Decodes a packed scenario to raw JSON (not yet validated). Throws ScenarioError when broken. */
export function decodeScenario(packed: string): unknown {
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(packed);
  } catch {
    text = null;
  }
  if (!text)
    throw new ScenarioError(
      'This link is broken: its scenario data could not be decompressed (was it cut off when copied?).',
    );
  return parseScenarioJson(text, 'This link is broken: its scenario');
}

/** Parses text the user pasted or a file they chose. */
export function parseScenarioText(text: string): unknown {
  if (text.trim() === '') throw new ScenarioError('Nothing to import: the text is empty.');
  return parseScenarioJson(text, 'That text');
}
