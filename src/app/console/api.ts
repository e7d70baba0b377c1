/** The console's calls to the server; the session is an httpOnly cookie the browser sends itself. */
import { z } from 'zod';
import type { Role } from '../../core/schema/common';
import { eventConfigSchema, type EventConfig } from '../../core/schema/config';
import {
  consoleStateSchema,
  consoleStatsSchema,
  deviceSummarySchema,
  exhibitorSchema,
  pairingCodeResponseSchema,
  type ConsoleState,
  type ConsoleStats,
  type DeviceSummary,
  type ExhibitorSummary,
  type PairingCodeResponse,
} from '../../core/schema/console';
import { request } from '../net/http';
import { visitorFormSchema, type VisitorForm } from '../../core/forms/visitorForm';

const ok = z.object({}).passthrough();
const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });

export const consoleApi = {
  state: (): Promise<ConsoleState> => request('/api/v1/console/state', json('GET'), (b) => consoleStateSchema.parse(b)),
  setup: (username: string, password: string) => request('/api/v1/console/setup', json('POST', { username, password }), (b) => ok.parse(b)),
  login: (username: string, password: string) => request('/api/v1/console/login', json('POST', { username, password }), (b) => ok.parse(b)),
  logout: () => request('/api/v1/console/logout', json('POST', {}), (b) => ok.parse(b)),
  event: (): Promise<EventConfig> => request('/api/v1/console/event', json('GET'), (b) => eventConfigSchema.parse(b)),
  saveEvent: (e: Omit<EventConfig, 'id'>): Promise<EventConfig> => request('/api/v1/console/event', json('PUT', e), (b) => eventConfigSchema.parse(b)),
  devices: (): Promise<DeviceSummary[]> => request('/api/v1/console/devices', json('GET'), (b) => z.object({ devices: z.array(deviceSummarySchema) }).parse(b).devices),
  revoke: (id: string) => request(`/api/v1/console/devices/${encodeURIComponent(id)}/revoke`, json('POST', {}), (b) => ok.parse(b)),
  pairingCode: (role: Role, exhibitorId: string | null): Promise<PairingCodeResponse> =>
    request('/api/v1/console/pairing-codes', json('POST', { role, exhibitorId }), (b) => pairingCodeResponseSchema.parse(b)),
  exhibitors: (): Promise<ExhibitorSummary[]> =>
    request('/api/v1/console/exhibitors', json('GET'), (b) => z.object({ exhibitors: z.array(exhibitorSchema) }).parse(b).exhibitors),
  addExhibitor: (name: string): Promise<ExhibitorSummary> => request('/api/v1/console/exhibitors', json('POST', { name }), (b) => exhibitorSchema.parse(b)),
  visitorForm: (): Promise<VisitorForm> => request('/api/v1/console/visitor-form', json('GET'), (b) => visitorFormSchema.parse(b)),
  saveVisitorForm: (form: VisitorForm): Promise<VisitorForm> => request('/api/v1/console/visitor-form', json('PUT', form), (b) => visitorFormSchema.parse(b)),
  stats: (): Promise<ConsoleStats> => request('/api/v1/console/stats', json('GET'), (b) => consoleStatsSchema.parse(b)),
};
