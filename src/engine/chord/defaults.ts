/**
 * The Chord paper's examples, defined once: the lab's first look, the lessons and the tests all
 * start from them.
 */

/** The Fig. 3 / Fig. 5 ring on 6 bits. */
export const PAPER_RING: readonly number[] = [1, 8, 14, 21, 32, 38, 42, 48, 51, 56];

/**
 * The lessons' keys. Hashed with SHA-1 into 6 bits: apple 0, banana 40, cherry 25, date 22,
 * grape 63, kiwi 49, lemon 28, lime 36, melon 48, pear 53.
 */
export const FRUIT: Readonly<Record<string, string>> = {
  apple: 'red',
  banana: 'yellow',
  cherry: 'dark red',
  date: 'brown',
  grape: 'green',
  kiwi: 'fuzzy',
  lemon: 'sour',
  lime: 'green',
  melon: 'sweet',
  pear: 'pale green',
};

/** The paper's ring with the fruit keys: what lessons and design tests build on. */
export const PAPER_SCENARIO = {
  kind: 'chord',
  version: 1,
  seed: 1,
  bits: 6,
  nodes: PAPER_RING,
  keys: FRUIT,
} as const;
