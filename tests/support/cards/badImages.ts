/** Images that are not a readable business card, for the bad-input tests (Node and browser). */
import sharp from 'sharp';
import { prng } from './data';

/** A landscape photo (sky, sun, hills, a road): no text at all, as if the wrong picture was chosen. */
export async function notACardPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5b8fd6"/><stop offset="1" stop-color="#cfe3f7"/></linearGradient></defs>
    <rect width="1600" height="1200" fill="url(#sky)"/>
    <circle cx="1250" cy="260" r="110" fill="#ffd866"/>
    <path d="M0 760 L300 520 L560 700 L900 430 L1250 690 L1600 560 L1600 1200 L0 1200 Z" fill="#4d7c4a"/>
    <path d="M0 900 Q800 760 1600 940 L1600 1200 L0 1200 Z" fill="#6b8f3a"/>
    <path d="M700 1200 L780 860 L820 860 L1000 1200 Z" fill="#8a8278"/>
    <g fill="#2f5a2c"><circle cx="200" cy="820" r="60"/><circle cx="1400" cy="860" r="80"/><circle cx="1100" cy="900" r="50"/></g>
  </svg>`;
  return sharp(Buffer.from(svg)).blur(1.2).jpeg({ quality: 70 }).toBuffer();
}

export async function blankPhoto(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A card photo blown up to 8400 × 4800 (40.3 megapixels), as a high-end phone camera stores it. */
export async function hugePhoto(cardPng: string): Promise<Buffer> {
  return sharp(cardPng).resize(8400, 4800, { fit: 'fill', kernel: 'cubic' }).jpeg({ quality: 80 }).toBuffer();
}

/** Starts like a JPEG, then garbage: what a broken transfer or a renamed file looks like. */
export function corruptedJpeg(): Buffer {
  const r = prng(404);
  const garbage = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256)));
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), garbage]);
}
