/** Photos sent on their own (a case's, a lead's card): base64 in JSON, checked to be the image type they claim. */
import type { PhotoUpload } from '../../core/api/common';
import { FEEDBACK_PHOTO_MAX_BYTES } from '../../core/feedback/schema';
import { ApiError } from './errors';

/** The first bytes of each accepted image type: the declared type must match what was sent. */
function looksLike(contentType: PhotoUpload['contentType'], bytes: Buffer): boolean {
  if (contentType === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (contentType === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
}

/** The photo's bytes; a 413 when too large, a 400 when they are not the image type claimed. */
export function photoBytes(upload: PhotoUpload): Buffer {
  const bytes = Buffer.from(upload.data, 'base64');
  if (bytes.length > FEEDBACK_PHOTO_MAX_BYTES) throw new ApiError('too_large', 'the photo is too large');
  if (!looksLike(upload.contentType, bytes)) throw new ApiError('photo_type_mismatch', `the photo is not a ${upload.contentType} image`);
  return bytes;
}
