/**
 * Turning uploaded business-card photos into leads (an exhibitor's box of cards after the show):
 * each photo is read with the same models and parser as the devices and `cli cards`, becomes a
 * card lead of the uploader's exhibitor, and is kept with it as a JPEG no larger than a device's.
 */
import { countCardFields } from '../../core/cards/fields';
import { FEEDBACK_PHOTO_MAX_BYTES } from '../../core/feedback/schema';
import { newId } from '../../core/ids';
import { initialStamps } from '../../core/leads/merge';
import type { Lead } from '../../core/leads/schema';
import { CardImageError, CardReader, decodeCardImage } from '../cards/reader';
import type { Queryable } from '../db/types';
import type { ExhibitorAccount } from '../services/exhibitorAccounts';
import { putLeadPhoto, writeLeads } from './store';
import { loadSharp } from '../lazyModules';

// The models take seconds to load: loaded once per process on first use (a cache, not state:
// every instance loads the same files and reads a card the same way).
let reader: Promise<CardReader> | null = null;
function cardReader(): Promise<CardReader> {
  reader ??= CardReader.load().catch((error: unknown) => {
    reader = null;
    throw error;
  });
  return reader;
}

async function keptPhoto(bytes: Buffer): Promise<Buffer> {
  for (const [side, quality] of [
    [1600, 80],
    [1200, 70],
    [800, 60],
  ] as const) {
    const sharp = await loadSharp();
    const jpeg = await sharp(bytes, { failOn: 'error', limitInputPixels: 200_000_000 }).rotate().resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }).jpeg({ quality }).toBuffer();
    if (jpeg.length <= FEEDBACK_PHOTO_MAX_BYTES) return jpeg;
  }
  throw new CardImageError('the photo is too large even after scaling it down');
}

export type CardImportResult = { leadId: string; fileName: string; fields: Lead['contact']; warning?: 'no_card_fields' } | { error: string };

export async function importCardPhoto(db: Queryable, account: ExhibitorAccount, fileName: string, bytes: Buffer): Promise<CardImportResult> {
  let image;
  let photo;
  try {
    image = await decodeCardImage(bytes);
    photo = await keptPhoto(bytes);
  } catch (error) {
    if (error instanceof CardImageError) return { error: `${fileName}: ${error.message}` };
    throw error;
  }
  const reading = await (await cardReader()).readImage(image);
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
