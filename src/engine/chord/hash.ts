/**
 * Consistent hashing (Chord §4.2): names become identifiers on the circle by SHA-1. The
 * engine must run in the browser, a Web Worker and Node alike, and must be synchronous
 * (WebCrypto is async), so this is a small self-contained SHA-1 (FIPS 180-4).
 */
import { fail } from '../scenario/errors';
import { ringSize } from './ring';

/** UTF-8 bytes of a string (handles surrogate pairs; lone surrogates become U+FFFD). */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** The 20-byte SHA-1 digest. Bit operations are fine here: SHA-1 is defined on 32-bit words. */
export function sha1(input: Uint8Array | string): Uint8Array {
  const msg = typeof input === 'string' ? utf8Bytes(input) : input;
  const bitLen = msg.length * 8;
  const total = Math.ceil((msg.length + 9) / 64) * 64;
  const buf = new Uint8Array(total);
  buf.set(msg);
  buf[msg.length] = 0x80;
  // The message length in bits, big-endian, in the last 8 bytes (split to stay exact).
  const view = new DataView(buf.buffer);
  view.setUint32(total - 8, Math.floor(bitLen / 2 ** 32));
  view.setUint32(total - 4, bitLen >>> 0);

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let off = 0; off < total; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 80; t++) w[t] = rotl(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      let k: number;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const tmp = (rotl(a, 5) + f + e + k + w[t]!) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = tmp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => ov.setUint32(i * 4, h));
  return out;
}

export function sha1Hex(input: Uint8Array | string): string {
  return Array.from(sha1(input), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-1 of the name, read as a big-endian 160-bit integer, modulo 2^bits. Since 2^bits
 * divides 2^32, only the digest's last 32-bit word matters, which keeps this exact in
 * floating point (no BigInt needed).
 */
export function hashName(name: string, bits: number): number {
  const d = sha1(name);
  const low = new DataView(d.buffer).getUint32(16);
  return low % ringSize(bits);
}

/**
 * A node or key reference to its identifier: a string is hashed, a number is the id itself
 * (and must lie on the circle).
 */
export function hashId(ref: string | number, bits: number): number {
  if (typeof ref === 'string') return hashName(ref, bits);
  const size = ringSize(bits);
  if (!Number.isInteger(ref) || ref < 0 || ref >= size) {
    fail(`Id ${ref} is outside the circle of 2^${bits} = ${size} ids (0..${size - 1}).`);
  }
  return ref;
}
