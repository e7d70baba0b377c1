import { describe, expect, it } from 'vitest';
import { companyKey, companyRelation, createNameKeyer, isRoleEmail, nameRelation } from '../../../../src/core/customers/names';

const keyer = createNameKeyer();
const rel = (a: string, b: string) => nameRelation(keyer.person(a), keyer.person(b));

describe('names across editions', () => {
  it('one name however it is written: characters, traditional, pinyin, order, case, spacing, homophones', () => {
    for (const written of ['張偉', 'Zhang Wei', 'ZHANG Wei', 'Wei Zhang', 'zhangwei', 'ZhangWei', '张玮', ' 张 伟 ', '张伟先生']) expect(rel('张伟', written), written).toBe('same');
    expect(rel('张伟芳', 'Weifang Zhang')).toBe('same');
    expect(rel('欧阳娜娜', 'Nana Ouyang')).toBe('same');
    expect(rel('单雄信', 'Shan Xiongxin')).toBe('same');
  });

  it('another person’s name is different, relatives one syllable apart included', () => {
    expect(rel('张伟', '张文')).toBe('different');
    expect(rel('张伟', '李娜')).toBe('different');
    expect(rel('张伟', 'David Zhang')).toBe('different');
    expect(rel('', '')).toBe('different');
  });

  it('a Latin name one typo apart is close, not the same', () => {
    expect(rel('Jonathan Smith', 'Jonathon Smith')).toBe('close');
    expect(rel('Jonathan Smith', 'Jonahtan Smith')).toBe('close');
    expect(rel('Ann Li', 'Anna Li')).toBe('different');
  });

  it('company names without legal form, brackets or punctuation', () => {
    expect(companyKey('华强电子有限公司')).toBe(companyKey('华强电子（深圳）股份有限公司'));
    expect(companyKey('ACME Co., Ltd.')).toBe('acme');
    expect(companyKey('Acme GmbH')).toBe('acme');
    expect(companyRelation(companyKey('华强电子有限公司'), companyKey('深圳华强电子有限公司'))).toBe('close');
    expect(companyRelation(companyKey('华强电子'), companyKey('远东贸易'))).toBe('different');
  });

  it('role addresses are not a person’s', () => {
    for (const e of ['info@acme.com', 'sales@hq.cn', 'service2@x.com', 'noreply@x.com', 'kefu@x.cn']) expect(isRoleEmail(e), e).toBe(true);
    for (const e of ['zhangwei@acme.com', 'lina.info@x.com', 'w.zhang@x.com']) expect(isRoleEmail(e), e).toBe(false);
  });
});
