import { describe, expect, it } from 'vitest';
import { decideLinks, type Candidate, type PendingGroup } from '../../../../src/core/customers/matching';
import { createNameKeyer } from '../../../../src/core/customers/names';

const keyer = createNameKeyer();
const group = (id: string, name: string, extra: Partial<PendingGroup> = {}): PendingGroup => ({
  id,
  kind: 'contact',
  name: keyer.person(name),
  displayName: name,
  companyKey: '',
  creditCode: '',
  ...extra,
});
const cand = (g: string, customer: string, signal: Candidate['signal'], value: string, name: string, extra: Partial<Candidate> = {}): Candidate => ({
  group: g,
  customer,
  signal,
  value,
  shared: false,
  names: [keyer.person(name)],
  companyKeys: [],
  creditCodes: [],
  example: { record: `r-${customer}`, eventId: 'e1', name, company: '' },
  ...extra,
});

describe('linking rules', () => {
  it('a new mobile and the same email: the same person', () => {
    const { decisions, reviews } = decideLinks([group('g', '张伟')], [cand('g', 'c1', 'email', 'zw@hq.com', '张伟')]);
    expect(decisions).toEqual([{ group: 'g', customer: 'c1', reason: 'email', evidence: expect.objectContaining({ rule: 'same email, name same' }) }]);
    expect(reviews).toEqual([]);
  });

  it('a relative with the same mobile is offered for review, never linked', () => {
    const { decisions, reviews } = decideLinks([group('g', '李娜')], [cand('g', 'c1', 'mobile', '+8613800000001', '张伟')]);
    expect(decisions).toEqual([{ group: 'g', customer: null }]);
    expect(reviews).toEqual([expect.objectContaining({ customer: 'c1', signal: 'mobile_other_name' })]);
  });

  it('a shared info@ address finds the colleague with the same name, not the others', () => {
    const shared = { shared: true };
    const { decisions } = decideLinks(
      [group('g', '王芳')],
      [cand('g', 'c1', 'email', 'info@acme.com', '李明', shared), cand('g', 'c2', 'email', 'info@acme.com', '王芳', shared), cand('g', 'c3', 'email', 'info@acme.com', '赵六', shared)],
    );
    expect(decisions[0]).toMatchObject({ customer: 'c2', reason: 'email' });
  });

  it('mobile and email both theirs alone link a name written another way; a shared one does not', () => {
    const both = [cand('g', 'c1', 'mobile', '+8613800000001', '张伟'), cand('g', 'c1', 'email', 'zw@hq.com', '张伟')];
    expect(decideLinks([group('g', 'David Zhang')], both).decisions[0]).toMatchObject({ customer: 'c1', reason: 'mobile_email' });
    const sharedMobile = [cand('g', 'c1', 'mobile', '+8613800000001', '张伟', { shared: true }), cand('g', 'c1', 'email', 'zw@hq.com', '张伟')];
    expect(decideLinks([group('g', 'David Zhang')], sharedMobile).decisions[0]).toEqual({ group: 'g', customer: null });
    expect(decideLinks([group('g', 'Jonathon Smith')], [cand('g', 'c1', 'email', 'js@x.com', 'Jonathan Smith')]).decisions[0]?.customer).toBeNull();
    expect(decideLinks([group('g', 'Jonathon Smith')], [cand('g', 'c1', 'email', 'js@x.com', 'Jonathan Smith'), cand('g', 'c1', 'mobile', '+8613800000002', 'Jonathan Smith')]).decisions[0]?.customer).toBe('c1');
  });

  it('the same name and company alone is a suggestion', () => {
    const { decisions, reviews } = decideLinks([group('g', '陈静')], [cand('g', 'c1', 'name_company', 'chen jing / 北方机械', '陈静')]);
    expect(decisions[0]?.customer).toBeNull();
    expect(reviews).toEqual([expect.objectContaining({ signal: 'name_company', customer: 'c1' })]);
  });

  it('two customers just as good: the oldest is linked, merging them is offered; the order of candidates does not matter', () => {
    const cs = [cand('g', 'c2', 'mobile', '+8613800000001', '张伟'), cand('g', 'c1', 'mobile', '+8613800000001', '张伟')];
    const one = decideLinks([group('g', '张伟')], cs);
    const other = decideLinks([group('g', '张伟')], [...cs].reverse());
    expect(one).toEqual(other);
    expect(one.decisions[0]?.customer).toBe('c1');
    expect(one.reviews).toEqual([expect.objectContaining({ customer: 'c2', signal: 'several_customers' })]);
  });

  describe('companies', () => {
    const company = (id: string, name: string, creditCode = '') => group(id, name, { kind: 'company', companyKey: name, creditCode });
    it('the same credit code links a renamed company', () => {
      const d = decideLinks([company('g', '华强科技', 'C1')], [cand('g', 'k1', 'credit_code', 'C1', '华强电子', { companyKeys: ['华强电子'], creditCodes: ['C1'] })]).decisions[0];
      expect(d).toMatchObject({ customer: 'k1', reason: 'credit_code', evidence: { rule: 'same credit code' } });
    });
    it('two different codes never link, whatever else they share', () => {
      const d = decideLinks([company('g', '华强电子', 'C2')], [cand('g', 'k1', 'email', 'sales@hq.com', '华强电子', { companyKeys: ['华强电子'], creditCodes: ['C1'] })]);
      expect(d.decisions[0]?.customer).toBeNull();
      expect(d.reviews).toEqual([expect.objectContaining({ signal: 'credit_code_conflict' })]);
    });
    it('without a code, a contact’s email links when the company names agree; a contact who moved company does not', () => {
      const same = decideLinks([company('g', '小作坊工作室')], [cand('g', 'k1', 'email', 'v@x.com', '', { companyKeys: ['小作坊工作室'] })]).decisions[0];
      expect(same).toMatchObject({ customer: 'k1', reason: 'email' });
      const moved = decideLinks([company('g', '远东贸易')], [cand('g', 'k1', 'mobile', '+8613600000001', '', { companyKeys: ['华强电子'] })]);
      expect(moved).toEqual({ decisions: [{ group: 'g', customer: null }], reviews: [] });
    });
  });
});
