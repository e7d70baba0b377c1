/**
 * Traditional → simplified folding of every character OpenCC's character table knows (黃曉明 →
 * 黄晓明), for finding people: the desk's search folds names and what staff type the same way,
 * so either writing finds the other. Character by character, never phrase by phrase: a name is
 * not a phrase, and a character-wise fold keeps the text's length. (The classification's own
 * table in taxonomy/hanzi.ts stays limited to the words its rules match.)
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | null = null;

function fold(): Map<string, string> {
  if (table) return table;
  table = new Map();
  // "T S|T S S2|…": a traditional character, then its simplified forms (the first is the usual one).
  for (const entry of TS_CHARACTERS.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
  }
  return table;
}

const HAN = /\p{Script=Han}/u;

/** The text with traditional characters replaced by their simplified forms; other text as is. */
export function foldTraditional(text: string): string {
  if (!HAN.test(text)) return text;
  const map = fold();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
