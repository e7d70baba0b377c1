import { describe, expect, it } from 'vitest';
import { cardFieldsSchema } from '../../../src/core/cards/fields';
import { EMPTY_WALK_IN } from '../../../src/app/data/walkins';
import { walkInFromCard } from '../../../src/app/desk/cardToWalkIn';

const card = (fields: Partial<Record<string, string>>) =>
  cardFieldsSchema.parse({ name: null, title: null, company: null, mobile: null, phone: null, fax: null, email: null, website: null, address: null, ...fields });

describe('a business card fills the walk-in form', () => {
  it('copies name, company, title, mobile and email and marks the record as from a card', () => {
    const input = walkInFromCard(card({ name: '张伟', company: '深圳市华强电子有限公司', title: '采购经理', mobile: '+8613800138000', email: 'zw@hq.cn' }), EMPTY_WALK_IN);
    expect(input).toMatchObject({ name: '张伟', company: '深圳市华强电子有限公司', title: '采购经理', mobile: '+8613800138000', email: 'zw@hq.cn', source: 'card' });
  });

  it('never overwrites what staff already typed', () => {
    const input = walkInFromCard(card({ name: 'Zhang Wei', company: 'Other Co., Ltd.' }), { ...EMPTY_WALK_IN, name: '张伟' });
    expect(input.name).toBe('张伟');
    expect(input.company).toBe('Other Co., Ltd.');
  });

  it('uses the landline when the card has no mobile', () => {
    expect(walkInFromCard(card({ phone: '+862161234567' }), EMPTY_WALK_IN).mobile).toBe('+862161234567');
  });

  it('places the visitor from the address on the card: province and city of China', () => {
    const input = walkInFromCard(card({ address: '广东省深圳市南山区科技园南区', mobile: '+8613800138000' }), EMPTY_WALK_IN);
    expect(input.country).toBe('CN');
    expect(input.province).toBe('440000');
    expect(input.city).toBe('440300');
  });

  it('places a foreign visitor by the country code of the number', () => {
    const input = walkInFromCard(card({ mobile: '+4915112345678' }), EMPTY_WALK_IN);
    expect(input.country).toBe('DE');
    expect(input.province).toBe('');
  });

  it('keeps a region staff chose', () => {
    const input = walkInFromCard(card({ address: '上海市浦东新区' }), { ...EMPTY_WALK_IN, country: 'JP' });
    expect(input.country).toBe('JP');
  });
});
