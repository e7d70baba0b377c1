/**
 * Generated pictures of badges for decoder tests and benchmarks: a printed badge card with a real
 * signed badge QR, placed in a cluttered scene the way a camera sees it (tilted, blurred, glared,
 * dim, JPEG-compressed, small in a large frame), and YUV4MPEG2 clips for Chromium's fake camera.
 * Everything is drawn here, deterministically from a seed: no downloaded images.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import QRCode from 'qrcode';
import sharp, { type Sharp } from 'sharp';
import { encodeBadge, type BadgePayload } from '../../src/core/badge/codec';
import { generateBadgeKeyPair, jsSigner, keyPairFromSecret, type BadgeKeyPair } from '../../src/core/badge/keys';
import { bytesToUuid, newId, toHex } from '../../src/core/ids';

/** RGBA pixels, row-major. */
export interface Raster {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type Point = readonly [number, number];
/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];

/** mulberry32: small, seedable, good enough to vary test pictures reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(rnd: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
}

/** A UUID drawn from `rnd`: reproducible ids make reproducible badge codes (Ed25519 signatures are deterministic). */
export function seededUuid(rnd: () => number): string {
  const bytes = randomBytes(rnd, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytesToUuid(bytes);
}

function between(rnd: () => number, lo: number, hi: number): number {
  return lo + (hi - lo) * rnd();
}

export function blankRaster(width: number, height: number, rgb: readonly [number, number, number] = [255, 255, 255]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = rgb[0];
    data[i + 1] = rgb[1];
    data[i + 2] = rgb[2];
    data[i + 3] = 255;
  }
  return { width, height, data };
}

function fillRect(r: Raster, x0: number, y0: number, w: number, h: number, rgb: readonly [number, number, number]): void {
  const x1 = Math.min(r.width, Math.round(x0 + w));
  const y1 = Math.min(r.height, Math.round(y0 + h));
  for (let y = Math.max(0, Math.round(y0)); y < y1; y++) {
    for (let x = Math.max(0, Math.round(x0)); x < x1; x++) {
      const i = (y * r.width + x) * 4;
      r.data[i] = rgb[0];
      r.data[i + 1] = rgb[1];
      r.data[i + 2] = rgb[2];
      r.data[i + 3] = 255;
    }
  }
}

// ── Badge codes ────────────────────────────────────────────────────────────────────────────────

export interface BadgeFactory {
  key: BadgeKeyPair;
  eventId: string;
  code(overrides?: Partial<BadgePayload>): string;
}

/** Signs badge codes with the real codec, as the server prints them. */
export function badgeFactory(eventId: string = newId(), key: BadgeKeyPair = generateBadgeKeyPair()): BadgeFactory {
  const sign = jsSigner(key.secretKey);
  return {
    key,
    eventId,
    code: (overrides = {}) =>
      encodeBadge({ eventId, attendeeId: newId(), category: 'trade', kid: key.kid, name: '王小明', company: '上海示例展览服务有限公司', ...overrides }, sign),
  };
}

// ── Drawing a badge ────────────────────────────────────────────────────────────────────────────

export interface QrModules {
  size: number;
  dark(x: number, y: number): boolean;
}

export function qrModules(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): QrModules {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** A bare QR code: `module` pixels per module and a 4-module quiet zone. */
export function qrRaster(text: string, module = 4, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): Raster {
  const qr = qrModules(text, errorCorrectionLevel);
  const side = (qr.size + 8) * module;
  const r = blankRaster(side, side);
  for (let y = 0; y < qr.size; y++) for (let x = 0; x < qr.size; x++) if (qr.dark(x, y)) fillRect(r, (x + 4) * module, (y + 4) * module, module, module, [20, 20, 20]);
  return r;
}

/**
 * A printed badge card: a coloured header band, grey bars where name and company are printed,
 * and the QR code below them. The bars matter: they are the edges and stripes a real badge
 * shows the decoder besides the code.
 */
export function badgeCard(code: string, opts: { module?: number; accent?: readonly [number, number, number] } = {}): Raster {
  const module = opts.module ?? 6;
  const qr = qrRaster(code, module);
  const pad = Math.round(qr.width * 0.08);
  const width = qr.width + 2 * pad;
  const header = Math.round(width * 0.2);
  const text = Math.round(width * 0.3);
  const height = header + text + qr.height + pad;
  const card = blankRaster(width, height, [250, 250, 247]);
  fillRect(card, 0, 0, width, header, opts.accent ?? [15, 76, 129]);
  fillRect(card, pad, header + text * 0.15, width * 0.62, text * 0.26, [40, 40, 40]);
  fillRect(card, pad, header + text * 0.55, width * 0.8, text * 0.14, [110, 110, 110]);
  fillRect(card, pad, header + text * 0.76, width * 0.45, text * 0.12, [110, 110, 110]);
  for (let y = 0; y < qr.height; y++) {
    const from = y * qr.width * 4;
    card.data.set(qr.data.subarray(from, from + qr.width * 4), ((header + text + y) * width + pad) * 4);
  }
  return card;
}

// ── Geometry ──────────────────────────────────────────────────────────────────────────────────

/** The 3×3 homography (row-major, h[8] = 1) mapping each `from` corner onto its `to` corner. */
export function homography(from: Quad, to: Quad): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination with partial pivoting on the 8×8 system.
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let row = col + 1; row < 8; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    for (let row = 0; row < 8; row++) {
      if (row === col) continue;
      const f = a[row]![col]! / a[col]![col]!;
      for (let k = col; k < 8; k++) a[row]![k]! -= f * a[col]![k]!;
      b[row]! -= f * b[col]!;
    }
  }
  return [...b.map((v, i) => v / a[i]![i]!), 1];
}

/**
 * Where the corners of a `cardW`×`cardH` card appear to a pinhole camera when it is tilted
 * `tiltX`° (top away from the camera) and `tiltY`° (right side away), turned `roll`° in its
 * plane, centred at (cx, cy), and `apparentWidth` pixels wide if it faced the camera.
 */
export function projectCard(
  cardW: number,
  cardH: number,
  frame: { width: number; height: number },
  pose: { cx: number; cy: number; apparentWidth: number; tiltX: number; tiltY: number; roll: number },
): Quad {
  // About a 65° horizontal field of view, like tablet and phone cameras.
  const focal = frame.width * 0.8;
  const distance = (focal * cardW) / pose.apparentWidth;
  const rad = Math.PI / 180;
  const [ax, ay, az] = [pose.tiltX * rad, pose.tiltY * rad, pose.roll * rad];
  const corners: Point[] = [
    [-cardW / 2, -cardH / 2],
    [cardW / 2, -cardH / 2],
    [cardW / 2, cardH / 2],
    [-cardW / 2, cardH / 2],
  ];
  const projected = corners.map(([x0, y0]): Point => {
    // Roll in the card plane, then tilt about x, then about y.
    let x = x0 * Math.cos(az) - y0 * Math.sin(az);
    let y = x0 * Math.sin(az) + y0 * Math.cos(az);
    let z = 0;
    [y, z] = [y * Math.cos(ax) - z * Math.sin(ax), y * Math.sin(ax) + z * Math.cos(ax)];
    [x, z] = [x * Math.cos(ay) + z * Math.sin(ay), -x * Math.sin(ay) + z * Math.cos(ay)];
    const depth = distance + z;
    return [pose.cx + (focal * x) / depth, pose.cy + (focal * y) / depth];
  });
  return projected as unknown as Quad;
}

/**
 * Draws `src` onto `dst` so that its corners land on `quad`, sampling bilinearly with `ss`×`ss`
 * samples per pixel (a camera integrates light over each pixel; point sampling would alias).
 */
export function warpOnto(dst: Raster, src: Raster, quad: Quad, ss = 2): void {
  const srcQuad: Quad = [
    [0, 0],
    [src.width, 0],
    [src.width, src.height],
    [0, src.height],
  ];
  const h = homography(quad, srcQuad);
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(dst.width - 1, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(dst.height - 1, Math.ceil(Math.max(...ys)));
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = h as [number, number, number, number, number, number, number, number, number];
  const sw = src.width;
  const sd = src.data;
  const acc = [0, 0, 0, 0];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      acc[0] = acc[1] = acc[2] = acc[3] = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = x + (sx + 0.5) / ss;
          const py = y + (sy + 0.5) / ss;
          const w = h6 * px + h7 * py + h8;
          const u = (h0 * px + h1 * py + h2) / w - 0.5;
          const v = (h3 * px + h4 * py + h5) / w - 0.5;
          if (u < 0 || v < 0 || u >= src.width - 1 || v >= src.height - 1) continue;
          const ui = Math.floor(u);
          const vi = Math.floor(v);
          const fu = u - ui;
          const fv = v - vi;
          const i00 = (vi * sw + ui) * 4;
          const i10 = i00 + 4;
          const i01 = i00 + sw * 4;
          const i11 = i01 + 4;
          for (let c = 0; c < 3; c++) {
            const top = sd[i00 + c]! * (1 - fu) + sd[i10 + c]! * fu;
            const bottom = sd[i01 + c]! * (1 - fu) + sd[i11 + c]! * fu;
            acc[c]! += top * (1 - fv) + bottom * fv;
          }
          acc[3]! += 1;
        }
      }
      if (acc[3] === 0) continue;
      // Partly covered edge pixels blend with the scene behind them.
      const cover = acc[3]! / (ss * ss);
      const i = (y * dst.width + x) * 4;
      for (let c = 0; c < 3; c++) dst.data[i + c] = (acc[c]! / acc[3]!) * cover + dst.data[i + c]! * (1 - cover);
    }
  }
}

// ── Scenes ─────────────────────────────────────────────────────────────────────────────────────

/** A desk seen by a tablet camera: a soft gradient, some objects and their edges, sensor noise. */
export function scene(width: number, height: number, rnd: () => number): Raster {
  const r = blankRaster(width, height);
  const top = [between(rnd, 120, 200), between(rnd, 110, 190), between(rnd, 100, 180)];
  const bottom = [between(rnd, 50, 120), between(rnd, 50, 110), between(rnd, 40, 100)];
  for (let y = 0; y < height; y++) {
    const t = y / height;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) r.data[i + c] = top[c]! * (1 - t) + bottom[c]! * t;
    }
  }
  const objects = 4 + Math.floor(rnd() * 6);
  for (let k = 0; k < objects; k++) {
    const w = between(rnd, 0.05, 0.35) * width;
    const h = between(rnd, 0.05, 0.3) * height;
    fillRect(r, rnd() * width - w / 3, rnd() * height - h / 3, w, h, [between(rnd, 20, 240), between(rnd, 20, 240), between(rnd, 20, 240)]);
  }
  addNoise(r, 4, rnd);
  return r;
}

const NOISE_TABLE_BITS = 16;
/** Standard normal samples (Box–Muller), drawn once: per-pixel logarithms made clips slow to write. */
const GAUSSIAN = (() => {
  const rnd = seededRandom(0x5eed);
  return Float32Array.from({ length: 1 << NOISE_TABLE_BITS }, () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd()));
})();

/** Gaussian sensor noise of standard deviation `sigma`. */
export function addNoise(r: Raster, sigma: number, rnd: () => number): void {
  const mask = (1 << NOISE_TABLE_BITS) - 1;
  // A random start and odd stride walk the whole table in a different order on every call.
  let k = Math.floor(rnd() * mask);
  const stride = (Math.floor(rnd() * mask) | 1) >>> 0;
  for (let i = 0; i < r.data.length; i += 4) {
    const n = GAUSSIAN[k]! * sigma;
    k = (k + stride) & mask;
    r.data[i] = r.data[i]! + n;
    r.data[i + 1] = r.data[i + 1]! + n;
    r.data[i + 2] = r.data[i + 2]! + n;
  }
}

// ── Degradations and files ─────────────────────────────────────────────────────────────────────

export const HARD_CONDITIONS = ['perspective', 'blur', 'glare', 'lowlight', 'jpeg', 'small', 'mixed'] as const;
export type HardCondition = (typeof HARD_CONDITIONS)[number];

export interface BadgePhoto {
  condition: HardCondition;
  /** Encoded image file (JPEG or PNG). */
  bytes: Buffer;
  ext: 'jpg' | 'png';
  expected: string;
}

function toSharp(r: Raster): Sharp {
  return sharp(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength), { raw: { width: r.width, height: r.height, channels: 4 } });
}

async function fromSharp(s: Sharp): Promise<Raster> {
  const { data, info } = await s.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}

/** Composites a soft white highlight, as a ceiling light reflected in a laminated badge. */
async function glare(r: Raster, quad: Quad, rnd: () => number): Promise<Raster> {
  const cx = quad.reduce((s, p) => s + p[0], 0) / 4 + between(rnd, -0.15, 0.15) * r.width * 0.2;
  const cy = quad.reduce((s, p) => s + p[1], 0) / 4 + between(rnd, -0.1, 0.25) * r.height * 0.2;
  const size = Math.abs(quad[1][0] - quad[0][0]) * between(rnd, 0.3, 0.5);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${r.width}" height="${r.height}">
    <defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="${between(rnd, 0.85, 0.97).toFixed(2)}"/><stop offset="0.5" stop-color="#fff" stop-opacity="0.6"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs>
    <ellipse cx="${cx}" cy="${cy}" rx="${size}" ry="${size * 0.55}" fill="url(#g)" transform="rotate(${between(rnd, -30, 30)} ${cx} ${cy})"/></svg>`;
  return fromSharp(toSharp(r).composite([{ input: Buffer.from(svg), blend: 'screen' }]));
}

/**
 * One hard picture of `code`: the badge card in a scene under `condition`. Parameters vary
 * within each condition's range from `seed`, so a set covers the range rather than one point.
 */
export async function badgePhoto(code: string, condition: HardCondition, seed: number): Promise<BadgePhoto> {
  const rnd = seededRandom(seed);
  const small = condition === 'small';
  const [width, height] = small ? [1920, 1080] : [1280, 960];
  const frame = scene(width, height, rnd);
  const card = badgeCard(code, { module: 6 });
  const tilt = condition === 'perspective' ? between(rnd, 25, 40) : condition === 'mixed' ? between(rnd, 15, 30) : between(rnd, 0, 12);
  const direction = rnd() * 2 * Math.PI;
  const apparentWidth = small ? between(rnd, 95, 130) : between(rnd, 300, 460);
  const quad = projectCard(card.width, card.height, frame, {
    cx: width / 2 + between(rnd, -0.2, 0.2) * width,
    cy: height / 2 + between(rnd, -0.15, 0.15) * height,
    apparentWidth,
    tiltX: tilt * Math.cos(direction),
    tiltY: tilt * Math.sin(direction),
    roll: between(rnd, -25, 25),
  });
  warpOnto(frame, card, quad);
  let picture = frame;
  let pipeline: Sharp;
  switch (condition) {
    case 'blur':
      pipeline = toSharp(picture).blur(between(rnd, 1.6, 2.6));
      break;
    case 'glare':
      picture = await glare(picture, quad, rnd);
      pipeline = toSharp(picture);
      break;
    case 'lowlight': {
      const gain = between(rnd, 0.12, 0.22);
      for (let i = 0; i < picture.data.length; i += 4) for (let c = 0; c < 3; c++) picture.data[i + c] = picture.data[i + c]! * gain;
      addNoise(picture, between(rnd, 4, 7), rnd);
      pipeline = toSharp(picture);
      break;
    }
    case 'mixed':
      addNoise(picture, 5, rnd);
      pipeline = toSharp(picture).blur(between(rnd, 1, 1.6));
      break;
    default:
      addNoise(picture, 2, rnd);
      pipeline = toSharp(picture);
  }
  const quality = condition === 'jpeg' ? Math.round(between(rnd, 6, 12)) : condition === 'mixed' ? 30 : 88;
  if (condition === 'lowlight' || condition === 'perspective') return { condition, bytes: await pipeline.png().toBuffer(), ext: 'png', expected: code };
  return { condition, bytes: await pipeline.jpeg({ quality }).toBuffer(), ext: 'jpg', expected: code };
}

export interface HardSetEntry {
  file: string;
  condition: HardCondition;
  expected: string;
}

/** Writes `perCondition` pictures of each hard condition into `dir`, each with its own badge. */
export async function writeHardSet(dir: string, perCondition: number, seed = 1): Promise<HardSetEntry[]> {
  await mkdir(dir, { recursive: true });
  const rnd = seededRandom(seed);
  const badges = badgeFactory(seededUuid(rnd), keyPairFromSecret(toHex(randomBytes(rnd, 32))));
  const names = ['李娜', '王伟', '张敏', '欧阳晓峰', 'Chen Jing', '司马相如', '刘洋', 'Anna Schmidt'];
  const companies = ['', '深圳市华强电子有限公司', '国家会展中心（上海）有限责任公司', 'Acme GmbH', '杭州海康威视数字技术股份有限公司'];
  const entries: HardSetEntry[] = [];
  for (const condition of HARD_CONDITIONS) {
    for (let i = 0; i < perCondition; i++) {
      const code = badges.code({ attendeeId: seededUuid(rnd), name: names[Math.floor(rnd() * names.length)]!, company: companies[Math.floor(rnd() * companies.length)]! });
      const photo = await badgePhoto(code, condition, Math.floor(rnd() * 2 ** 31));
      const file = path.join(dir, `${condition}-${String(i + 1).padStart(2, '0')}.${photo.ext}`);
      await writeFile(file, photo.bytes);
      entries.push({ file, condition, expected: code });
    }
  }
  return entries;
}

/** A plain, easy picture of a code (or of any text as a QR code), for tests that need it read. */
export async function plainCodePhoto(text: string, opts: { module?: number; tilt?: number; seed?: number } = {}): Promise<Buffer> {
  const rnd = seededRandom(opts.seed ?? 7);
  const card = badgeCard(text, { module: opts.module ?? 5 });
  const width = Math.max(960, Math.round(card.width * 1.4));
  const height = Math.max(720, Math.round(card.height * 1.3));
  const frame = scene(width, height, rnd);
  const pose = { cx: width / 2, cy: height / 2, apparentWidth: card.width * 0.95, tiltX: opts.tilt ?? 10, tiltY: 8, roll: 5 };
  warpOnto(frame, card, projectCard(card.width, card.height, frame, pose));
  return toSharp(frame).png().toBuffer();
}

/** A picture of the desk with no code in it. */
export async function emptyDeskPhoto(seed = 3): Promise<Buffer> {
  return toSharp(scene(960, 720, seededRandom(seed))).jpeg({ quality: 85 }).toBuffer();
}

let writerReady = false;

/** A card with a Code 128 barcode of `text` (drawn by ZXing-C++'s writer), for the 1D switch. */
export async function code128Card(text: string, opts: { module?: number; barHeight?: number } = {}): Promise<Raster> {
  const writer = await import('zxing-wasm/writer');
  if (!writerReady) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm'));
    writer.prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) } });
    writerReady = true;
  }
  const written = await writer.writeBarcode(text, { format: 'Code128', scale: 1, addQuietZones: false, addHRT: false });
  if (!written.image) throw new Error(`cannot write Code 128 for ${text}: ${written.error}`);
  const { data, info } = await sharp(Buffer.from(await written.image.arrayBuffer()))
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // One pixel per module: the first row is the bar pattern.
  const bars = Array.from({ length: info.width }, (_, x) => data[x * info.channels]! < 128);
  const module = opts.module ?? 4;
  const barHeight = opts.barHeight ?? 180;
  const quiet = 12 * module;
  const card = blankRaster(bars.length * module + 2 * quiet, barHeight + 2 * quiet, [250, 250, 247]);
  bars.forEach((dark, x) => {
    if (dark) fillRect(card, quiet + x * module, quiet, module, barHeight, [20, 20, 20]);
  });
  return card;
}

// ── Fake camera clips ──────────────────────────────────────────────────────────────────────────

/** BT.601 full-range RGBA → I420 (what Chromium's fake capture reads from a C420jpeg y4m). */
export function rgbaToI420(r: Raster): Buffer {
  const { width, height, data } = r;
  const out = Buffer.alloc(width * height * 1.5);
  const cw = width / 2;
  const uOff = width * height;
  const vOff = uOff + cw * (height / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      out[y * width + x] = Math.max(0, Math.min(255, Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!)));
    }
  }
  for (let y = 0; y < height / 2; y++) {
    for (let x = 0; x < cw; x++) {
      let rs = 0;
      let gs = 0;
      let bs = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const i = ((2 * y + dy) * width + 2 * x + dx) * 4;
        rs += data[i]!;
        gs += data[i + 1]!;
        bs += data[i + 2]!;
      }
      const [R, G, B] = [rs / 4, gs / 4, bs / 4];
      out[uOff + y * cw + x] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * R - 0.331264 * G + 0.5 * B)));
      out[vOff + y * cw + x] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * R - 0.418688 * G - 0.081312 * B)));
    }
  }
  return out;
}

/** Writes a YUV4MPEG2 clip frame by frame (Chromium's --use-file-for-fake-video-capture plays it in a loop). */
export class Y4mWriter {
  private readonly fd: number;
  frames = 0;

  constructor(
    file: string,
    readonly width: number,
    readonly height: number,
    fps: number,
  ) {
    if (width % 2 || height % 2) throw new Error('4:2:0 needs even dimensions');
    this.fd = openSync(file, 'w');
    writeSync(this.fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  }

  write(frame: Raster): void {
    if (frame.width !== this.width || frame.height !== this.height) throw new Error('frame size differs from the clip');
    writeSync(this.fd, 'FRAME\n');
    writeSync(this.fd, rgbaToI420(frame));
    this.frames++;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface ClipSegment {
  /** The text shown (a QR code on a badge card), or null for the empty desk. */
  code: string | null;
  seconds: number;
  /** A picture to hold up instead of a badge card (e.g. a 1D barcode); `code` is then its text. */
  picture?: Raster;
  /** How far it leans away from the camera, in degrees (default: the clip's tilt). */
  tilt?: number;
  /** Its apparent width as a fraction of the frame's width, if it faced the camera. */
  size?: number;
}

export interface ClipOptions {
  width?: number;
  height?: number;
  fps?: number;
  /** How far the badge leans away from the camera, in degrees. */
  tilt?: number;
  /** Paint a white square top-left on frames that show a code, black otherwise: lets a benchmark see the first such frame without decoding it. */
  marker?: boolean;
  seed?: number;
}

/**
 * A clip of a badge held up to the desk camera: the empty desk, then each segment's badge held at
 * an angle and swaying a little, as a hand does.
 */
export function writeClip(file: string, segments: readonly ClipSegment[], opts: ClipOptions = {}): { frames: number; fps: number } {
  const width = opts.width ?? 640;
  const height = opts.height ?? 480;
  const fps = opts.fps ?? 15;
  const rnd = seededRandom(opts.seed ?? 11);
  const backdrop = scene(width, height, rnd);
  const writer = new Y4mWriter(file, width, height, fps);
  const cards = new Map<string, Raster>();
  try {
    for (const segment of segments) {
      const count = Math.max(1, Math.round(segment.seconds * fps));
      const card = segment.picture ?? (segment.code === null ? null : (cards.get(segment.code) ?? badgeCard(segment.code, { module: 6 })));
      if (card && segment.code !== null) cards.set(segment.code, card);
      for (let f = 0; f < count; f++) {
        const frame: Raster = { width, height, data: new Uint8ClampedArray(backdrop.data) };
        if (card) {
          const t = f / fps;
          const tilt = segment.tilt ?? opts.tilt ?? 30;
          const quad = projectCard(card.width, card.height, frame, {
            cx: width / 2 + Math.sin(t * 2.1) * width * 0.03,
            cy: height / 2 + Math.cos(t * 1.7) * height * 0.03,
            apparentWidth: width * (segment.size ?? 0.45),
            tiltX: tilt * 0.6 + Math.sin(t * 1.3) * 3,
            tiltY: tilt * 0.8,
            roll: 8 + Math.sin(t) * 4,
          });
          warpOnto(frame, card, quad, 1);
        }
        addNoise(frame, 2.5, rnd);
        if (opts.marker) fillRect(frame, 0, 0, 16, 16, card ? [255, 255, 255] : [0, 0, 0]);
        writer.write(frame);
      }
    }
  } finally {
    writer.close();
  }
  return { frames: writer.frames, fps };
}
