/**
 * The console's customer pages against a fake organizer server (fetch is the boundary): a
 * retention number opens the customers behind it, a note is added to a customer's timeline, a
 * prospect moves through a stage, a tier rule that does not add up is refused before sending, a
 * lost exhibitor is marked won back.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomersSection } from '../../../src/app/console/customers/CustomersSection';
import { DEFAULT_TIER_RULES } from '../../../src/core/customers/tiers';

const E1 = '01900000-0000-7000-8000-000000000001';
const E2 = '01900000-0000-7000-8000-000000000002';
const ZHANG = '01900000-0000-7000-8000-0000000000a1';
const WANG = '01900000-0000-7000-8000-0000000000a2';
const PROSPECT = '01900000-0000-7000-8000-0000000000a3';
const RECORD = '01900000-0000-7000-8000-0000000000b1';
const NOW = '2026-05-14T02:00:00.000Z';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const side = (o: Partial<Record<string, number | null>>) => ({
  previousCustomers: 3,
  customers: 3,
  returning: 2,
  new: 1,
  reactivated: 0,
  lost: 1,
  lostBefore: 0,
  churnRatePct: 33.3,
  retentionRatePct: 66.7,
  winBackPct: null,
  ...o,
});
const edition = (id: string, n: number, current: boolean) => ({
  id,
  name: `Expo ${2024 + n}`,
  show: 'Expo',
  showId: '01900000-0000-7000-8000-0000000000ff',
  edition: n,
  startsOn: `${2024 + n}-05-14`,
  endsOn: `${2024 + n}-05-16`,
  venue: '',
  current,
  previous: n > 1 ? E1 : null,
});
const listRow = (id: string, name: string) => ({
  id,
  kind: 'contact',
  name,
  company: '上海贸易',
  creditCode: '',
  mobile: '+8613800000003',
  email: '',
  country: 'CN',
  province: '',
  editions: 1,
  firstEdition: 1,
  lastEdition: 1,
  days: 1,
  floorArea: null,
  contractAmount: null,
  tier: 'B',
  stage: null,
  owner: '',
  erased: false,
});
const summary = (id: string, name: string, stage: string) => ({ id, kind: 'company', name, company: name, stage, stageAt: NOW, source: 'trade_press', owner: '李经理', editions: 0, inviteCode: '' });

function customerPage(timeline: unknown[]) {
  return {
    customer: {
      id: ZHANG,
      kind: 'contact',
      name: '张伟',
      company: '华强电子',
      creditCode: '',
      mobile: '+8613800000001',
      email: 'zhangwei@hq.com',
      country: 'CN',
      province: '',
      stage: 'goodwill',
      stageAt: NOW,
      source: 'other_shows',
      owner: '王经理',
      mergedInto: null,
      erased: false,
      createdAt: NOW,
      inviteCode: 'AB12CD34',
    },
    merged: [],
    history: [
      {
        eventId: E2,
        show: 'Expo',
        edition: 2,
        name: 'Expo 2026',
        startsOn: '2026-05-14',
        role: 'visitor',
        category: 'trade',
        days: 2,
        classification: null,
        booth: null,
        floorArea: null,
        contractAmount: null,
        leads: { total: 1, hot: 1, warm: 0, cold: 0, unrated: 0 },
        surveyAnswers: [],
        complaints: [],
        tier: { tier: 'A', ruleVersion: 3, value: 7, inputs: { days: 2, hotLeads: 1, purchaseRole: 'decides' } },
        records: [{ id: RECORD, eventId: E2, name: '张伟', company: '华强电子', category: 'trade', source: 'import', reason: 'email', evidence: { email: 'zhangwei@hq.com' }, linkedBy: 'auto', linkedAt: NOW, erased: false }],
      },
    ],
    timeline,
    lostReasons: [],
    moves: [],
    referrals: [],
    referredBy: null,
  };
}

/** A fake server: answers by method and path, records what was sent. */
function fakeServer(routes: Record<string, (body: unknown, url: URL) => unknown>) {
  const sent: Array<{ method: string; path: string; body: unknown }> = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    sent.push({ method, path: url.pathname, body });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) return json({ error: 'not_found', message: 'no such route' }, 404);
    return json(handler(body, url));
  });
  return sent;
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/console/customers/*" element={<CustomersSection />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('customer pages', () => {
  it('opens the visitors lost since the previous edition from their number, and offers them as CSV and XLSX', async () => {
    fakeServer({
      'GET /api/v1/console/retention': () => ({
        event: E2,
        previous: E1,
        beforePrevious: null,
        visitors: side({}),
        exhibitors: { ...side({ previousCustomers: 2, customers: 2, returning: 1, churnRatePct: 50, retentionRatePct: 50 }), renewalRatePct: 50 },
        countedApart: { press: 1, staff: 0, previousPress: 0, previousStaff: 0 },
        referrals: 2,
      }),
      'GET /api/v1/console/retention/trend': () => ({ visitors: [], exhibitors: [] }),
      'GET /api/v1/console/retention/live': () => ({ eventId: E2, previous: E1, customers: 3, returning: 2, new: 1, reactivated: 0, returningSharePct: 66.7 }),
      'GET /api/v1/console/editions': () => ({ editions: [edition(E1, 1, false), edition(E2, 2, true)] }),
      'GET /api/v1/console/retention/list': (_, url) => {
        expect([url.searchParams.get('side'), url.searchParams.get('group')]).toEqual(['visitors', 'lost']);
        return { total: 1, rows: [listRow(WANG, '王芳')], next: null };
      },
    });
    renderAt('/console/customers');
    const visitors = await screen.findByTestId('retention-visitors');
    expect(within(visitors).getByTestId('rate-visitors-retention').textContent).toBe('66.7 %');
    expect(await screen.findByText('Expo 2026 compared with Expo 2025. 2 registrations came with another customer’s invitation code.')).toBeTruthy();
    fireEvent.click(within(visitors).getByRole('link', { name: 'Lost: 1, open the list' }));
    const list = await screen.findByTestId('retention-list');
    expect(await within(list).findByRole('link', { name: '王芳' })).toBeTruthy();
    expect(within(list).getByTestId('list-total').textContent).toBe('1 customer');
    expect(within(list).getByRole('button', { name: 'Download CSV (Excel)' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Download XLSX' })).toBeTruthy();
  });

  it('adds a call to a customer’s timeline and explains the tier by its rule and inputs', async () => {
    const timeline: unknown[] = [];
    const sent = fakeServer({
      [`GET /api/v1/console/customers/${ZHANG}`]: () => customerPage(timeline),
      [`POST /api/v1/console/customers/${ZHANG}/notes`]: (body) => {
        timeline.push({ id: '01900000-0000-7000-8000-0000000000c1', kind: 'call', at: NOW, by: 'organizer:me', text: (body as { text: string }).text, winBack: false, eventId: E2 });
        return { id: '01900000-0000-7000-8000-0000000000c1' };
      },
    });
    renderAt(`/console/customers/${ZHANG}`);
    await screen.findByTestId('customer-page');
    expect(screen.getByTestId('invite-code').textContent).toBe('AB12-CD34');
    expect(screen.getByTestId('tier-explained').textContent).toBe('A · rule version 3, value 7 · 2 day(s) attended, 1 hot lead(s), purchasing role: decides');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'call' } });
    fireEvent.change(screen.getByLabelText('What happened'), { target: { value: '电话回访：明年扩大展位' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to timeline' }));
    expect(await within(screen.getByTestId('timeline')).findByText('电话回访：明年扩大展位')).toBeTruthy();
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ kind: 'call', text: '电话回访：明年扩大展位', winBack: false });
  });

  it('moves a prospect from its stage column to the next stage', async () => {
    let stage = 'collect';
    const sent = fakeServer({
      'GET /api/v1/console/customers': (_, url) => {
        const asked = url.searchParams.get('stage');
        return asked === stage ? { total: 1, rows: [summary(PROSPECT, '未来机器人', stage)], next: null } : { total: 0, rows: [], next: null };
      },
      'GET /api/v1/console/pipeline': () => ({ counts: {}, timePerStage: [], conversion: [] }),
      [`POST /api/v1/console/customers/${PROSPECT}/stage`]: (body) => {
        stage = (body as { stage: string }).stage;
        return { moved: true };
      },
    });
    renderAt('/console/customers/pipeline');
    const collect = await screen.findByTestId('column-collect');
    await within(collect).findByRole('link', { name: '未来机器人' });
    fireEvent.change(within(collect).getByLabelText('Move 未来机器人 to'), { target: { value: 'first_contact' } });
    fireEvent.click(within(collect).getByRole('button', { name: 'Move' }));
    const next = screen.getByTestId('column-first_contact');
    expect(await within(next).findByRole('link', { name: '未来机器人' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('column-collect')).queryByRole('link', { name: '未来机器人' })).toBeNull());
    expect(screen.getByTestId('count-first_contact').textContent).toBe('(1)');
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({ stage: 'first_contact', note: '' });
  });

  it('refuses a tier rule whose A and B shares exceed 100 % before sending it, and saves a good one as the next version', async () => {
    const sent = fakeServer({
      'GET /api/v1/console/tier-rules': () => ({
        company: { version: 1, rule: DEFAULT_TIER_RULES.company, createdBy: 'default', createdAt: NOW },
        contact: { version: 1, rule: DEFAULT_TIER_RULES.contact, createdBy: 'default', createdAt: NOW },
      }),
      'GET /api/v1/console/tiers': () => ({ contacts: null, companies: { ruleVersion: 1, A: 1, B: 1, C: 3 } }),
      'PUT /api/v1/console/tier-rules': () => ({ version: 2 }),
    });
    renderAt('/console/customers/tiers');
    const form = (await screen.findByRole('heading', { name: 'Rule for exhibitors, version 1' })).closest('form') as HTMLFormElement;
    fireEvent.change(within(form).getByLabelText('Share of A (%)'), { target: { value: '60' } });
    fireEvent.change(within(form).getByLabelText('Share of B (%)'), { target: { value: '50' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('the A and B tiers together cannot be more than 100 %');
    expect(sent.filter((s) => s.method === 'PUT')).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Share of B (%)'), { target: { value: '30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    expect((await within(form).findByRole('status')).textContent).toBe('Saved as version 2. Compute the tiers to apply it.');
    expect(sent.find((s) => s.method === 'PUT')?.body).toEqual({ ...DEFAULT_TIER_RULES.company, aPct: 60, bPct: 30 });
  });

  it('marks a lost exhibitor won back and shows the follow-up figure', async () => {
    let recovered = false;
    const lost = () => ({
      summary: { lost: 1, withReason: 1, byReason: { positioning: 0, quality: 0, market: 1, service: 0, own: 0, social: 0 }, recovered: recovered ? 1 : 0, recoveredPct: recovered ? 100 : 0 },
      rows: [
        {
          id: WANG,
          name: '远东贸易有限公司',
          company: '远东贸易有限公司',
          mobile: '',
          email: '',
          tier: 'A',
          reason: { reason: 'market', note: '市场需求下降', recordedBy: 'me', recordedAt: NOW },
          lastComplaint: null,
          surveyAnswers: [],
          winBackActions: [],
          stage: recovered ? 'won_back' : 'lost',
          recovered,
        },
      ],
      next: null,
    });
    fakeServer({
      'GET /api/v1/console/lost': lost,
      [`POST /api/v1/console/customers/${WANG}/recovered`]: () => {
        recovered = true;
        return { moved: true };
      },
    });
    renderAt('/console/customers/lost');
    expect((await screen.findByTestId('lost-summary')).textContent).toContain('1 lost, 1 with a reason, 0 won back');
    fireEvent.click(screen.getByRole('button', { name: '远东贸易有限公司 is won back' }));
    await waitFor(() => expect(screen.getByTestId('lost-summary').textContent).toContain('1 won back (100 %)'));
    expect(screen.queryByRole('button', { name: '远东贸易有限公司 is won back' })).toBeNull();
  });
});
