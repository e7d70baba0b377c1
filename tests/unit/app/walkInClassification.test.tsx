/**
 * Issue 6: a walk-in is classified on the desk at capture. Staff see each value as declared,
 * inferred (rule and evidence) or unknown while they fill in the form, may correct any of them
 * (declared from then on), and the record is stored, with its outbox row, carrying exactly that
 * classification and the corrections, which the server applies again on receipt.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalkInPage } from '../../../src/app/desk/WalkInPage';
import type { ShowfloorDb } from '../../../src/app/db/schema';
import { generateBadgeKeyPair } from '../../../src/core/badge/keys';
import { classifyVisitor } from '../../../src/core/classify/visitor';
import { DEFAULT_TAXONOMIES } from '../../../src/core/taxonomy/schema';
import { walkInClassificationInput } from '../../../src/core/visitors/input';
import { closeTestDb, deskDevice, openTestDb, storeEventConfig, testEvent } from './fixtures';

let d: ShowfloorDb;

beforeEach(async () => {
  d = await openTestDb();
  const ev = testEvent();
  const key = generateBadgeKeyPair();
  await d.device.put(deskDevice({ eventId: ev.event.id, badgeKey: { kid: key.kid, publicKey: key.publicKey, secretKey: key.secretKey } }));
  await storeEventConfig(d, ev);
});

afterEach(async () => {
  cleanup();
  await closeTestDb(d);
});

// The whole form (every country, province and interest as options) renders in jsdom on each step: slow, not stuck.
const UI_TIMEOUT = 30_000;

async function fillIn(fields: { name: string; company: string; mobile: string }) {
  render(
    <MemoryRouter initialEntries={['/desk/walkin']}>
      <WalkInPage />
    </MemoryRouter>,
  );
  const form = await screen.findByTestId('walkin-form');
  fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: fields.name } });
  fireEvent.change(within(form).getByLabelText(/^Company \*?$/), { target: { value: fields.company } });
  fireEvent.change(within(form).getByLabelText(/^Mobile/), { target: { value: fields.mobile } });
  fireEvent.click(within(form).getByLabelText(/I agree that the organizer stores/));
  return form;
}

function row(field: string): HTMLElement {
  const found = screen.getByTestId('walkin-classification').querySelector<HTMLElement>(`tr[data-field="${field}"]`);
  if (!found) throw new Error(`no row for ${field}`);
  return found;
}

describe('walk-in classification at the desk', () => {
  it('shows what the rules infer while the form is filled in, with rule and evidence', async () => {
    await fillIn({ name: 'Tom Smith', company: 'Acme Semiconductor Ltd', mobile: '+44 7400 123456' });
    await waitFor(() => expect(row('country').dataset.status).toBe('inferred'));
    expect(row('country').dataset.rule).toBe('region.phone-country-code');
    expect(within(row('country')).getByTestId('classification-value-country').textContent).toBe('United Kingdom');
    expect(row('country').textContent).toContain('+447400123456');
    expect(row('industry').dataset).toMatchObject({ status: 'inferred', rule: 'industry.company-name' });
    expect(within(row('industry')).getByTestId('classification-value-industry').textContent).toBe('Electronics and components');
    // The rule and its evidence in words, never the rule's id nor a raw evidence line.
    expect(row('industry').textContent).toContain('trade stated in the company name');
    expect(row('industry').textContent).toContain('“Semiconductor” → Manufacturing (GB/T 4754 division 39)');
    expect(row('country').textContent).toContain('country code of the phone number');
    for (const field of ['country', 'industry']) expect(row(field).textContent).not.toMatch(/industry\.|region\.|trade: |→ 39$/);
    expect(row('companySize').dataset.status).toBe('unknown');
    expect(within(row('companySize')).getByTestId('classification-value-companySize').textContent).toBe('Unknown');

    // What the visitor declares on the form is declared, and the inference gives way to it.
    fireEvent.change(screen.getByLabelText('Province'), { target: { value: '440000' } });
    await waitFor(() => expect(row('province').dataset.status).toBe('declared'));
    expect(row('country').dataset.status).toBe('declared');
    expect(within(row('country')).getByTestId('classification-value-country').textContent).toBe('China');
  }, UI_TIMEOUT);

  it('keeps a staff correction as declared and stores the classification with the record and its outbox row', async () => {
    await fillIn({ name: '张伟', company: '深圳华强电子股份有限公司', mobile: '138 0013 8001' });
    await waitFor(() => expect(row('industry').dataset.rule).toBe('industry.company-name'));

    fireEvent.click(within(row('industry')).getByRole('button', { name: 'Correct Industry' }));
    fireEvent.change(screen.getByLabelText('Correct value of Industry'), { target: { value: 'machinery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(row('industry').dataset.rule).toBe('corrected'));
    expect(row('industry').dataset.status).toBe('declared');
    expect(within(row('industry')).getByText('Corrected by staff')).toBeTruthy();
    expect(row('industry').textContent).toContain('previously Electronics and components (Inferred, trade stated in the company name)');
    expect(row('industry').textContent).toContain('corrected by staff at the registration desk');

    // A correction can be taken back before saving: the rule decides again.
    fireEvent.click(within(row('companySize')).getByRole('button', { name: 'Correct Company size' }));
    fireEvent.change(screen.getByLabelText('Correct value of Company size'), { target: { value: '10-49' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(row('companySize').dataset.rule).toBe('corrected'));
    fireEvent.click(within(row('companySize')).getByRole('button', { name: 'Correct Company size' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo correction' }));
    await waitFor(() => expect(row('companySize').dataset.status).toBe('unknown'));

    fireEvent.click(screen.getByRole('button', { name: 'Register and check in' }));
    // Signing the badge and writing in one transaction take a moment on a loaded machine.
    await screen.findByTestId('walkin-saved', {}, { timeout: 10_000 });

    const [stored] = await d.visitors.toArray();
    expect(stored?.mobile).toBe('+8613800138001');
    expect(stored?.classification?.industry).toMatchObject({ value: 'machinery', status: 'declared', rule: 'corrected' });
    expect(stored?.classification?.region.country).toMatchObject({ value: 'CN', status: 'inferred', rule: 'region.phone-country-code' });
    expect(stored?.classification?.companySize.status).toBe('unknown');
    expect(Object.keys(stored?.corrections ?? {})).toEqual(['industry']);
    // The server reads the same fields back from the stored row: the same rules give the same result.
    expect(stored?.classification).toEqual(classifyVisitor(walkInClassificationInput(stored!, stored!.corrections), DEFAULT_TAXONOMIES));

    const outbox = (await d.outbox.toArray()).filter((o) => o.type === 'visitor');
    expect(outbox).toHaveLength(1);
    const sent = outbox[0]!.data as typeof stored;
    expect(sent?.classification).toEqual(stored?.classification);
    expect(sent?.corrections).toEqual(stored?.corrections);
  }, UI_TIMEOUT);
});
