/**
 * The page around a card: a fixed-size #card element in a blank page, fonts from the system
 * (see FONTS), and the fitting script designers' habits call for: a line never wraps, it shrinks
 * until it fits its box; then the whole card shrinks until nothing overflows.
 */
import { pick, type Rand } from './random';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Font stacks by look. Every family is in a Debian package the bench installs (scripts/system-deps.mjs). */
export const FONTS = {
  zhSans: ["'Noto Sans CJK SC'", "'WenQuanYi Zen Hei'", "'WenQuanYi Micro Hei'"],
  zhSerif: ["'Noto Serif CJK SC'", "'AR PL UMing CN'"],
  zhKai: ["'AR PL UKai CN'", "'LXGW WenKai'"],
  zhtSans: ["'Noto Sans CJK TC'", "'Noto Sans CJK HK'"],
  zhtSerif: ["'Noto Serif CJK TC'", "'AR PL UMing TW'", "'AR PL UKai TW'"],
  latinSans: ["'Roboto'", "'Lato'", "'Open Sans'", "'Cantarell'", "'Carlito'", "'Roboto Condensed'"],
  latinSerif: ["'EB Garamond'", "'Liberation Serif'", "'DejaVu Serif'"],
} as const;

export type FontLook = keyof typeof FONTS;

/** A font stack: one face of the look, then a CJK fallback so no glyph goes missing. */
export function font(r: Rand, look: FontLook, fallback: FontLook = 'zhSans'): string {
  return `${pick(r, FONTS[look])}, ${FONTS[fallback][0]}, sans-serif`;
}

export interface CardBox {
  width: number;
  height: number;
  background: string;
  color: string;
  font: string;
  padding?: string;
}

/** Print sizes at 150 px/in: China's 90 × 54 mm, the US 3.5 × 2 in, and their portrait forms. */
export const SIZES = {
  cn: { width: 531, height: 319 },
  us: { width: 525, height: 300 },
  cnPortrait: { width: 319, height: 531 },
} as const;

const FIT_SCRIPT = `<script>
  (() => {
    const card = document.getElementById('card');
    const fitAll = () => {
      for (const el of card.querySelectorAll('.fit')) {
        let size = parseFloat(getComputedStyle(el).fontSize);
        while (el.scrollWidth > el.clientWidth + 1 && size > 9) { size -= 0.5; el.style.fontSize = size + 'px'; }
        // Below 9 px (about 1.5 mm) nobody prints: a long line wraps instead, as designers break it.
        if (el.scrollWidth > el.clientWidth + 1) el.style.whiteSpace = 'normal';
      }
    };
    fitAll();
    const over = () => card.scrollHeight > card.clientHeight + 1 || Array.from(card.querySelectorAll('.box')).some((b) => b.scrollHeight > b.clientHeight + 1);
    let guard = 0;
    while (over() && guard++ < 12) {
      for (const el of card.querySelectorAll('.fit, .shrink')) el.style.fontSize = Math.max(8, parseFloat(getComputedStyle(el).fontSize) * 0.96) + 'px';
      fitAll();
    }
    // Text cut off by the card's edge would make the truth unreadable: the generator refuses such a card.
    card.dataset.overflow = String(over());
  })();
</script>`;

/** A whole page whose #card element is the card. `.fit` lines stay on one line; `.box` elements must not overflow. */
export function page(box: CardBox, body: string, css = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;background:#fff}
    #card{position:relative;width:${box.width}px;height:${box.height}px;box-sizing:border-box;padding:${box.padding ?? '20px 24px'};overflow:hidden;background:${box.background};color:${box.color};font-family:${box.font}}
    .fit{white-space:nowrap;overflow:hidden}
    .box{overflow:hidden}
    ${css}
  </style></head><body><div id="card">${body}</div>${FIT_SCRIPT}</body></html>`;
}

/** Lines of text, each kept on one line. */
export function fitLines(lines: readonly string[], style = ''): string {
  return lines.map((l) => `<div class="fit" style="${style}">${l}</div>`).join('');
}
