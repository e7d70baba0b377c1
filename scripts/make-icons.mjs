// Draws the app icons (a white badge with a QR-like mark on the brand blue) as PNG files.
// Run once; the PNGs are committed. No image libraries: a tiny PNG encoder over zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE = [15, 76, 129, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
const QR = ['1110111', '1010101', '1110111', '0001000', '1011101', '0101011', '1110101'];

// `inset` is the share of the icon the artwork may use (maskable icons keep to the central 80%).
function draw(inset, rounded) {
  return (x, y) => {
    if (rounded) {
      const r = 0.18;
      const cx = Math.min(Math.max(x, r), 1 - r);
      const cy = Math.min(Math.max(y, r), 1 - r);
      if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    }
    const u = (x - 0.5) / inset + 0.5;
    const v = (y - 0.5) / inset + 0.5;
    // the badge card
    if (u > 0.22 && u < 0.78 && v > 0.14 && v < 0.86) {
      if (v > 0.2 && v < 0.26 && u > 0.42 && u < 0.58) return BLUE; // lanyard slot
      const qx = Math.floor((u - 0.3) / (0.4 / 7));
      const qy = Math.floor((v - 0.36) / (0.4 / 7));
      if (qx >= 0 && qx < 7 && qy >= 0 && qy < 7 && QR[qy][qx] === '1') return BLUE;
      if (v > 0.8 && v < 0.83 && u > 0.3 && u < 0.7) return BLUE;
      return WHITE;
    }
    return BLUE;
  };
}

writeFileSync('public/icons/icon-192.png', png(192, draw(1, true)));
writeFileSync('public/icons/icon-512.png', png(512, draw(1, true)));
writeFileSync('public/icons/maskable-512.png', png(512, draw(0.75, false)));
console.log('icons written');
