/**
 * `cards PATH...`: reads business-card photos (files, or folders of them) with the models, OCR
 * pipeline and parser the devices use, for importing a box of cards collected at a show. One JSON
 * line per image: {file, fields: {name, title, company, mobile, phone, fax, email, website,
 * address}, text}, plus "error" when the file is not a readable image and "warning" when nothing
 * card-like was found on it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countCardFields, emptyCardFields, type CardFields } from '../../../core/cards/fields';
import { CardImageError, CardReader } from '../../cards/reader';
import { UsageError, type CliCommand } from '../context';

export interface CardsLine {
  file: string;
  fields: CardFields;
  text: string;
  error?: string;
  warning?: string;
}

const IMAGE_EXT = /\.(jpe?g|png|webp|gif|tiff?|bmp|avif|heic|heif)$/i;

/** Files named on the command line are read whatever their name; in folders only image files, in name order. */
async function imagesUnder(target: string, shown: string, named: boolean): Promise<Array<{ absolute: string; shown: string }>> {
  const info = await stat(target);
  if (!info.isDirectory()) return named || IMAGE_EXT.test(target) ? [{ absolute: target, shown }] : [];
  const entries = (await readdir(target, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const out: Array<{ absolute: string; shown: string }> = [];
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isFile()) out.push(...(await imagesUnder(path.join(target, entry.name), path.join(shown, entry.name), false)));
  }
  return out;
}

/** Exit codes: 0 every image was read, 2 some files were not readable images, 1 none was. */
export const cardsCommand: CliCommand = {
  summary: 'read business cards in images (files or folders): one JSON line per image',
  usage: 'cards PATH...',
  needsDb: false,
  async run(ctx, args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (!positionals.length) throw new UsageError('give at least one image file or folder');
    const files: Array<{ absolute: string; shown: string }> = [];
    for (const p of positionals) {
      const absolute = path.resolve(ctx.cwd, p);
      try {
        files.push(...(await imagesUnder(absolute, p, true)));
      } catch {
        throw new UsageError(`${p}: no such file or folder`);
      }
    }
    if (!files.length) throw new UsageError('no image files found');

    const reader = await CardReader.load();
    let failed = 0;
    try {
      for (const f of files) {
        let line: CardsLine;
        try {
          const reading = await reader.read(f.absolute);
          line = { file: f.shown, fields: reading.fields, text: reading.text };
          if (!countCardFields(reading.fields)) line.warning = reading.text ? 'no card fields found: is this a business card?' : 'no text found: is the image blank or too dark?';
        } catch (error) {
          if (!(error instanceof CardImageError)) throw error;
          failed++;
          line = { file: f.shown, fields: emptyCardFields(), text: '', error: error.message };
          ctx.err(`${f.shown}: ${error.message}`);
        }
        ctx.out(JSON.stringify(line));
      }
    } finally {
      await reader.close();
    }
    return failed === 0 ? 0 : failed === files.length ? 1 : 2;
  },
};
