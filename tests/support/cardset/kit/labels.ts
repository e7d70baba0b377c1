/**
 * Labels in front of contact lines, as real cards print them: one letter, a word, Chinese words,
 * an icon, or nothing; with a colon, a full-width colon, a bar, a full stop, a space, or glued to
 * the value. A family may bring vocabularies of its own (held-out families do, so their words
 * are not visible here).
 */
import { esc } from './html';
import { ICONS, type IconName } from './icons';

export type Slot = 'mobile' | 'phone' | 'fax' | 'email' | 'web' | 'address' | 'wechat';

export type LabelWords = Record<Slot, string>;

export const WORDS = {
  letter: { mobile: 'M', phone: 'T', fax: 'F', email: 'E', web: 'W', address: 'A', wechat: 'WeChat' },
  /** Office / direct letters some designers use instead of T. */
  letterOffice: { mobile: 'M', phone: 'O', fax: 'F', email: 'E', web: 'W', address: 'A', wechat: 'WeChat' },
  letterDirect: { mobile: 'C', phone: 'D', fax: 'F', email: 'E', web: 'W', address: 'A', wechat: 'WeChat' },
  word: { mobile: 'Mobile', phone: 'Tel', fax: 'Fax', email: 'Email', web: 'Web', address: 'Address', wechat: 'WeChat' },
  wordLong: { mobile: 'Mobile Phone', phone: 'Telephone', fax: 'Facsimile', email: 'E-mail', web: 'Website', address: 'Address', wechat: 'WeChat ID' },
  wordShort: { mobile: 'Mob', phone: 'Ph', fax: 'Fax', email: 'Mail', web: 'URL', address: 'Add', wechat: 'WeChat' },
  zh: { mobile: '手机', phone: '电话', fax: '传真', email: '邮箱', web: '网址', address: '地址', wechat: '微信' },
  zhLong: { mobile: '移动电话', phone: '办公电话', fax: '传真号码', email: '电子邮箱', web: '公司网站', address: '公司地址', wechat: '微信号' },
  zhAlt: { mobile: '手机', phone: '座机', fax: '传真', email: 'E-mail', web: '官网', address: '地址', wechat: '微信' },
  bi: { mobile: '手机 Mobile', phone: '电话 Tel', fax: '传真 Fax', email: '邮箱 Email', web: '网址 Web', address: '地址 Add', wechat: '微信 WeChat' },
} as const satisfies Record<string, LabelWords>;

export type WordSet = keyof typeof WORDS;

/** What stands between the label and the value. '' is glued: "Edaniel@…". */
export type Separator = ':' | ': ' | '：' | ' ' | '' | '. ' | ' | ' | ' / ' | '  ';

export type LabelStyle =
  | { kind: 'words'; words: WordSet | LabelWords; sep: Separator; weight?: 'bold' | 'normal'; color?: string }
  | { kind: 'icon'; icons: 'line' | 'solid' | 'glyph'; color?: string }
  | { kind: 'none' };

const ICON_OF: Record<Slot, IconName> = { mobile: 'mobile', phone: 'phone', fax: 'fax', email: 'mail', web: 'globe', address: 'pin', wechat: 'chat' };
/** Unicode symbols printed as labels (DejaVu Sans draws them). */
const GLYPHS: Record<Slot, string> = { mobile: '✆', phone: '☎', fax: '℻', email: '✉', web: '⌂', address: '⌖', wechat: '✎' };

/** The label as HTML (empty for style none). */
export function labelHtml(slot: Slot, style: LabelStyle, size: number): string {
  switch (style.kind) {
    case 'none':
      return '';
    case 'icon': {
      const color = style.color ?? 'currentColor';
      if (style.icons === 'glyph') return `<span style="color:${color};font-family:'DejaVu Sans';display:inline-block;width:${Math.round(size * 1.3)}px">${GLYPHS[slot]}</span>`;
      return `<span style="display:inline-block;width:${Math.round(size * 1.5)}px;vertical-align:-${Math.round(size * 0.15)}px">${ICONS[ICON_OF[slot]](Math.round(size * 1.05), color, style.icons === 'solid')}</span>`;
    }
    case 'words': {
      const word = (typeof style.words === 'string' ? WORDS[style.words] : style.words)[slot];
      if (!word) return '';
      const weight = style.weight === 'bold' ? 'font-weight:700;' : '';
      const color = style.color ? `color:${style.color};` : '';
      const sep = style.sep.replace(/ /g, '&nbsp;');
      return `<span style="${weight}${color}">${esc(word)}</span>${sep}`;
    }
  }
}

/** A contact line: label, then the value. */
export function contactHtml(slot: Slot, value: string, style: LabelStyle, size: number): string {
  return `${labelHtml(slot, style, size)}${esc(value)}`;
}
