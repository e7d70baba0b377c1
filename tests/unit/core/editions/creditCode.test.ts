import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode, normaliseCreditCode } from '../../../../src/core/editions/creditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit codes (GB 32100-2015)', () => {
  it('accepts the example code of the standard’s guidance and codes as people type them', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
    expect(isValidCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(true);
    expect(normaliseCreditCode('9135-0100 M000100Y43')).toBe('91350100M000100Y43');
  });

  it('catches every single mistyped character', () => {
    const valid = '91350100M000100Y43';
    for (let i = 0; i < valid.length; i++) {
      for (const c of ALPHABET) {
        if (c === valid[i]) continue;
        const typo = valid.slice(0, i) + c + valid.slice(i + 1);
        expect(creditCodeProblem(typo), typo).toBe('check_digit');
      }
    }
  });

  it('says what is wrong: length, characters a code never uses, or the check digit', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
    expect(creditCodeProblem('91350100M000100I43')).toBe('characters');
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check_digit');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });
});
