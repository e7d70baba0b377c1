/**
 * Card photos of leads: prepared like case photos (preparePhoto: a JPEG the server accepts),
 * uploaded one by one by the sync pass after its push (sync/photos.ts), outside the push batch, and
 * kept on the device after upload, since the photo stays with the lead (and a card kept unread is
 * read from it later).
 */
import { db } from '../db/open';
import { toBase64 } from '../net/base64';
import { HttpError } from '../net/http';

/**
 * Uploads photos the server does not have yet; returns how many went up. A failure that may pass
 * (no network, server trouble, a revoked token) stops the run and is thrown, for the sync pass
 * that runs this to back off and report; the photo is tried again on the next pass.
 */
export async function uploadPendingLeadPhotos(): Promise<number> {
  const d = db();
  const device = await d.device.get('this');
  if (!device || device.role !== 'booth' || device.needsRepair || !navigator.onLine) return 0;
  let sent = 0;
  for (const row of await d.leadPhotos.where('uploaded').equals(0).toArray()) {
    try {
      // The client and the device declarations load with the first photo to send, not with the screen.
      const [{ call }, { deviceApi }] = await Promise.all([import('../net/client'), import('../../core/api/device')]);
      await call(deviceApi.leadPhoto, { params: { id: row.leadId }, body: { contentType: row.contentType, data: toBase64(row.bytes) } }, { token: device.token, timeoutMs: 60_000 });
    } catch (error) {
      // Refused for good (not an image, too large, another booth's lead): retrying would never succeed.
      const refused = error instanceof HttpError && [400, 403, 404, 413, 415].includes(error.status);
      if (!refused) throw error;
      console.warn(`lead photo ${row.leadId} refused:`, error.message);
    }
    await d.leadPhotos.update(row.leadId, { uploaded: 1 });
    sent++;
  }
  return sent;
}
