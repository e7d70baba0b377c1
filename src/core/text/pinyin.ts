import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * Search keys for a Chinese name: full pinyin without tones or spaces and the initials, so staff
 * can type "zhangwei" or "zw" for 张伟. Surnames are read with their surname pronunciation
 * (单 shàn, 曾 zēng). Names without Chinese characters get no keys (they are searched as written).
 */
export function nameSearchKeys(name: string): { pinyin: string; initials: string } {
  if (!HAN.test(name)) return { pinyin: '', initials: '' };
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
