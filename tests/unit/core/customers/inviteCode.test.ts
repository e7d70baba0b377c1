import { describe, expect, it } from 'vitest';
import { formatInviteCode, isInviteHeader, newInviteCode, normaliseInviteCode, readInviteCodes } from '../../../../src/core/customers/inviteCode';

describe('invitation codes', () => {
  it('draws eight characters that read back as themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = newInviteCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      expect(normaliseInviteCode(code)).toBe(code);
      expect(normaliseInviteCode(formatInviteCode(code))).toBe(code);
    }
  });

  it('reads a code as people type and copy it: case, spaces, dashes, O for 0, I and L for 1, full-width', () => {
    expect(normaliseInviteCode('ab12-cd34')).toBe('AB12CD34');
    expect(normaliseInviteCode(' AB12 CD34 ')).toBe('AB12CD34');
    expect(normaliseInviteCode('ABO2-CDl4')).toBe('AB02CD14');
    expect(normaliseInviteCode('ＡＢ１２ＣＤ３４')).toBe('AB12CD34');
  });

  it('is no code when it has the wrong length or a letter the alphabet leaves out', () => {
    expect(normaliseInviteCode('AB12CD3')).toBe('');
    expect(normaliseInviteCode('AB12CD345')).toBe('');
    expect(normaliseInviteCode('AB12CDU4')).toBe('');
    expect(normaliseInviteCode('张伟的码')).toBe('');
  });

  it('finds the roster column by its Chinese or English header and warns, by line, about a cell that is no code', () => {
    expect(['邀请码', '推荐码', 'Invitation code', 'invite code'].every(isInviteHeader)).toBe(true);
    expect(isInviteHeader('邮箱')).toBe(false);
    const read = readInviteCodes(['ab12-cd34', '', 'see me'], [2, 3, 4], '邀请码');
    expect(read.codes).toEqual(['AB12CD34', '', '']);
    expect(read.warnings).toEqual([{ line: 4, message: '邀请码: "see me" is not an invitation code (8 letters and digits); imported without a referral' }]);
  });
});
