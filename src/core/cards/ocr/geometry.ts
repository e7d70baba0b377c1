/**
 * Pixel geometry for card OCR in plain TypeScript, so the browser worker and the Node CLI run the
 * very same code: connected components, convex hull, minimum-area rectangles and sampling a
 * rotated rectangle out of an image (what OpenCV does in PaddleOCR's reference pipeline).
 */

export type Point = readonly [number, number];
/** Four corners: top-left, top-right, bottom-right, bottom-left (reading direction of the text). */
export type Quad = readonly [Point, Point, Point, Point];

export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes a pixel. */
  data: Uint8Array | Uint8ClampedArray;
}

export interface Rect {
  center: Point;
  /** Along the rectangle's own axes; width is the longer side. */
  width: number;
  height: number;
  /** Radians, direction of the width axis, in (-π/2, π/2]. */
  angle: number;
}

/** Andrew's monotone chain; points as a flat [x0, y0, x1, y1, …] array. */
export function convexHull(xy: ArrayLike<number>): Point[] {
  const n = xy.length / 2;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => (xy[2 * a] as number) - (xy[2 * b] as number) || (xy[2 * a + 1] as number) - (xy[2 * b + 1] as number));
  const pts: Point[] = idx.map((i) => [xy[2 * i] as number, xy[2 * i + 1] as number]);
  if (pts.length < 3) return pts;
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2] as Point, lower[lower.length - 1] as Point, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as Point;
    while (upper.length >= 2 && cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** Minimum-area bounding rectangle of a convex polygon (rotating calipers over its edges). */
export function minAreaRect(hull: readonly Point[]): Rect {
  if (hull.length === 0) return { center: [0, 0], width: 0, height: 0, angle: 0 };
  if (hull.length < 3) {
    const [a, b = a] = hull as [Point, Point?];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return { center: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], width: len, height: 0, angle: len ? Math.atan2(b[1] - a[1], b[0] - a[0]) : 0 };
  }
  let best: Rect | null = null;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i++) {
    const p = hull[i] as Point;
    const q = hull[(i + 1) % hull.length] as Point;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len === 0) continue;
    const ux = (q[0] - p[0]) / len;
    const uy = (q[1] - p[1]) / len;
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const r of hull) {
      const u = r[0] * ux + r[1] * uy;
      const v = -r[0] * uy + r[1] * ux;
      if (u < minU) minU = u;
      if (u > maxU) maxU = u;
      if (v < minV) minV = v;
      if (v > maxV) maxV = v;
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      const center: Point = [cu * ux - cv * uy, cu * uy + cv * ux];
      let w = maxU - minU;
      let h = maxV - minV;
      let angle = Math.atan2(uy, ux);
      if (h > w) {
        [w, h] = [h, w];
        angle += Math.PI / 2;
      }
      // Normalise so the width axis points right: text is read left to right.
      while (angle > Math.PI / 2) angle -= Math.PI;
      while (angle <= -Math.PI / 2) angle += Math.PI;
      best = { center, width: w, height: h, angle };
    }
  }
  return best ?? { center: hull[0] as Point, width: 0, height: 0, angle: 0 };
}

export function rectCorners(r: Rect): Quad {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  const hw = r.width / 2;
  const hh = r.height / 2;
  const at = (u: number, v: number): Point => [r.center[0] + u * c - v * s, r.center[1] + u * s + v * c];
  return [at(-hw, -hh), at(hw, -hh), at(hw, hh), at(-hw, hh)];
}

export interface Component {
  /** Pixel coordinates of the component's boundary pixels, flat [x, y, …]. */
  boundary: number[];
  size: number;
}

/** 8-connected components of a binary mask; only boundary pixels are kept (enough for the hull). */
export function connectedComponents(mask: Uint8Array, width: number, height: number, maxComponents: number): Component[] {
  const labels = new Int32Array(width * height);
  const out: Component[] = [];
  const stack: number[] = [];
  let next = 1;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start]) continue;
    if (out.length >= maxComponents) break;
    const label = next++;
    labels[start] = label;
    stack.push(start);
    const boundary: number[] = [];
    let size = 0;
    while (stack.length) {
      const i = stack.pop() as number;
      size++;
      const x = i % width;
      const y = (i - x) / width;
      let edge = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if ((dx === 0 && dy === 0) || nx < 0 || nx >= width) continue;
          const j = ny * width + nx;
          if (!mask[j]) {
            edge = true;
            continue;
          }
          if (!labels[j]) {
            labels[j] = label;
            stack.push(j);
          }
        }
      }
      if (edge) boundary.push(x, y);
    }
    out.push({ boundary, size });
  }
  return out;
}

/** Mean of `map` inside a quadrilateral (PaddleOCR's "fast" box score). */
export function meanInQuad(map: Float32Array, width: number, height: number, quad: Quad): number {
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
  let sum = 0;
  let count = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (!insideQuad(quad, x, y)) continue;
      sum += map[y * width + x] as number;
      count++;
    }
  }
  return count ? sum / count : 0;
}

function insideQuad(q: Quad, x: number, y: number): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const a = q[i] as Point;
    const b = q[(i + 1) % 4] as Point;
    const c = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
    if (Math.abs(c) < 1e-9) continue;
    const s = c > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

/**
 * Samples the parallelogram spanned by quad[0]→quad[1] (width) and quad[0]→quad[3] (height) into
 * an outW × outH RGB float image, averaging several bilinear samples per output pixel when
 * shrinking so thin strokes are not lost to aliasing.
 */
export function sampleQuad(img: RgbaImage, quad: Quad, outW: number, outH: number): Float32Array {
  const [o, r, , d] = quad;
  const ux = (r[0] - o[0]) / outW;
  const uy = (r[1] - o[1]) / outW;
  const vx = (d[0] - o[0]) / outH;
  const vy = (d[1] - o[1]) / outH;
  const scale = Math.max(Math.hypot(ux, uy), Math.hypot(vx, vy));
  const n = Math.min(4, Math.max(1, Math.ceil(scale)));
  const out = new Float32Array(outW * outH * 3);
  const { width, height, data } = img;
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const fx = x + (sx + 0.5) / n;
          const fy = y + (sy + 0.5) / n;
          const px = Math.min(width - 1.001, Math.max(0, o[0] + fx * ux + fy * vx - 0.5));
          const py = Math.min(height - 1.001, Math.max(0, o[1] + fx * uy + fy * vy - 0.5));
          const x0 = Math.floor(px);
          const y0 = Math.floor(py);
          const ax = px - x0;
          const ay = py - y0;
          const i00 = (y0 * width + x0) * 4;
          const i10 = i00 + 4;
          const i01 = i00 + width * 4;
          const i11 = i01 + 4;
          const w00 = (1 - ax) * (1 - ay);
          const w10 = ax * (1 - ay);
          const w01 = (1 - ax) * ay;
          const w11 = ax * ay;
          rr += (data[i00] as number) * w00 + (data[i10] as number) * w10 + (data[i01] as number) * w01 + (data[i11] as number) * w11;
          gg += (data[i00 + 1] as number) * w00 + (data[i10 + 1] as number) * w10 + (data[i01 + 1] as number) * w01 + (data[i11 + 1] as number) * w11;
          bb += (data[i00 + 2] as number) * w00 + (data[i10 + 2] as number) * w10 + (data[i01 + 2] as number) * w01 + (data[i11 + 2] as number) * w11;
        }
      }
      const k = (y * outW + x) * 3;
      const inv = 1 / (n * n);
      out[k] = rr * inv;
      out[k + 1] = gg * inv;
      out[k + 2] = bb * inv;
    }
  }
  return out;
}
