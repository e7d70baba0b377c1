/** The exhibitor login's calls to the server (its own httpOnly cookie, apart from the organizer's). */
import { z } from 'zod';
import { boothProfileSchema, type BoothProfile, type BoothProfileInput } from '../../core/leads/profile';
import { serverLeadSchema, type ServerLead } from '../../core/leads/schema';
import { request } from '../net/http';

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
const meSchema = z.object({ username: z.string(), exhibitorId: z.string(), exhibitorName: z.string() });
export type ExhibitorMe = z.infer<typeof meSchema>;
const importSchema = z.object({ leadId: z.string(), fileName: z.string(), warning: z.string().optional() });

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const exhibitorApi = {
  me: (): Promise<ExhibitorMe> => request('/api/v1/exhibitor/me', json('GET'), (b) => meSchema.parse(b)),
  login: (username: string, password: string): Promise<ExhibitorMe> => request('/api/v1/exhibitor/login', json('POST', { username, password }), (b) => meSchema.parse(b)),
  logout: () => request('/api/v1/exhibitor/logout', json('POST', {}), () => null),
  leads: (): Promise<ServerLead[]> => request('/api/v1/exhibitor/leads', json('GET'), (b) => z.object({ leads: z.array(serverLeadSchema) }).parse(b).leads),
  exportUrl: (format: 'csv' | 'xlsx' | 'vcf', lang: string) => `/api/v1/exhibitor/leads/export?format=${format}&lang=${encodeURIComponent(lang)}`,
  profile: (): Promise<BoothProfile> => request('/api/v1/exhibitor/profile', json('GET'), (b) => boothProfileSchema.parse(b)),
  saveProfile: (input: BoothProfileInput): Promise<BoothProfile> => request('/api/v1/exhibitor/profile', json('PUT', input), (b) => boothProfileSchema.parse(b)),
  photoUrl: (id: string) => `/api/v1/exhibitor/leads/${encodeURIComponent(id)}/photo`,
  /** One card photo becomes a lead (read on the server); several minutes of models load on the first. */
  importCard: async (file: File) =>
    request('/api/v1/exhibitor/cards', { ...json('POST', { fileName: file.name, data: base64(await file.arrayBuffer()) }), timeoutMs: 300_000 }, (b) => importSchema.parse(b)),
};
