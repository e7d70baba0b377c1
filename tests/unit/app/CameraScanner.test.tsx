import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CameraScanner } from '../../../src/app/scan/CameraScanner';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('camera scanner controls', () => {
  it('offers one tap to start, a photo, mute and the 1D switch, all named', () => {
    render(<CameraScanner onScan={vi.fn()} />);
    for (const name of ['Scan with camera', 'Scan a photo', 'Mute sound and vibration', 'Also read 1D barcodes']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByLabelText('Scan a photo', { selector: 'input' })).toBeTruthy();
    // Torch and camera choice appear only when a running camera offers them.
    expect(screen.queryByRole('button', { name: 'Light' })).toBeNull();
    expect(screen.queryByLabelText('Camera')).toBeNull();
  });

  it('reads QR codes only by default, and remembers the 1D switch on the device', () => {
    const { unmount } = render(<CameraScanner onScan={vi.fn()} />);
    const linear = screen.getByRole('button', { name: 'Also read 1D barcodes' });
    expect(linear.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(linear);
    expect(linear.getAttribute('aria-pressed')).toBe('true');
    unmount();
    render(<CameraScanner onScan={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Also read 1D barcodes' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('starts with 1D barcodes when the page asks for them', () => {
    render(<CameraScanner onScan={vi.fn()} formats="qr+1d" />);
    expect(screen.getByRole('button', { name: 'Also read 1D barcodes' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('remembers muting', () => {
    const { unmount } = render(<CameraScanner onScan={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mute sound and vibration' }));
    expect(screen.getByRole('button', { name: 'Mute sound and vibration' }).getAttribute('aria-pressed')).toBe('true');
    unmount();
    render(<CameraScanner onScan={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Mute sound and vibration' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says in words when the browser has no camera API, and offers the button again', async () => {
    // jsdom, like an old or locked-down browser, has no navigator.mediaDevices.
    render(<CameraScanner onScan={vi.fn()} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    });
    const problem = await screen.findByTestId('camera-problem');
    expect(['unsupported', 'insecure']).toContain(problem.dataset.problem);
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toMatch(/type the code|HTTPS/);
    expect(screen.getByRole('button', { name: 'Scan with camera' })).toBeTruthy();
  });
});
