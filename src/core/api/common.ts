/** Small shapes many endpoints share: an id in the path, an empty body, "ok", a photo upload, file formats. */
import { z } from 'zod';
import { FEEDBACK_PHOTO_MAX_BYTES, FEEDBACK_PHOTO_TYPES } from '../feedback/schema';
import { uuidSchema } from '../schema/common';

export const idParams = z.object({ id: uuidSchema });

/** The body of a state-changing request that carries nothing: `{}` (every such request sends JSON). */
export const emptyBody = z.object({}).optional();

export const okResponse = z.object({ ok: z.literal(true) });

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TABLE_TYPES = { csv: CSV_TYPE, xlsx: XLSX_TYPE } as const;
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export const IMAGE_TYPES = FEEDBACK_PHOTO_TYPES;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 of at most `maxBytes` bytes. */
export function base64Schema(maxBytes: number, tooLarge: 'photo_too_large') {
  return z.string().max(Math.ceil(maxBytes / 3) * 4, tooLarge).regex(BASE64, 'base64_format');
}

/** A photo sent on its own, after the record it belongs to (a case's, a lead's card). */
export const photoUploadSchema = z.object({
  contentType: z.enum(FEEDBACK_PHOTO_TYPES),
  /** Base64 of the image bytes. */
  data: base64Schema(FEEDBACK_PHOTO_MAX_BYTES, 'photo_too_large'),
});
export type PhotoUpload = z.infer<typeof photoUploadSchema>;
/** Room for the base64 of the largest photo and its JSON around it. */
export const PHOTO_UPLOAD_BODY_LIMIT = Math.ceil(FEEDBACK_PHOTO_MAX_BYTES * 1.4) + 1024;

/** A team's leads as a file: CSV, XLSX (the booth device's columns) or vCard. */
export const LEAD_FILE_FORMATS = ['csv', 'xlsx', 'vcf'] as const;
export type LeadFileFormat = (typeof LEAD_FILE_FORMATS)[number];
export const LEAD_FILE_TYPES: Record<LeadFileFormat, string> = { ...TABLE_TYPES, vcf: 'text/vcard; charset=utf-8' };
export const leadExportQuerySchema = z.object({ format: z.enum(LEAD_FILE_FORMATS).default('csv'), lang: z.string().max(10).default('zh-CN') });
