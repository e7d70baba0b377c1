/** A visitor's data on request (routes/privacy.ts): the JSON download is a plain link; erasure is a call. */
import { z } from 'zod';
import { request } from '../net/http';

export const erasureSummarySchema = z.object({ personId: z.string(), attendeeIds: z.array(z.string()), counts: z.record(z.string(), z.number()) });
export type ErasureSummary = z.infer<typeof erasureSummarySchema>;

export const privacyApi = {
  dataUrl: (recordId: string) => `/api/v1/console/visitors/${encodeURIComponent(recordId)}/data`,
  erase: (recordId: string): Promise<ErasureSummary> =>
    request(
      `/api/v1/console/visitors/${encodeURIComponent(recordId)}/erase`,
      { method: 'POST', body: JSON.stringify({ confirm: true }), credentials: 'same-origin' },
      (b) => erasureSummarySchema.parse(b),
    ),
};
