/**
 * A card "photographed" at a booth: the card image lies on a surface in a 1400 × 1000 page
 * (1000 × 1400 for a portrait card), tilted in 3-D and lit from one side; Chromium takes the
 * picture, then sharp spoils it the way a phone camera does. Each photo has one dominant
 * condition, so accuracy can be reported by condition:
 *  - angle: strong perspective (card tilted 15–30° in each axis, rotated up to 22°);
 *  - blur: out of focus (Gaussian σ 1.6–2.4 px on text about 26 px high);
 *  - motion: hand shake (a 3–5 px line kernel, horizontal or slanted: a photo still worth keeping;
 *    7–11 px, tried first, left the numbers unreadable to a person too);
 *  - glare: a specular hot spot from a ceiling light on glossy stock;
 *  - low-light: a dim hall (35–50 % exposure), warm cast, sensor noise;
 *  - noise-jpeg: a cheap camera: 900 px wide, noise, JPEG quality 22–32.
 */
import sharp, { type Sharp } from 'sharp';
import { int, pick, type Rand } from './random';

export const CONDITIONS = ['angle', 'blur', 'glare', 'low-light', 'noise-jpeg', 'motion'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Part of each photo's cache key: bump a condition's version when its treatment changes. */
export const CONDITION_VERSION: Record<Condition, number> = { angle: 1, blur: 1, glare: 1, 'low-light': 1, 'noise-jpeg': 1, motion: 2 };

/** The photo's size: landscape for a landscape card, portrait for a portrait one (people turn the phone). */
export function photoSize(cardWidth: number, cardHeight: number): { width: number; height: number } {
  return cardWidth >= cardHeight ? { width: 1400, height: 1000 } : { width: 1000, height: 1400 };
}

export interface PhotoPlan {
  condition: Condition;
  /** The scene page holding the card image. */
  html: (cardPngBase64: string, cardWidth: number, cardHeight: number) => string;
  /** Turns Chromium's PNG of the scene into the photo (JPEG). */
  finish: (scene: Buffer) => Promise<Buffer>;
}

const SURFACES = ['#7a5c3e', '#5b6470', '#c9c2b8', '#2f3136', '#9a8f80', '#41524a', '#b5a48a'];

interface Pose {
  rotate: number;
  rotX: number;
  rotY: number;
  /** Share of the photo's width the card takes. */
  fill: number;
}

function scene(r: Rand, pose: Pose, light: string): PhotoPlan['html'] {
  const surface = pick(r, SURFACES);
  return (png, w, h) => {
    const size = photoSize(w, h);
    const width = Math.round(size.width * pose.fill);
    return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0}
    #photo{position:relative;width:${size.width}px;height:${size.height}px;overflow:hidden;background:radial-gradient(circle at ${int(r, 10, 90)}% ${int(r, 10, 90)}%, ${surface}, #151515 150%);display:flex;align-items:center;justify-content:center;perspective:1300px}
    #photo img{width:${width}px;transform:rotateX(${pose.rotX.toFixed(1)}deg) rotateY(${pose.rotY.toFixed(1)}deg) rotate(${pose.rotate.toFixed(1)}deg);box-shadow:0 14px 34px rgba(0,0,0,.5)}
    #light{position:absolute;inset:0;pointer-events:none;${light}}
  </style></head><body><div id="photo"><img src="data:image/png;base64,${png}"><div id="light"></div></div></body></html>`;
  };
}

const sign = (r: Rand): number => (r() < 0.5 ? -1 : 1);

function mildPose(r: Rand): Pose {
  return { rotate: sign(r) * r() * 6, rotX: sign(r) * r() * 8, rotY: sign(r) * r() * 8, fill: 0.68 + r() * 0.08 };
}

function sideLight(r: Rand, shade: number): string {
  return `background:radial-gradient(ellipse at ${int(r, 0, 100)}% ${int(r, 0, 100)}%, rgba(255,255,240,0.12) 0%, rgba(0,0,0,0) 50%, rgba(0,0,0,${shade.toFixed(2)}) 115%)`;
}

/** Adds Gaussian-ish sensor noise (σ in 0–255 units) and scales brightness, on raw RGB. */
async function expose(img: Sharp, r: Rand, gain: number, sigma: number, tint: [number, number, number] = [1, 1, 1]): Promise<Sharp> {
  const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  for (let i = 0; i < data.length; i += info.channels) {
    for (let c = 0; c < 3; c++) {
      const noise = (r() + r() + r() - 1.5) * 2 * sigma;
      data[i + c] = Math.max(0, Math.min(255, Math.round((data[i + c] as number) * gain * (tint[c] as number) + noise)));
    }
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

export function photoPlan(r: Rand, condition: Condition): PhotoPlan {
  switch (condition) {
    case 'angle': {
      const pose: Pose = { rotate: sign(r) * (8 + r() * 14), rotX: sign(r) * (15 + r() * 15), rotY: sign(r) * (15 + r() * 15), fill: 0.62 + r() * 0.08 };
      return { condition, html: scene(r, pose, sideLight(r, 0.35)), finish: (png) => sharp(png).blur(0.5).jpeg({ quality: 80 }).toBuffer() };
    }
    case 'blur': {
      const sigma = 1.6 + r() * 0.8;
      return { condition, html: scene(r, mildPose(r), sideLight(r, 0.3)), finish: (png) => sharp(png).blur(sigma).jpeg({ quality: 75 }).toBuffer() };
    }
    case 'motion': {
      const len = int(r, 3, 5);
      const slant = r() < 0.5;
      const kernel: number[] = Array.from({ length: len * len }, (_, i) => {
        const y = Math.floor(i / len);
        const x = i % len;
        return (slant ? y === x : y === Math.floor(len / 2)) ? 1 : 0;
      });
      const scale = kernel.reduce((a: number, b: number) => a + b, 0);
      return {
        condition,
        html: scene(r, mildPose(r), sideLight(r, 0.3)),
        finish: (png) => sharp(png).convolve({ width: len, height: len, kernel, scale }).jpeg({ quality: 75 }).toBuffer(),
      };
    }
    case 'glare': {
      const gx = int(r, 25, 75);
      const gy = int(r, 25, 75);
      const strength = 0.7 + r() * 0.2;
      const light = `background:radial-gradient(ellipse ${int(r, 14, 24)}% ${int(r, 10, 18)}% at ${gx}% ${gy}%, rgba(255,255,255,${strength.toFixed(2)}) 0%, rgba(255,255,250,${(strength * 0.55).toFixed(2)}) 45%, rgba(255,255,255,0) 100%);mix-blend-mode:screen`;
      return { condition, html: scene(r, mildPose(r), light), finish: (png) => sharp(png).blur(0.6).jpeg({ quality: 80 }).toBuffer() };
    }
    case 'low-light': {
      const gain = 0.35 + r() * 0.15;
      const sigma = 6 + r() * 5;
      return {
        condition,
        html: scene(r, mildPose(r), sideLight(r, 0.45)),
        finish: async (png) => (await expose(sharp(png), r, gain, sigma, [1.08, 0.98, 0.82])).jpeg({ quality: 70 }).toBuffer(),
      };
    }
    case 'noise-jpeg': {
      const sigma = 7 + r() * 5;
      const quality = int(r, 22, 32);
      return {
        condition,
        html: scene(r, mildPose(r), sideLight(r, 0.3)),
        finish: async (png) => (await expose(sharp(await sharp(png).resize(900).toBuffer()), r, 1, sigma)).jpeg({ quality }).toBuffer(),
      };
    }
  }
}
