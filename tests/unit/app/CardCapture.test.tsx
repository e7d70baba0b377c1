/**
 * CardCapture without card reading prepared (jsdom has no Cache Storage, as a browser that never
 * downloaded the models): offline, the photo is still kept with what staff type, to be read later.
 * Object URLs are the one thing jsdom lacks; they are stubbed.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardCapture, type CardCaptureResult } from '../../../src/app/cards/CardCapture';
import { CARD_FIELDS } from '../../../src/core/cards/fields';

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:photo');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  setOnline(true);
});

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'card.jpg', { type: 'image/jpeg' });

describe('CardCapture without card reading prepared', () => {
  it('offline: says so, keeps the photo with the typed fields and marks it unread', async () => {
    setOnline(false);
    const onConfirm = vi.fn<(r: CardCaptureResult) => void>();
    render(<CardCapture onConfirm={onConfirm} onCancel={vi.fn()} />);
    expect(await screen.findByText('No network now: card reading can be prepared when the device is online.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Prepare card reading' })).toBeNull();

    const file = photo();
    fireEvent.change(screen.getByLabelText('Choose an image'), { target: { files: [file] } });
    expect(await screen.findByText(/The photo is kept with the lead, to be read later/)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Photo of the business card' })).toBeTruthy();
    // Every field is there to type into, each with its own label.
    for (const label of ['Name', 'Job title', 'Company', 'Mobile', 'Phone', 'Fax', 'Email', 'Website', 'Address']) expect(screen.getByLabelText(label)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' 张伟 ' } });
    fireEvent.change(screen.getByLabelText('Mobile'), { target: { value: '138 0013 8000' } });
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: 'ask at booth' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Keep the photo, read later' }));
    });

    expect(onConfirm).toHaveBeenCalledTimes(1);
    const result = onConfirm.mock.calls[0]?.[0] as CardCaptureResult;
    expect(result.photo).toBe(file);
    expect(result.unread).toBe(true);
    expect(result.text).toBe('');
    expect(result.fields).toEqual({ name: '张伟', title: null, company: null, mobile: '+8613800138000', phone: 'ask at booth', fax: null, email: null, website: null, address: null });
    expect(Object.keys(result.fields).sort()).toEqual([...CARD_FIELDS].sort());
  });

  it('online: offers to prepare card reading, and to keep the photo meanwhile', async () => {
    setOnline(true);
    render(<CardCapture onConfirm={vi.fn()} />);
    expect(await screen.findByRole('button', { name: 'Prepare card reading' })).toBeTruthy();
    expect(screen.getByText(/one-time download of about \d+ MB/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Take a photo of the card'), { target: { files: [photo()] } });
    expect(await screen.findByText(/Prepare it now to read this card, or keep the photo/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep the photo, read later' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Prepare card reading' })).toBeTruthy();
  });

  it('asks the camera for the back lens when taking a photo', async () => {
    render(<CardCapture onConfirm={vi.fn()} />);
    const take = await screen.findByLabelText('Take a photo of the card');
    expect(take.getAttribute('capture')).toBe('environment');
    expect(take.getAttribute('accept')).toBe('image/*');
  });
});
