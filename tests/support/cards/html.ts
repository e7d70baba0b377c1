/**
 * HTML/CSS business-card layouts for the generator: six layouts, system fonts (Noto Sans/Serif
 * CJK, DejaVu, Liberation), light and dark designs, label styles in Chinese and English. The card
 * is 525 × 300 CSS px (3.5 × 2 in at 150 px/in) and rendered at 2× so print sizes are realistic.
 */
import { chance, pick, type PrintedCard, type Rand } from './data';

export const CARD_W = 525;
export const CARD_H = 300;

const LATIN_FONTS = ["'DejaVu Sans'", "'DejaVu Serif'", "'Liberation Sans'", "'Liberation Serif'", "'Noto Sans CJK SC'"];
const CJK_FONTS = ["'Noto Sans CJK SC'", "'Noto Serif CJK SC'"];

const LABELS: Record<PrintedCard['labels'], Record<'mobile' | 'phone' | 'fax' | 'email' | 'web' | 'address', string>> = {
  zh: { mobile: '手机 ', phone: '电话 ', fax: '传真 ', email: '邮箱 ', web: '网址 ', address: '地址 ' },
  'zh-colon': { mobile: '手机：', phone: '电话：', fax: '传真：', email: '邮箱：', web: '网址：', address: '地址：' },
  'en-short': { mobile: 'M: ', phone: 'T: ', fax: 'F: ', email: 'E: ', web: 'W: ', address: 'A: ' },
  'en-long': { mobile: 'Mobile: ', phone: 'Tel: ', fax: 'Fax: ', email: 'Email: ', web: 'Web: ', address: 'Add: ' },
  none: { mobile: '', phone: '', fax: '', email: '', web: '', address: '' },
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Style {
  bg: string;
  fg: string;
  accent: string;
  muted: string;
  font: string;
  nameSize: number;
  bodySize: number;
}

function style(r: Rand, card: PrintedCard, dark: boolean): Style {
  const font = card.lang === 'en' ? pick(r, LATIN_FONTS) : pick(r, CJK_FONTS);
  const accent = pick(r, ['#0f4c81', '#b91c1c', '#047857', '#7c3aed', '#c2410c', '#1f2937', '#0e7490']);
  return {
    bg: dark ? pick(r, ['#111827', '#0f2a44', '#1e293b']) : pick(r, ['#ffffff', '#fdfcf7', '#f8fafc', '#fffaf0']),
    fg: dark ? '#f9fafb' : pick(r, ['#111827', '#1f2937', '#222222']),
    accent: dark ? pick(r, ['#fbbf24', '#93c5fd', '#fca5a5']) : accent,
    muted: dark ? '#d1d5db' : pick(r, ['#374151', '#4b5563', '#333333']),
    font: `${font}, 'Noto Sans CJK SC', sans-serif`,
    nameSize: 22 + Math.floor(r() * 10),
    bodySize: 12.5 + Math.floor(r() * 7) / 2,
  };
}

function contactLines(r: Rand, card: PrintedCard): string[] {
  const l = LABELS[card.labels];
  const lines: string[] = [];
  lines.push(`${l.mobile}${card.mobile}`);
  if (card.phone && card.fax && chance(r, 0.5)) lines.push(`${l.phone}${card.phone}&nbsp;&nbsp;&nbsp;${l.fax}${card.fax}`);
  else {
    if (card.phone) lines.push(`${l.phone}${card.phone}`);
    if (card.fax) lines.push(`${l.fax}${card.fax}`);
  }
  lines.push(`${l.email}${card.email}`);
  if (card.website) lines.push(`${l.web}${card.website}`);
  return lines.map((t) => t.split('&nbsp;').map(esc).join('&nbsp;'));
}

function addressLines(card: PrintedCard): string[] {
  const l = LABELS[card.labels];
  const lines = card.address.map((a, i) => (i === 0 ? `${l.address}${a}` : a));
  if (card.altAddress) lines.push(...card.altAddress);
  return lines.map(esc);
}

function logo(r: Rand, s: Style, card: PrintedCard): string {
  const letter = card.lang === 'en' ? (card.company[0] ?? 'A') : (card.company.replace(/^(深圳|上海|北京|广州|杭州|苏州|宁波|东莞|厦门)市?/, '')[0] ?? '华');
  const round = chance(r, 0.5) ? '50%' : '8px';
  return `<div style="width:38px;height:38px;border-radius:${round};background:${s.accent};color:${s.bg};display:flex;align-items:center;justify-content:center;font-weight:700;font-size:22px;flex:none">${esc(letter)}</div>`;
}

function nameBlock(s: Style, card: PrintedCard, align: string): string {
  const alt = card.altName ? `<div class="fit" style="font-size:${Math.round(s.bodySize * 1.1)}px;color:${s.muted}">${esc(card.altName)}</div>` : '';
  const title = card.altTitle ? `${esc(card.title)}<br>${esc(card.altTitle)}` : esc(card.title);
  return `<div style="text-align:${align}"><div class="fit" style="font-size:${s.nameSize}px;font-weight:700;letter-spacing:${card.lang === 'en' ? '0.5px' : '4px'}">${esc(card.name)}</div>${alt}<div class="shrink" style="font-size:${s.bodySize + 1}px;color:${s.accent};margin-top:2px">${title}</div></div>`;
}

function companyBlock(s: Style, card: PrintedCard, color: string): string {
  const alt = card.altCompany ? `<div class="fit" style="font-size:${s.bodySize - 1}px">${esc(card.altCompany)}</div>` : '';
  return `<div style="color:${color};min-width:0;flex:1"><div class="fit" style="font-size:${s.bodySize + 2}px;font-weight:700">${esc(card.company)}</div>${alt}</div>`;
}

function lines(s: Style, items: string[], align = 'left'): string {
  return `<div style="font-size:${s.bodySize}px;line-height:1.35;color:${s.muted};text-align:${align}">${items.map((t) => `<div class="fit">${t}</div>`).join('')}</div>`;
}

/**
 * Designers make text fit rather than wrap mid-number: every line stays on one line and shrinks
 * until it fits its column, then the whole card shrinks until it fits the card.
 */
const FIT_SCRIPT = `<script>
  (() => {
    const card = document.getElementById('card');
    const fits = Array.from(card.querySelectorAll('.fit'));
    for (const el of fits) {
      let size = parseFloat(getComputedStyle(el).fontSize);
      while (el.scrollWidth > el.clientWidth + 1 && size > 8) { size -= 0.5; el.style.fontSize = size + 'px'; }
    }
    let guard = 0;
    while (card.scrollHeight > card.clientHeight + 1 && guard++ < 40) {
      for (const el of card.querySelectorAll('.fit, .shrink')) { el.style.fontSize = (parseFloat(getComputedStyle(el).fontSize) * 0.96) + 'px'; }
    }
  })();
</script>`;

export const LAYOUTS = ['classic', 'centered', 'two-column', 'banner', 'dark', 'divider'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The card's HTML: a full page whose #card element is the card. */
export function cardHtml(r: Rand, card: PrintedCard, layout: Layout): string {
  const s = style(r, card, layout === 'dark');
  const contacts = contactLines(r, card);
  const address = addressLines(card);
  let body: string;
  switch (layout) {
    case 'classic':
      body = `<div style="display:flex;gap:10px;align-items:center">${logo(r, s, card)}${companyBlock(s, card, s.accent)}</div>
        <div style="margin:14px 0 10px 4px">${nameBlock(s, card, 'left')}</div>
        ${lines(s, [...contacts, ...address])}`;
      break;
    case 'centered':
      body = `<div style="text-align:center">${companyBlock(s, card, s.accent)}</div>
        <div style="margin:10px 0">${nameBlock(s, card, 'center')}</div>
        <div style="border-top:1px solid ${s.accent};margin:0 60px 6px"></div>
        ${lines(s, [...contacts, ...address], 'center')}`;
      break;
    case 'two-column':
      body = `<div style="display:flex;justify-content:space-between;gap:16px">
          <div style="flex:1;min-width:0">${nameBlock(s, card, 'left')}<div style="margin-top:12px;display:flex">${companyBlock(s, card, s.fg)}</div></div>
          <div style="flex:1.25;min-width:0">${lines(s, contacts)}</div>
        </div>
        <div style="position:absolute;left:22px;right:22px;bottom:14px">${lines(s, address)}</div>`;
      break;
    case 'banner':
      body = `<div style="margin:-18px -22px 12px;padding:10px 22px;background:${s.accent};display:flex;gap:10px;align-items:center">${companyBlock(s, card, '#ffffff')}</div>
        <div style="display:flex;justify-content:space-between;gap:14px">
          <div style="flex:0.8;min-width:0">${nameBlock(s, card, 'left')}</div>
          <div style="flex:1.4;min-width:0">${lines(s, [...contacts, ...address])}</div>
        </div>`;
      break;
    case 'dark':
      body = `${nameBlock(s, card, 'left')}
        <div style="margin:10px 0;display:flex">${companyBlock(s, card, s.accent)}</div>
        ${lines(s, [...contacts, ...address])}`;
      break;
    case 'divider':
      body = `<div style="display:flex;gap:14px;height:100%">
          <div style="flex:0 0 150px;min-width:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;border-right:2px solid ${s.accent};padding-right:12px;text-align:center">${logo(r, s, card)}<div class="shrink" style="width:100%;font-size:${s.bodySize}px;color:${s.accent};font-weight:700">${esc(card.company)}</div>${card.altCompany ? `<div class="shrink" style="width:100%;font-size:${s.bodySize - 2}px;color:${s.accent}">${esc(card.altCompany)}</div>` : ''}</div>
          <div style="flex:1;min-width:0">${nameBlock(s, card, 'left')}<div style="margin-top:8px">${lines(s, [...contacts, ...address])}</div></div>
        </div>`;
      break;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;background:#fff}
    #card{position:relative;width:${CARD_W}px;height:${CARD_H}px;box-sizing:border-box;padding:18px 22px;overflow:hidden;background:${s.bg};color:${s.fg};font-family:${s.font}}
    .fit{white-space:nowrap;overflow:hidden}
  </style></head><body><div id="card">${body}</div>${FIT_SCRIPT}</body></html>`;
}

/** A photo of the card lying on a surface: tilted, rotated, lit from one side. */
export function photoHtml(r: Rand, cardPngBase64: string): string {
  const rotate = (r() * 2 - 1) * 10;
  const rotX = (r() * 2 - 1) * 14;
  const rotY = (r() * 2 - 1) * 14;
  const scale = 0.9 + r() * 0.15;
  const surface = pick(r, ['#8b6b4a', '#6b7280', '#d6d3d1', '#3f3f46', '#a8a29e']);
  const lx = Math.round(r() * 100);
  const ly = Math.round(r() * 100);
  const shade = (0.3 + r() * 0.25).toFixed(2);
  const glare = (0.1 + r() * 0.2).toFixed(2);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0}
    #photo{position:relative;width:1400px;height:1000px;overflow:hidden;background:radial-gradient(circle at 30% 20%, ${surface}, #1c1917 140%);display:flex;align-items:center;justify-content:center;perspective:1400px}
    #photo img{width:${Math.round(1050 * scale)}px;transform:rotateX(${rotX.toFixed(1)}deg) rotateY(${rotY.toFixed(1)}deg) rotate(${rotate.toFixed(1)}deg);box-shadow:0 12px 30px rgba(0,0,0,.45)}
    #light{position:absolute;inset:0;background:radial-gradient(ellipse at ${lx}% ${ly}%, rgba(255,255,240,${glare}) 0%, rgba(0,0,0,0) 45%, rgba(0,0,0,${shade}) 110%);pointer-events:none}
  </style></head><body><div id="photo"><img src="data:image/png;base64,${cardPngBase64}"><div id="light"></div></div></body></html>`;
}
