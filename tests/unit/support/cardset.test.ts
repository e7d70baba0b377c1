// @vitest-environment node
/**
 * The card evaluation set is a measuring instrument: its truth must be what the cards print, and
 * its scorer must count what issue #17 counts. These tests hold both to that.
 */
import { describe, expect, it } from 'vitest';
import { emptyCardFields, type CardFields } from '../../../src/core/cards/fields';
import { familiesOf } from '../../support/cardset/families';
import { truthOf, type CardTruth } from '../../support/cardset/kit/card';
import { prng, seedOf } from '../../support/cardset/kit/random';
import { crossFillSource, fieldMatches, loose, normaliseField, Tally } from '../../support/cardset/score';

function truth(fields: Partial<CardFields>, printed: CardTruth['printed'] = {}, also: CardTruth['also'] = {}): CardTruth {
  return { fields: { ...emptyCardFields(), ...fields }, also, printed };
}

/** The text a person sees on the card page: tags, the fitting script and entities gone. */
function visibleText(html: string): string {
  return html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('card set scorer', () => {
  it('compares numbers in international form with their extension, whatever the formatting', () => {
    expect(normaliseField('phone', '0755-8888 1234 转 8021')).toBe(normaliseField('phone', '+86 755 8888 1234 ext. 8021'));
    expect(normaliseField('phone', '+1 (617) 555-0134 x204')).toBe(normaliseField('phone', '+16175550134;ext=204'));
    expect(normaliseField('phone', '+8675588881234')).not.toBe(normaliseField('phone', '+86 755 8888 1234 ext. 8021'));
    expect(normaliseField('mobile', '138 0013 8000')).toBe('+8613800138000');
    // An unallocated Hong Kong mobile is still the number printed.
    expect(normaliseField('mobile', '+852 4123 4567')).toBe('+85241234567');
  });

  it('ignores case, spaces and punctuation in text fields, but not honorifics or the scheme-less www', () => {
    const t = truth({ name: '吴芳', company: 'Kestrel Marine Supplies Ltd', website: 'www.kestrel.co.uk' });
    expect(fieldMatches('name', t, '吴 芳')).toBe(true);
    expect(fieldMatches('company', t, 'KESTREL MARINE SUPPLIES LTD.')).toBe(true);
    expect(fieldMatches('website', t, 'https://www.kestrel.co.uk/')).toBe(true);
    expect(fieldMatches('website', t, 'kestrel.co.uk')).toBe(false);
    expect(fieldMatches('name', truth({ name: 'Margaret A. Thornton' }), 'Dr. Margaret A. Thornton, PhD')).toBe(false);
  });

  it('accepts the values a card legitimately offers twice (a second mobile)', () => {
    const t = truth({ mobile: '+8613800138000' }, {}, { mobile: ['+8613900139000'] });
    expect(fieldMatches('mobile', t, '139 0013 9000')).toBe(true);
    expect(fieldMatches('mobile', t, '137 0013 7000')).toBe(false);
  });

  it('counts a name holding the logo text as a cross-field fill, not a name merely misread', () => {
    const t = truth({ name: '吴芳', company: '深圳华信通讯设备有限公司', email: 'wufang@huaxin.com', address: '深圳市南山区科技园路1号华信大厦' }, { company: ['深圳华信通讯设备有限公司', '华信'] });
    expect(crossFillSource('name', t, '华信吴芳')).toBe('company');
    expect(crossFillSource('name', t, '吴方')).toBeNull();
    expect(crossFillSource('name', t, '吴芳')).toBeNull();
    // The address names a building called after the brand: that is the address's own text.
    expect(crossFillSource('address', t, '深圳市南山区科技园路1号华信大厦A座')).toBeNull();
    // A website made of the email's domain holds the email's text.
    expect(crossFillSource('website', t, 'huaxin.com')).toBe('email');
  });

  it('tallies accuracy over the cards that print a field, and cross-field fills over filled fields', () => {
    const tally = new Tally();
    const t = truth({ name: '吴芳', company: '华信有限公司', mobile: '+8613800138000' }, { company: ['华信有限公司', '华信'] });
    tally.add(t, { ...emptyCardFields(), name: '华信吴芳', company: '华信有限公司', mobile: '13800138000', fax: '+8613800138000' });
    expect(tally.percent('name')).toBe(0);
    expect(tally.percent('company')).toBe(100);
    expect(tally.percent('mobile')).toBe(100);
    expect(tally.byField.get('fax')?.spurious).toBe(1);
    expect(tally.crossFills).toBe(2);
    expect(tally.filled).toBe(4);
  });
});

describe('card families', () => {
  const families = [...familiesOf('tuning'), ...familiesOf('heldout')];

  it('are at least 12, at least 5 held out, 400 images or more, with unique ids', () => {
    expect(families.length).toBeGreaterThanOrEqual(12);
    expect(familiesOf('heldout').length).toBeGreaterThanOrEqual(5);
    expect(families.reduce((n, f) => n + f.count * 2, 0)).toBeGreaterThanOrEqual(400);
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
  });

  it.each(families.map((f) => [f.id, f] as const))('%s: the truth is what the card prints, and the same seed draws the same card', (_id, family) => {
    for (let i = 0; i < family.count; i++) {
      const design = family.make(prng(seedOf(family.id, i)), i);
      expect(family.make(prng(seedOf(family.id, i)), i).html).toBe(design.html);
      const t = truthOf(design.card);
      const seen = loose(visibleText(design.html));
      for (const f of ['name', 'title', 'company', 'email', 'website'] as const) {
        if (t.fields[f] !== null) expect(seen, `${family.id}/${i} ${f}`).toContain(loose(t.fields[f]));
      }
      for (const line of design.card.address) expect(seen, `${family.id}/${i} address`).toContain(loose(line));
      for (const p of [...design.card.mobiles, ...design.card.phones, ...(design.card.fax ? [design.card.fax] : [])]) {
        expect(seen, `${family.id}/${i} number`).toContain(loose(p.text));
        // The expected number is the printed one: its last seven digits are printed.
        expect(loose(p.text), `${family.id}/${i} number digits`).toContain(p.truth.replace(/ ext\. \d+$/, '').replace(/\D/g, '').slice(-7));
        const ext = / ext\. (\d+)$/.exec(p.truth)?.[1];
        if (ext) expect(loose(p.text).endsWith(ext), `${family.id}/${i} extension`).toBe(true);
      }
    }
  });
});
