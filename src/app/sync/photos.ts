/**
 * Photos (card photos at a booth, case photos at the kiosk) travel apart from the records they
 * belong to, because they are large. They go up as a step of the sync pass, after its push (the
 * server must hold the lead or the case before it takes its photo), under the same lock, backoff
 * and status line as the records.
 */
import { uploadPendingPhotos } from '../data/feedbackPhotos';
import { uploadPendingLeadPhotos } from '../data/leadPhotos';
import type { DeviceRow } from '../db/schema';

const UPLOADS_BY_ROLE: Record<DeviceRow['role'], ReadonlyArray<() => Promise<number>>> = {
  desk: [],
  booth: [uploadPendingLeadPhotos],
  kiosk: [uploadPendingPhotos],
};

/** Throws what the first upload that could not finish threw (no network, server trouble, 401). */
export async function uploadPhotos(role: DeviceRow['role']): Promise<void> {
  for (const upload of UPLOADS_BY_ROLE[role]) await upload();
}
