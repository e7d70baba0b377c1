/**
 * Case photos: scaled down on the tablet (a 12-megapixel photo is several MB; 1600 px JPEG is
 * plenty to see a broken stand), kept in IndexedDB with the case, and uploaded one by one by the
 * sync pass after its push (sync/photos.ts), outside the push batch so a push never grows past the
 * server's body limit. The upload is idempotent: a retry after a lost answer stores nothing twice.
 */
import { FEEDBACK_PHOTO_MAX_BYTES } from '../../core/feedback/schema';
import { db } from '../db/open';
import { toBase64 } from '../net/base64';
import { HttpError } from '../net/http';

const MAX_SIDE = 1600;

export class PhotoUnreadableError extends Error {}

async function encode(bitmap: ImageBitmap, side: number, quality: number): Promise<Blob> {
  const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new PhotoUnreadableError('the photo could not be encoded');
  return blob;
}

/** A JPEG of the photo no larger than the server accepts; throws PhotoUnreadableError for files that are no image. */
export async function preparePhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoUnreadableError('this file is not a photo the tablet can read');
  }
  try {
    for (const [side, quality] of [
      [MAX_SIDE, 0.8],
      [1200, 0.7],
      [800, 0.6],
    ] as const) {
      const blob = await encode(bitmap, side, quality);
      if (blob.size <= FEEDBACK_PHOTO_MAX_BYTES) return blob;
    }
    throw new PhotoUnreadableError('the photo is too large even after scaling it down');
  } finally {
    bitmap.close();
  }
}

/**
 * Uploads waiting photos; returns how many went up. A failure that may pass (no network, server
 * trouble, a revoked token) stops the run and is thrown, so the sync pass that runs this backs
 * off and says why; the photo stays and the next pass tries again.
 */
export async function uploadPendingPhotos(): Promise<number> {
  const d = db();
  const device = await d.device.get('this');
  if (!device || device.needsRepair || !navigator.onLine) return 0;
  let sent = 0;
  for (const row of await d.feedbackPhotos.toArray()) {
    try {
      // The client and the device declarations load with the first photo to send, not with the screen.
      const [{ call }, { deviceApi }] = await Promise.all([import('../net/client'), import('../../core/api/device')]);
      await call(deviceApi.feedbackPhoto, { params: { id: row.feedbackId }, body: { contentType: row.contentType, data: toBase64(row.bytes) } }, { token: device.token, timeoutMs: 60_000 });
    } catch (error) {
      // Refused for good (not an image, too large, not this device's to send): keeping it would retry forever.
      // Anything else (no network, server trouble, a revoked token) is tried again later.
      const refused = error instanceof HttpError && [400, 403, 404, 413, 415].includes(error.status);
      if (!refused) throw error;
      console.warn(`feedback photo ${row.feedbackId} refused:`, error.message);
    }
    await d.feedbackPhotos.delete(row.feedbackId);
    sent++;
  }
  return sent;
}
