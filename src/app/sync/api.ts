/** The device's calls to the organizer server: pairing and the sync wire (core/api/device.ts). */
import { deviceApi } from '../../core/api/device';
import type { PairRequest, PairResponse } from '../../core/schema/pairing';
import type { PullEnvelope, PullForm, PullStream, PushResponse } from '../../core/schema/sync';
import { call } from '../net/client';

export function pairDevice(body: PairRequest): Promise<PairResponse> {
  return call(deviceApi.pair, { body });
}

export function push(token: string, deviceId: string, mutations: unknown[], unsynced: number): Promise<PushResponse> {
  // sentAt: the server measures this device's clock error from it and files the records on its own clock.
  return call(deviceApi.push, { body: { deviceId, mutations, unsynced, sentAt: new Date().toISOString() } }, { token, timeoutMs: 60_000 });
}

export function pull(token: string, stream: PullStream, since: string, limit: number): Promise<PullEnvelope> {
  // Attendees as rows (sortChanges reads both forms: a server from before rows sends objects).
  return call(deviceApi.pull, { query: { stream, since, limit, form: 'rows2' satisfies PullForm } }, { token, timeoutMs: 60_000 });
}
