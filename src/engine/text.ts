/**
 * User text inside a sentence. A key named with a right-to-left override (U+202E) would
 * reverse the rest of the caption it appears in; wrapped in FIRST STRONG ISOLATE … POP
 * DIRECTIONAL ISOLATE (the plain-text form of <bdi>, Unicode UAX #9), it reorders only itself
 * and any override inside it ends at the closing mark. Text with no right-to-left letters or
 * direction controls is returned as it is.
 */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function isolate(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}
