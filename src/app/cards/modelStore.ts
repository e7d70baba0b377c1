/**
 * The card-reading models on the device. They are not in the app's precache (about 30 MB most
 * tablets never need): "prepare card reading" downloads them once from our server, with byte
 * progress, into a Cache Storage cache of their own, where the OCR worker reads them from, online
 * or not. The manifest is cached with them, so the worker knows which files to read offline.
 */

export const CARD_MODEL_CACHE = 'showfloor-card-models';
export const MANIFEST_URL = '/card-models/manifest.json';

export type CardModelId = 'det' | 'rec' | 'dict' | 'wasm';

export interface CardModelManifest {
  version: string;
  files: Array<{ id: CardModelId; url: string; bytes: number }>;
}

export interface PrepareProgress {
  loaded: number;
  total: number;
}

export class ModelDownloadError extends Error {
  constructor(
    readonly kind: 'offline' | 'server' | 'storage' | 'incomplete',
    message: string,
  ) {
    super(message);
  }
}

function isManifest(value: unknown): value is CardModelManifest {
  const v = value as CardModelManifest | null;
  return !!v && typeof v.version === 'string' && Array.isArray(v.files) && v.files.every((f) => typeof f.url === 'string' && typeof f.bytes === 'number' && typeof f.id === 'string');
}

async function openCache(): Promise<Cache | null> {
  if (typeof caches === 'undefined') return null;
  try {
    return await caches.open(CARD_MODEL_CACHE);
  } catch {
    return null;
  }
}

/** The manifest of the models on this device, or null when none were prepared. */
export async function cachedManifest(): Promise<CardModelManifest | null> {
  const cache = await openCache();
  const response = await cache?.match(MANIFEST_URL);
  if (!response) return null;
  try {
    const manifest: unknown = await response.json();
    return isManifest(manifest) ? manifest : null;
  } catch {
    return null;
  }
}

/** True when every model file is on the device, complete: card reading works offline. */
export async function isCardReadingReady(): Promise<boolean> {
  const cache = await openCache();
  const manifest = await cachedManifest();
  if (!cache || !manifest) return false;
  for (const file of manifest.files) {
    const response = await cache.match(file.url);
    if (!response) return false;
    const length = Number(response.headers.get('Content-Length') ?? NaN);
    if (length !== file.bytes) return false;
  }
  return true;
}

/** The bytes of each model file, from the device's cache only (never the network). */
export async function loadCachedModels(): Promise<{ manifest: CardModelManifest; files: Map<CardModelId, ArrayBuffer> } | null> {
  const cache = await openCache();
  const manifest = await cachedManifest();
  if (!cache || !manifest) return null;
  const files = new Map<CardModelId, ArrayBuffer>();
  for (const file of manifest.files) {
    const response = await cache.match(file.url);
    if (!response) return null;
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength !== file.bytes) return null;
    files.set(file.id, bytes);
  }
  return { manifest, files };
}

/**
 * Downloads whatever model files the device lacks, reporting bytes as they arrive, then records
 * the manifest: only a complete set is ever "ready". Files of older versions are removed.
 */
export async function prepareCardReading(onProgress: (p: PrepareProgress) => void, signal?: AbortSignal): Promise<CardModelManifest> {
  const cache = await openCache();
  if (!cache) throw new ModelDownloadError('storage', 'this browser offers no Cache Storage (private mode?)');
  let manifest: CardModelManifest;
  try {
    const response = await fetch(MANIFEST_URL, { cache: 'no-store', signal });
    if (!response.ok) throw new ModelDownloadError('server', `the server answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isManifest(body)) throw new ModelDownloadError('server', 'the server sent no model list');
    manifest = body;
  } catch (error) {
    if (error instanceof ModelDownloadError || (error as Error).name === 'AbortError') throw error;
    throw new ModelDownloadError('offline', (error as Error).message);
  }

  const total = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  let loaded = 0;
  onProgress({ loaded, total });
  for (const file of manifest.files) {
    const have = await cache.match(file.url);
    if (have && Number(have.headers.get('Content-Length')) === file.bytes) {
      loaded += file.bytes;
      onProgress({ loaded, total });
      continue;
    }
    let response: Response;
    try {
      response = await fetch(file.url, { cache: 'no-store', signal });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ModelDownloadError('offline', (error as Error).message);
    }
    if (!response.ok || !response.body) throw new ModelDownloadError('server', `${file.url}: the server answered ${response.status}`);
    // Count bytes as they stream into the cache: no copy of a 14 MB file is held in memory here.
    const before = loaded;
    let received = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        onProgress({ loaded: Math.min(before + received, before + file.bytes), total });
        controller.enqueue(chunk);
      },
    });
    const stored = new Response(response.body.pipeThrough(counter), {
      headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream', 'Content-Length': String(file.bytes) },
    });
    try {
      await cache.put(file.url, stored);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'AbortError' && signal?.aborted) throw error;
      if (name === 'QuotaExceededError') throw new ModelDownloadError('storage', 'storage on this device is full');
      throw new ModelDownloadError('offline', (error as Error).message);
    }
    if (received !== file.bytes) {
      await cache.delete(file.url);
      throw new ModelDownloadError('incomplete', `${file.url}: ${received} of ${file.bytes} bytes arrived`);
    }
    loaded = before + file.bytes;
    onProgress({ loaded, total });
  }
  const wanted = new Set([MANIFEST_URL, ...manifest.files.map((f) => f.url)].map((u) => new URL(u, location.href).href));
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  await cache.put(MANIFEST_URL, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
  return manifest;
}
