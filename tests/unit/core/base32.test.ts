// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from '../../../src/core/badge/base32';

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

describe('base32', () => {
  it('round-trips random byte strings of every length from 0 to 64', () => {
    for (let length = 0; length <= 64; length++) {
      for (let round = 0; round < 5; round++) {
        const bytes = randomBytes(length);
        const text = base32Encode(bytes);
        expect(text).toMatch(/^[A-Z2-7]*$/);
        // 5 bits per character, no padding
        expect(text.length).toBe(Math.ceil((length * 8) / 5));
        expect(base32Decode(text)).toEqual(bytes);
      }
    }
  });

  it('encodes the empty input as the empty string and back', () => {
    expect(base32Encode(new Uint8Array())).toBe('');
    expect(base32Decode('')).toEqual(new Uint8Array());
  });

  it('matches the RFC 4648 test vectors (without padding)', () => {
    const vectors: Array<[string, string]> = [
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      const bytes = new TextEncoder().encode(plain);
      expect(base32Encode(bytes)).toBe(encoded);
      expect(base32Decode(encoded)).toEqual(bytes);
    }
  });

  it('decodes lower case like upper case (a scanner typing with Caps Lock on)', () => {
    const bytes = randomBytes(40);
    const text = base32Encode(bytes);
    expect(base32Decode(text.toLowerCase())).toEqual(bytes);
  });

  it('returns null for characters outside the alphabet', () => {
    for (const bad of ['MZXW0', 'MZXW1', 'MZXW8', 'MZ W6', 'MZXW6=', 'MZXW6-', 'MZXÄ6', 'MZXW6\n', '中文']) {
      expect(base32Decode(bad), bad).toBeNull();
    }
  });

  it('returns null for text that cannot come from the encoder (stray bits or impossible lengths)', () => {
    // "MZ" is "f"; "M7" carries the same byte but non-zero padding bits.
    expect(base32Decode('M7')).toBeNull();
    // One, three and six characters are never a whole number of bytes.
    expect(base32Decode('M')).toBeNull();
    expect(base32Decode('MZX')).toBeNull();
    expect(base32Decode('MZXW6Y')).toBeNull();
  });
});
