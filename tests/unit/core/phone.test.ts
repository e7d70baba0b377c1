// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isVerifiedPhone, phoneDigits, readPhone } from '../../../src/core/phone';

describe('readPhone: a number is never a reason to refuse a person', () => {
  it('stores valid numbers in E.164 and marks them verified', () => {
    expect(readPhone('138 0013 8000')).toEqual({ stored: '+8613800138000', verified: true, landline: false });
    expect(readPhone('+44 7911 123456')).toEqual({ stored: '+447911123456', verified: true, landline: false });
    expect(readPhone('010-12345678')).toEqual({ stored: '+861012345678', verified: true, landline: true });
  });

  it('keeps what does not validate as typed, unverified', () => {
    for (const typed of ['+852 4000 1234', '+852 5000 0000', '+44 7911 12345', '138 0013 800', '12345', '请联系前台']) {
      expect(readPhone(`  ${typed} `)).toEqual({ stored: typed, verified: false, landline: false });
    }
    expect(readPhone('   ')).toBeNull();
  });

  it('tells a stored number verified or not, the same way on every device', () => {
    expect(isVerifiedPhone('+8613800138000')).toBe(true);
    expect(isVerifiedPhone('')).toBe(true);
    expect(isVerifiedPhone('+852 4000 1234')).toBe(false);
    // Typed exactly in E.164 shape, but still outside the allocated ranges.
    expect(isVerifiedPhone('+85240001234')).toBe(false);
  });

  it('matches numbers on their digits, with or without the international prefix', () => {
    expect(phoneDigits('+852 4000-1234')).toBe('85240001234');
    expect(phoneDigits('00852 4000 1234')).toBe('85240001234');
    expect(phoneDigits('＋８５２ ４０００ １２３４')).toBe('85240001234');
    expect(phoneDigits('无')).toBe('');
  });
});
