/** Scanner settings remembered on the device (not synced: they belong to the tablet, not the event). */
import { isScanFormats, type ScanFormats } from '../../core/scan/decoding';

const FORMATS_KEY = 'showfloor.scan.formats';
const CAMERA_KEY = 'showfloor.scan.camera';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // No storage (private mode): the setting lasts for this page.
  }
}

export function readFormats(fallback: ScanFormats): ScanFormats {
  const stored = read(FORMATS_KEY);
  return isScanFormats(stored) ? stored : fallback;
}

export function writeFormats(formats: ScanFormats): void {
  write(FORMATS_KEY, formats);
}

export function readCamera(): string | null {
  return read(CAMERA_KEY);
}

export function writeCamera(deviceId: string | null): void {
  write(CAMERA_KEY, deviceId);
}
