import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashId, hashName, sha1, sha1Hex, utf8Bytes } from './hash';
import { ScenarioError } from '../scenario/errors';

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
    ['héllo wörld 🎉', 'a4fb9e1920348fbe1283a61b72aba59381476c2d'],
    ['apple', 'd0be2dc421be4fcd0172e5afceea3970e2f3d940'],
    // padding edge cases: 55, 56 and 64 bytes
    ['x'.repeat(55), 'cef734ba81a024479e09eb5a75b6ddae62e6abf1'],
    ['x'.repeat(56), '901305367c259952f4e7af8323f480d59f81335b'],
    ['x'.repeat(64), 'bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163'],
  ])('sha1(%j) matches the known digest', (input, hex) => {
    expect(sha1Hex(input)).toBe(hex);
  });

  it('handles a million bytes (FIPS 180 vector)', () => {
    expect(sha1Hex(new Uint8Array(1_000_000).fill(0x61))).toBe(
      '34aa973cd4c4daa4f61eeb2bdbad27316534016f',
    );
  });

  it('encodes UTF-8 like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect([...utf8Bytes(s)]).toEqual([...new TextEncoder().encode(s)]);
      }),
      { numRuns: 200 },
    );
  });

  it('always gives 20 bytes', () => {
    expect(sha1('anything').length).toBe(20);
  });
});

describe('hashId', () => {
  it('reads the digest as a big-endian integer modulo 2^bits', () => {
    // apple's digest ends ...f3d940: low 32 bits 0xe2f3d940 = 3807631680
    expect(hashName('apple', 32)).toBe(3807631680);
    expect(hashName('apple', 6)).toBe(3807631680 % 64);
    expect(hashId('apple', 10)).toBe(3807631680 % 1024);
  });

  it('keeps a number as the id itself', () => {
    expect(hashId(54, 6)).toBe(54);
    expect(hashId(2 ** 32 - 1, 32)).toBe(2 ** 32 - 1);
  });

  it('rejects numbers off the circle', () => {
    expect(() => hashId(64, 6)).toThrow(ScenarioError);
    expect(() => hashId(-1, 6)).toThrow(/outside the circle/);
    expect(() => hashId(1.5, 6)).toThrow(ScenarioError);
  });

  it('stays on the circle for every width', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 3, max: 32 }), (s, bits) => {
        const id = hashId(s, bits);
        expect(Number.isInteger(id)).toBe(true);
        expect(id).toBeGreaterThanOrEqual(0);
        expect(id).toBeLessThan(2 ** bits);
        // narrower circles are the low bits of wider ones
        expect(id).toBe(hashId(s, 32) % 2 ** bits);
      }),
      { numRuns: 100 },
    );
  });
});
