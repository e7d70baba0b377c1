import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskPage } from '../../../src/app/desk/DeskPage';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { newShortCode } from '../../../src/core/badge/shortCode';
import type { RosterEntry } from '../../../src/core/schema/config';
import { badgeCode, closeTestDb, deskDevice, openTestDb, rosterEntry, storeEventConfig, testEvent, type TestEvent } from './fixtures';

let d: ShowfloorDb;
let ev: TestEvent;
let visitor: RosterEntry;

beforeEach(async () => {
  d = await openTestDb();
  ev = testEvent();
  await d.device.put(deskDevice({ eventId: ev.event.id }));
  await storeEventConfig(d, ev);
  visitor = rosterEntry({ name: '王芳', company: '杭州海康威视数字技术股份有限公司' });
  await d.roster.bulkPut([visitor, rosterEntry({ name: '刘洋' }), rosterEntry({ name: '陈静' })]);
});

afterEach(async () => {
  cleanup();
  await closeTestDb(d);
});

/** A keyboard-wedge scanner: one keydown per character, `gapMs` apart, then Enter, sent to whatever has focus. */
function scanWithScanner(code: string, target: EventTarget = document.body, gapMs = 5): void {
  let at = 50_000;
  for (const key of [...code, 'Enter']) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    // jsdom stamps events with the wall clock; pin the time so the test decides the rhythm.
    Object.defineProperty(event, 'timeStamp', { value: (at += gapMs) });
    target.dispatchEvent(event);
  }
}

async function renderDesk(rosterSize = 3) {
  render(
    <MemoryRouter initialEntries={['/desk']}>
      <DeskPage />
    </MemoryRouter>,
  );
  // Live queries have loaded the roster size: the page is ready.
  await waitFor(() => expect(screen.getByTestId('roster-count').textContent).toBe(String(rosterSize)));
}

describe('desk page', () => {
  it('checks a visitor in from a scanner and lists the check-in as not synced', async () => {
    await renderDesk();
    expect(screen.getByTestId('today-count').textContent).toBe('0');

    act(() => scanWithScanner(badgeCode(ev, visitor)));

    const result = await screen.findByTestId('scan-result');
    expect(result.dataset.verdict).toBe('admitted');
    expect(within(result).getByText(/checked in/i)).toBeTruthy();
    expect(within(result).getByText('王芳')).toBeTruthy();
    expect(within(result).getByText('杭州海康威视数字技术股份有限公司')).toBeTruthy();

    const rows = await within(await screen.findByTestId('recent-checkins')).findAllByTestId('checkin-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dataset.synced).toBe('0');
    expect(within(rows[0]!).getByText('王芳')).toBeTruthy();
    expect(within(rows[0]!).getByText('Not synced')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('today-count').textContent).toBe('1'));
    await waitFor(() => expect(screen.getByTestId('unsynced-count').dataset.count).toBe('1'));

    // Stored as a scanner check-in, with its outbox row.
    const stored = await d.checkins.toArray();
    expect(stored).toMatchObject([{ attendeeId: visitor.id, method: 'scanner', synced: 0 }]);
    expect(await d.outbox.count()).toBe(1);
  });

  it('shows a second scan of the same badge as a re-entry', async () => {
    await renderDesk();
    const code = badgeCode(ev, visitor);
    act(() => scanWithScanner(code));
    await waitFor(() => expect(screen.getByTestId('scan-result').dataset.verdict).toBe('admitted'));
    act(() => scanWithScanner(code));
    await waitFor(() => expect(screen.getByTestId('scan-result').dataset.verdict).toBe('reentry'));
    expect(screen.getByTestId('scan-result').textContent).toMatch(/visit 2/i);
    await waitFor(() => expect(screen.getAllByTestId('checkin-row')).toHaveLength(2));
  });

  it('warns staff about a forged badge and still records it', async () => {
    await renderDesk();
    act(() => scanWithScanner(badgeCode(ev, visitor, {}, generateBadgeKeyPair())));
    const result = await screen.findByTestId('scan-result');
    expect(result.dataset.verdict).toBe('forged');
    expect(within(result).getByText(/do not admit/i)).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('checkin-row')).toHaveLength(1));
    expect(await d.checkins.count()).toBe(1);
  });

  it('ignores slow keystrokes on the page (a person typing is not a scan)', async () => {
    await renderDesk();
    act(() => scanWithScanner('ABCDEFGH', document.body, 150));
    // Give a wrongly started check-in every chance to show up.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByTestId('scan-result')).toBeNull();
    expect(await d.checkins.count()).toBe(0);
  });

  it('checks a visitor in from the typed-code form', async () => {
    await renderDesk();
    const input = screen.getByLabelText(/^Badge code/);
    fireEvent.change(input, { target: { value: badgeCode(ev, visitor) } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    const result = await screen.findByTestId('scan-result');
    expect(result.dataset.verdict).toBe('admitted');
    expect(within(result).getByText('王芳')).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('');
    await waitFor(async () => expect(await d.checkins.toArray()).toMatchObject([{ method: 'typed', attendeeId: visitor.id }]));
  });

  it('checks a visitor in from the short code printed under the QR, typed as people type it, offline', async () => {
    const holder = rosterEntry({ name: '赵敏', company: '深圳华信精密机械有限公司', shortCode: newShortCode() });
    await d.roster.put(holder);
    await renderDesk(4);
    const typed = `${holder.shortCode.slice(0, 4).toLowerCase()}-${holder.shortCode.slice(4).toLowerCase()}`;
    fireEvent.change(screen.getByLabelText(/^Badge code/), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    const result = await screen.findByTestId('scan-result', {}, { timeout: 10_000 });
    expect(result.dataset.verdict).toBe('admitted');
    expect(within(result).getByText('赵敏')).toBeTruthy();
    await waitFor(async () => expect(await d.checkins.toArray()).toMatchObject([{ method: 'typed', attendeeId: holder.id, code: holder.shortCode }]));

    // One symbol mistyped: nobody is admitted in their name, the code is recorded as unknown.
    const wrong = holder.shortCode.slice(0, 8) + (holder.shortCode[8] === 'X' ? 'Y' : 'X');
    fireEvent.change(screen.getByLabelText(/^Badge code/), { target: { value: wrong } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    await waitFor(() => expect(screen.getByTestId('scan-result').dataset.verdict).toBe('unknown'), { timeout: 10_000 });
  }, 30_000);

  it('asks for a code when the form is submitted empty, and records nothing', async () => {
    await renderDesk();
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/scan a badge code first/i);
    expect(await d.checkins.count()).toBe(0);
  });
});
