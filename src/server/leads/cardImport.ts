/**
 * Turning uploaded business-card photos into leads (an exhibitor's box of cards after the show):
 * each photo is read with the same models and parser as the devices and `cli cards`, becomes a
 * card lead of the uploader's exhibitor, and is kept with it as a JPEG no larger than a device's.
 * The header is checked first (format, pixel count), then decoding and reading run off the event
 * loop, in the card reader pool (cards/readerPool.ts), which may refuse the card as busy.
 */
import { countCardFields } from '../../core/cards/fields';
import { FEEDBACK_PHOTO_MAX_BYTES } from '../../core/feedback/schema';
import { newId } from '../../core/ids';
import { initialStamps } from '../../core/leads/merge';
import type { Lead } from '../../core/leads/schema';
import { CARD_MAX_PIXELS, CardImageError, decodeCardImage, inspectCardImage } from '../cards/reader';
import type { CardReaderPool } from '../cards/readerPool';
import type { Db } from '../db/types';
import type { ExhibitorAccount } from '../auth/exhibitorAccounts';
import { putLeadPhoto, writeLeads } from './store';
import { loadSharp } from '../lazyModules';

async function keptPhoto(bytes: Buffer): Promise<Buffer> {
  for (const [side, quality] of [
    [1600, 80],
    [1200, 70],
    [800, 60],
  ] as const) {
    const sharp = await loadSharp();
    const jpeg = await sharp(bytes, { failOn: 'error', limitInputPixels: CARD_MAX_PIXELS }).rotate().resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }).jpeg({ quality }).toBuffer();
    if (jpeg.length <= FEEDBACK_PHOTO_MAX_BYTES) return jpeg;
  }
  throw new CardImageError('the photo is too large even after scaling it down');
}

export type CardImportResult = { leadId: string; fileName: string; fields: Lead['contact']; warning?: 'no_card_fields' } | { error: string };

/** Reads one card photo into a lead; CardReadingBusy (from the pool) when the reader is full. */
export async function importCardPhoto(db: Db, pool: CardReaderPool, account: ExhibitorAccount, fileName: string, bytes: Buffer): Promise<CardImportResult> {
  let photo: Buffer | undefined;
  let reading;
  try {
    await inspectCardImage(bytes);
    reading = await pool.read(account.id, async () => {
      const image = await decodeCardImage(bytes);
      photo = await keptPhoto(bytes);
      return image;
    });
  } catch (error) {
    if (error instanceof CardImageError) return { error: `${fileName}: ${error.message}` };
    throw error;
  }
  if (!photo) throw new Error('the photo was not prepared');
  const at = new Date().toISOString();
  const lead: Lead = {
    id: newId(),
    eventId: account.eventId,
    deviceId: account.id,
    exhibitorId: account.exhibitorId,
    capturedAt: at,
    source: 'card',
    badgeCode: null,
    attendeeId: null,
    contact: reading.fields,
    rating: null,
    answers: {},
    interests: [],
    notes: '',
    followUp: null,
    staff: account.username,
    hasPhoto: true,
    cardText: reading.text.slice(0, 8000),
    cardUnread: false,
    deletedAt: null,
    stamps: initialStamps(at),
    updatedAt: at,
  };
  await writeLeads(db, [lead]);
  await putLeadPhoto(db, { eventId: account.eventId, exhibitorId: account.exhibitorId, deviceId: null, leadId: lead.id, contentType: 'image/jpeg', bytes: photo });
  return { leadId: lead.id, fileName, fields: lead.contact, ...(countCardFields(reading.fields) === 0 ? { warning: 'no_card_fields' as const } : {}) };
}
