// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatShortCode, newShortCode, readShortCode, SHORT_CODE_ALPHABET } from '../../../src/core/badge/shortCode';

describe('short badge codes staff can type', () => {
  it('are 9 symbols of an alphabet without I, L, O or U, printed in two groups', () => {
    for (let i = 0; i < 1_000; i++) {
      const code = newShortCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{9}$/);
      expect(readShortCode(code)).toBe(code);
      expect(formatShortCode(code)).toMatch(/^.{4} .{5}$/);
    }
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('reads them as people type them: any case, spaces or dashes, O for 0, I or L for 1', () => {
    const code = newShortCode(() => new Uint8Array([0x00, 0x00, 0x10, 0x84, 0x21]));
    expect(code.slice(0, 8)).toBe('00011111');
    const typed = `${code.slice(0, 4).replace(/0/g, 'o').replace(/1/g, 'l')}-${code.slice(4).toLowerCase().replace(/1/g, 'I')}`;
    expect(readShortCode(typed)).toBe(code);
    expect(readShortCode(` ${formatShortCode(code)} `)).toBe(code);
  });

  it('a single mistyped symbol, or two neighbours swapped, finds nobody', () => {
    let swapsCaught = 0;
    let swaps = 0;
    for (let n = 0; n < 40; n++) {
      const code = newShortCode();
      for (let i = 0; i < code.length; i++) {
        for (const other of SHORT_CODE_ALPHABET) {
          if (other === code[i]) continue;
          expect(readShortCode(code.slice(0, i) + other + code.slice(i + 1)), `${code} at ${i} → ${other}`).toBeNull();
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          swaps++;
          if (readShortCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)) === null) swapsCaught++;
        }
      }
    }
    expect(swapsCaught / swaps).toBeGreaterThan(0.95);
  });

  it('refuses what is not a short code', () => {
    for (const text of ['', 'SF1ABCDEF', '12345678', '1234567890', 'ÄBCDEFGHJ', 'UUUUUUUUU']) expect(readShortCode(text)).toBeNull();
  });
});
