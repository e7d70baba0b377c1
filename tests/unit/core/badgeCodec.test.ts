// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BADGE_COMPANY_MAX_BYTES,
  BADGE_NAME_MAX_BYTES,
  decodeBadge,
  encodeBadge,
  truncateUtf8,
  verifyBadge,
  type BadgeKeyring,
  type BadgePayload,
} from '../../../src/core/badge/codec';
import { generateBadgeKeyPair, jsSigner, type BadgeKeyPair } from '../../../src/core/badge/keys';
import { VISITOR_CATEGORIES } from '../../../src/core/categories';
import { newId } from '../../../src/core/ids';
import { nativeSigner } from '../../../src/server/auth/secrets';

const eventKey = generateBadgeKeyPair();
const sign = jsSigner(eventKey.secretKey);
const eventId = newId();
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function keyringOf(keys: BadgeKeyPair[] = [eventKey], extra: Partial<BadgeKeyring> = {}): BadgeKeyring {
  return {
    eventId,
    keys: keys.map((k) => ({ kid: k.kid, publicKey: k.publicKey, revoked: false })),
    revokedAttendees: new Set(),
    ...extra,
  };
}

function payload(overrides: Partial<BadgePayload> = {}): BadgePayload {
  return { eventId, attendeeId: newId(), category: 'trade', kid: eventKey.kid, name: '张伟', company: '上海国际会展有限公司', ...overrides };
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('badge codec: round trip', () => {
  it('decodes to the payload it was encoded from, for every category', () => {
    for (const category of VISITOR_CATEGORIES) {
      const p = payload({ category });
      const code = encodeBadge(p, sign);
      const decoded = decodeBadge(code);
      expect(decoded.ok && decoded.payload).toEqual(p);
      expect(verifyBadge(code, keyringOf())).toEqual({ status: 'valid', payload: p });
    }
  });

  it('keeps Chinese (simplified and traditional), mixed-script and emoji names and companies', () => {
    const samples: Array<Pick<BadgePayload, 'name' | 'company'>> = [
      { name: '欧阳娜娜', company: '深圳市腾讯计算机系统有限公司' },
      { name: '陳大文', company: '臺灣積體電路製造股份有限公司' },
      { name: 'María José Ñúñez', company: 'Müller & Söhne GmbH' },
      { name: 'Li 李 👍', company: '🏭 Factory' },
    ];
    for (const s of samples) {
      const p = payload(s);
      const verdict = verifyBadge(encodeBadge(p, sign), keyringOf());
      expect(verdict.status).toBe('valid');
      expect(verdict.status !== 'unreadable' && verdict.payload).toEqual(p);
    }
  });

  it('handles an empty company (and an empty name)', () => {
    for (const p of [payload({ company: '' }), payload({ name: '', company: '' })]) {
      const decoded = decodeBadge(encodeBadge(p, sign));
      expect(decoded.ok && decoded.payload).toEqual(p);
    }
  });

  it('produces ASCII only, SF1 + base32 (what a keyboard-wedge scanner can type)', () => {
    for (const category of VISITOR_CATEGORIES) {
      const code = encodeBadge(payload({ category, name: '王小明'.repeat(20), company: '北京字节跳动' }), sign);
      expect(code).toMatch(/^SF1[A-Z2-7]+$/);
      expect([...code].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    }
  });

  it('still verifies when the scanner types it in lower case (Caps Lock) or adds whitespace', () => {
    const p = payload();
    const code = encodeBadge(p, sign);
    expect(verifyBadge(code.toLowerCase(), keyringOf())).toEqual({ status: 'valid', payload: p });
    expect(verifyBadge(`  ${code}\r\n`, keyringOf())).toEqual({ status: 'valid', payload: p });
  });

  it('signs the same code with the server’s native signer as with the pure-JS one', () => {
    for (let i = 0; i < 5; i++) {
      const key = generateBadgeKeyPair();
      const p = payload({ kid: key.kid, category: VISITOR_CATEGORIES[i % VISITOR_CATEGORIES.length], name: `参展商 ${i}` });
      const js = encodeBadge(p, jsSigner(key.secretKey));
      const native = encodeBadge(p, nativeSigner(key.secretKey));
      expect(native).toBe(js);
      expect(verifyBadge(native, keyringOf([key])).status).toBe('valid');
    }
  });
});

describe('badge codec: over-long names', () => {
  function expectCleanCut(original: string, cut: string, maxBytes: number) {
    expect(original.startsWith(cut)).toBe(true);
    expect(utf8Length(cut)).toBeLessThanOrEqual(maxBytes);
    // Cut at a character boundary: no replacement characters, no lone surrogates…
    expect(cut).not.toContain('\ufffd');
    expect(cut.isWellFormed()).toBe(true);
    // …and no shorter than it had to be: the next character would not have fitted.
    const next = [...original.slice(cut.length)][0] ?? '';
    expect(utf8Length(cut + next)).toBeGreaterThan(maxBytes);
  }

  it('cuts names and companies to their byte budget without splitting a character', () => {
    const names = ['张'.repeat(40), 'A' + '张'.repeat(40), 'ab' + '😀'.repeat(30), 'x'.repeat(200), 'é'.repeat(60) + '中'.repeat(10)];
    for (const name of names) {
      const company = `${name}公司`.repeat(3);
      const p = payload({ name, company });
      const verdict = verifyBadge(encodeBadge(p, sign), keyringOf());
      // The signature covers the cut text: the badge is still valid.
      expect(verdict.status).toBe('valid');
      if (verdict.status !== 'valid') continue;
      expectCleanCut(name, verdict.payload.name, BADGE_NAME_MAX_BYTES);
      expectCleanCut(company, verdict.payload.company, BADGE_COMPANY_MAX_BYTES);
    }
  });

  it('keeps text that fits exactly as it is', () => {
    const exact = '中'.repeat(BADGE_NAME_MAX_BYTES / 3);
    expect(truncateUtf8(exact, BADGE_NAME_MAX_BYTES)).toBe(exact);
    expect(truncateUtf8(exact + '文', BADGE_NAME_MAX_BYTES)).toBe(exact);
    expect(truncateUtf8('😀', 3)).toBe('');
  });
});

describe('badge codec: tampering', () => {
  const p = payload({ name: '李娜', company: '广州' });
  const code = encodeBadge(p, sign);

  it('never accepts a code with one character changed', () => {
    const statuses = new Set<string>();
    for (let i = 0; i < code.length; i++) {
      const current = code[i]!.toUpperCase();
      const alternatives = [...BASE32].filter((c) => c !== current);
      // Three different replacements per position, spread over the alphabet.
      for (const replacement of [alternatives[i % alternatives.length]!, alternatives[(i * 7 + 3) % alternatives.length]!, alternatives[(i * 13 + 11) % alternatives.length]!]) {
        const altered = code.slice(0, i) + replacement + code.slice(i + 1);
        const verdict = verifyBadge(altered, keyringOf());
        expect(['forged', 'unreadable'], `position ${i} → ${replacement}: ${verdict.status}`).toContain(verdict.status);
        statuses.add(verdict.status);
      }
    }
    // Both outcomes occur: broken structure is unreadable, a well-formed change fails the signature.
    expect(statuses).toEqual(new Set(['forged', 'unreadable']));
  });

  it('reads a truncated code as unreadable', () => {
    for (const cut of [1, 2, 5, 40, 100, code.length - 3]) {
      expect(verifyBadge(code.slice(0, code.length - cut), keyringOf()).status, `minus ${cut}`).toBe('unreadable');
    }
    expect(verifyBadge('SF1', keyringOf()).status).toBe('unreadable');
  });

  it('reads a code with extra characters as unreadable or forged, never valid', () => {
    for (const extra of ['A', 'AA', 'ABCDEFGH', '2']) {
      expect(['forged', 'unreadable']).toContain(verifyBadge(code + extra, keyringOf()).status);
    }
  });

  it('flags a badge signed with another key as forged, even when it names the event key', () => {
    const attacker = generateBadgeKeyPair();
    const impersonating = encodeBadge(p, jsSigner(attacker.secretKey));
    expect(verifyBadge(impersonating, keyringOf()).status).toBe('forged');
    const ownKid = encodeBadge({ ...p, kid: attacker.kid }, jsSigner(attacker.secretKey));
    expect(verifyBadge(ownKid, keyringOf()).status).toBe('forged');
  });

  it('flags revoked attendees and revoked keys, and badges of other events', () => {
    expect(verifyBadge(code, keyringOf([eventKey], { revokedAttendees: new Set([p.attendeeId]) })).status).toBe('revoked');
    expect(verifyBadge(code, { ...keyringOf(), keys: [{ kid: eventKey.kid, publicKey: eventKey.publicKey, revoked: true }] }).status).toBe('revoked');
    const otherKey = generateBadgeKeyPair();
    const foreign = encodeBadge({ ...p, eventId: newId(), kid: otherKey.kid }, jsSigner(otherKey.secretKey));
    expect(verifyBadge(foreign, keyringOf()).status).toBe('other_event');
  });

  it('tells what is not a badge at all', () => {
    for (const text of ['', 'hello', 'https://example.com/?SF1ABC', 'SF2' + code.slice(3), '6901234567892']) {
      expect(decodeBadge(text)).toEqual({ ok: false, reason: 'not_a_badge' });
    }
  });
});
