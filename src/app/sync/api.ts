/** The device's calls to the organizer server. */
import { pairResponseSchema, type PairRequest, type PairResponse } from '../../core/schema/pairing';
import { request } from '../net/http';
import { pullEnvelopeSchema, pushResponseSchema, type PullEnvelope, type PullForm, type PullStream, type PushResponse } from '../../core/schema/sync';

export function pairDevice(body: PairRequest): Promise<PairResponse> {
  return request('/api/v1/devices/pair', { method: 'POST', body: JSON.stringify(body) }, (b) => pairResponseSchema.parse(b));
}

export function push(token: string, deviceId: string, mutations: unknown[], unsynced: number): Promise<PushResponse> {
  return request(
    '/api/v1/sync/push',
    // sentAt: the server measures this device's clock error from it and files the records on its own clock.
    { method: 'POST', token, body: JSON.stringify({ deviceId, mutations, unsynced, sentAt: new Date().toISOString() }), timeoutMs: 60_000 },
    (b) => pushResponseSchema.parse(b),
  );
}

export function pull(token: string, stream: PullStream, since: string, limit: number): Promise<PullEnvelope> {
  // Attendees as rows (sortChanges reads both forms: a server from before rows sends objects).
  const query = new URLSearchParams({ stream, since, limit: String(limit), form: 'rows2' satisfies PullForm });
  return request(`/api/v1/sync/pull?${query}`, { method: 'GET', token, timeoutMs: 60_000 }, (b) => pullEnvelopeSchema.parse(b));
}

