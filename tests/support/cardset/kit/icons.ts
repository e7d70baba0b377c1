/** Small pictograms that stand for labels on many cards (handset, envelope, globe, pin), drawn as inline SVG. */
export type IconName = 'mobile' | 'phone' | 'fax' | 'mail' | 'globe' | 'pin' | 'chat';

type Icon = (size: number, color: string, solid: boolean) => string;

function svg(size: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">${body}</svg>`;
}

function paint(color: string, solid: boolean): string {
  return solid ? `fill="${color}" stroke="none"` : `fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"`;
}

export const ICONS: Record<IconName, Icon> = {
  mobile: (s, c, solid) => svg(s, `<rect x="6" y="2" width="12" height="20" rx="2.5" ${paint(c, solid)}/><circle cx="12" cy="18" r="1.2" fill="${solid ? '#fff' : c}"/>`),
  phone: (s, c, solid) => svg(s, `<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z" ${paint(c, solid)}/>`),
  fax: (s, c, solid) => svg(s, `<rect x="6" y="2" width="12" height="7" ${paint(c, false)}/><rect x="3" y="9" width="18" height="9" rx="2" ${paint(c, solid)}/><rect x="7" y="15" width="10" height="7" fill="#fff" stroke="${c}" stroke-width="2"/>`),
  mail: (s, c, solid) => svg(s, `<rect x="2" y="5" width="20" height="14" rx="2" ${paint(c, solid)}/><path d="M3 6l9 7 9-7" fill="none" stroke="${solid ? '#fff' : c}" stroke-width="2"/>`),
  globe: (s, c, solid) => svg(s, `<circle cx="12" cy="12" r="10" ${paint(c, solid)}/><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" fill="none" stroke="${solid ? '#fff' : c}" stroke-width="1.6"/>`),
  pin: (s, c, solid) => svg(s, `<path d="M12 22s7-6.5 7-12a7 7 0 0 0-14 0c0 5.5 7 12 7 12z" ${paint(c, solid)}/><circle cx="12" cy="10" r="2.5" fill="${solid ? '#fff' : 'none'}" stroke="${solid ? 'none' : c}" stroke-width="2"/>`),
  chat: (s, c, solid) => svg(s, `<path d="M4 4h16v11H9l-5 4z" ${paint(c, solid)}/>`),
};
