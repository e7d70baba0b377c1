/**
 * CardCapture started from a photo already kept with a lead (saved unread): no choose step, the
 * fields typed then are shown, and once card reading is prepared the photo itself is read.
 * The OCR worker (WASM models in Cache Storage) cannot run in jsdom: readiness and the reader are
 * the boundary replaced here; what staff see and confirm is the real component.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeadQualify } from '../../../src/app/booth/LeadQualify';
import { CardCapture, type CardCaptureResult } from '../../../src/app/cards/CardCapture';
import type { CardReading } from '../../../src/app/cards/cardReader';
import { captureCardLead } from '../../../src/app/data/leads';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { newId } from '../../../src/core/ids';
import { closeTestDb, deskDevice, openTestDb } from './fixtures';

const reader = vi.hoisted(() => ({ ready: false, read: vi.fn<(image: Blob) => Promise<CardReading>>() }));

vi.mock('../../../src/app/cards/modelStore', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  isCardReadingReady: () => Promise.resolve(reader.ready),
}));
vi.mock('../../../src/app/cards/cardReader', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  readCard: (image: Blob) => reader.read(image),
  warmUpCardReader: () => Promise.resolve(0),
  releaseCardReader: () => undefined,
}));

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:photo');
  URL.revokeObjectURL = vi.fn();
  reader.read.mockReset();
});
afterEach(() => cleanup());

const photo = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
const typed = { ...emptyCardFields(), name: '张伟' };

describe('CardCapture from an existing photo', () => {
  it('without card reading: shows the kept photo and typed fields at once, with no choose or retake step', async () => {
    reader.ready = false;
    const image = photo();
    const onConfirm = vi.fn<(r: CardCaptureResult) => void>();
    render(<CardCapture photo={image} fields={typed} onConfirm={onConfirm} />);
    expect(await screen.findByRole('img', { name: 'Photo of the business card' })).toBeTruthy();
    expect(screen.queryByLabelText('Choose an image')).toBeNull();
    expect(screen.queryByLabelText('Take a photo of the card')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Another photo' })).toBeNull();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('张伟');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Keep the photo, read later' }));
    });
    expect(reader.read).not.toHaveBeenCalled();
    expect(onConfirm.mock.calls[0]?.[0]).toMatchObject({ photo: image, unread: true, fields: { name: '张伟' } });
  });

  it('with card reading prepared: reads that photo, staff correct a field and confirm', async () => {
    reader.ready = true;
    const image = photo();
    reader.read.mockResolvedValue({
      text: '张伟 销售经理\n手机 138 0013 8000\nzhang@example.cn',
      lines: [],
      fields: { ...emptyCardFields(), name: '张伟', title: '销售经理', mobile: '+8613800138000', email: 'zhang@example.cn' },
      ms: 900,
      loadMs: null,
    });
    const onConfirm = vi.fn<(r: CardCaptureResult) => void>();
    render(<CardCapture photo={image} fields={typed} onConfirm={onConfirm} />);
    const mobile = (await screen.findByDisplayValue('+8613800138000')) as HTMLInputElement;
    expect(reader.read).toHaveBeenCalledWith(image);
    expect(mobile.id).toBe(screen.getByLabelText('Mobile').id);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: '华南机械有限公司' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save card' }));
    });
    const result = onConfirm.mock.calls[0]?.[0] as CardCaptureResult;
    expect(result.unread).toBe(false);
    expect(result.photo).toBe(image);
    expect(result.text).toContain('zhang@example.cn');
    expect(result.fields).toMatchObject({ name: '张伟', title: '销售经理', company: '华南机械有限公司', mobile: '+8613800138000', email: 'zhang@example.cn' });
  });
});

describe('a lead saved with its card unread', () => {
  it('offers "Read this card now"; the confirmed fields go to the lead as an update', async () => {
    reader.ready = true;
    const d = await openTestDb();
    try {
      await d.device.put(deskDevice({ role: 'booth', exhibitorId: newId(), deviceName: '王经理' }));
      const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
      const lead = await captureCardLead({ fields: typed, photo: bytes.slice().buffer, text: '', unread: true });
      reader.read.mockResolvedValue({
        text: '张伟\n华南机械有限公司\n手机 13800138000',
        lines: [],
        fields: { ...emptyCardFields(), name: '张伟', company: '华南机械有限公司', mobile: '+8613800138000' },
        ms: 800,
        loadMs: null,
      });
      render(<LeadQualify lead={lead} questions={[]} products={[]} onClose={vi.fn()} onDelete={vi.fn()} />);
      expect(screen.getByText('The card photo is kept with this lead and not read yet.')).toBeTruthy();
      fireEvent.click(await screen.findByRole('button', { name: 'Read this card now' }));
      await screen.findByDisplayValue('+8613800138000');
      // The photo read is the one kept with the lead.
      expect(reader.read.mock.calls[0]?.[0].size).toBe(bytes.length);
      await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save card' }));
    });
      expect(await screen.findByText('Card read: the contact details are updated.')).toBeTruthy();
      await waitFor(async () => expect((await d.leads.get(lead.id))?.cardUnread).toBe(false));
      expect(await d.leads.get(lead.id)).toMatchObject({ contact: { name: '张伟', company: '华南机械有限公司', mobile: '+8613800138000' }, cardText: expect.stringContaining('13800138000') as unknown });
      expect((await d.outbox.toArray()).map((o) => o.op)).toEqual(['create', 'update']);
      expect(screen.queryByRole('button', { name: 'Read this card now' })).toBeNull();
    } finally {
      cleanup();
      await closeTestDb(d);
    }
  });
});
