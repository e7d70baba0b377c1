import { describe, expect, it } from 'vitest';
import { decoderOptions, firstDecoded, isScanFormats, LINEAR_FORMATS, QR_FORMATS } from '../../../src/core/scan/decoding';

describe('decoder options (shared by the camera worker and the decode CLI)', () => {
  it('read QR codes only by default: camera noise is never read as a 1D barcode', () => {
    const options = decoderOptions();
    expect(options.formats).toEqual(['QRCode', 'MicroQRCode']);
    expect(options.formats.some((f) => (LINEAR_FORMATS as readonly string[]).includes(f))).toBe(false);
    expect(decoderOptions('qr')).toEqual(options);
  });

  it('add the common 1D symbologies when switched on', () => {
    const { formats } = decoderOptions('qr+1d');
    expect(formats).toEqual([...QR_FORMATS, ...LINEAR_FORMATS]);
    expect(formats).toEqual(expect.arrayContaining(['Code128', 'Code39', 'EAN13', 'ITF']));
  });

  it('favour accuracy and stop at the first code', () => {
    expect(decoderOptions()).toMatchObject({ tryHarder: true, tryRotate: true, tryInvert: true, tryDownscale: true, maxNumberOfSymbols: 1, returnErrors: false, textMode: 'Plain' });
  });

  it('give each caller its own arrays', () => {
    const a = decoderOptions('qr');
    a.formats.push('Code128');
    expect(decoderOptions('qr').formats).toEqual(['QRCode', 'MicroQRCode']);
  });

  it('recognise the two format settings and nothing else', () => {
    expect(isScanFormats('qr')).toBe(true);
    expect(isScanFormats('qr+1d')).toBe(true);
    for (const v of ['QR', '1d', '', null, undefined, 1]) expect(isScanFormats(v)).toBe(false);
  });
});

describe('firstDecoded', () => {
  it('picks the first valid, non-empty result', () => {
    expect(
      firstDecoded([
        { text: 'broken', format: 'QRCode', isValid: false },
        { text: '', format: 'QRCode', isValid: true },
        { text: 'SF1ABC', format: 'QRCode', isValid: true },
        { text: 'later', format: 'Code128', isValid: true },
      ]),
    ).toEqual({ text: 'SF1ABC', format: 'QRCode' });
  });

  it('is null when nothing was read', () => {
    expect(firstDecoded([])).toBeNull();
    expect(firstDecoded([{ text: 'x', format: 'QRCode', isValid: false }])).toBeNull();
  });
});
