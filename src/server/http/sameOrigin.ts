/**
 * Requests that change something must come from this server's own pages (or from a program that
 * is not a browser). SameSite=Strict cookies do not stop a page on another port of the same host,
 * or on a sibling subdomain: to a browser those are the same *site*, so it sends the organizer's
 * cookie along. Two checks close that, before any body is read:
 *
 * - A state-changing request (POST, PUT, PATCH, DELETE) must say `Content-Type: application/json`.
 *   A page of another origin can send JSON only after a CORS preflight, which this server never
 *   answers; without a body type (or with a form's) it could post freely.
 * - When the browser says where the request comes from (`Origin`, `Sec-Fetch-Site`), it must be
 *   this server's own origin: the address the request came to, or PUBLIC_URL.
 *
 * Requests with neither header are not from a browser page (the CLI, a device's own fetch from
 * Node, curl): they are let through, and still need their token or session like any other.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config';
import { sendError } from './errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The host:port an origin of this scheme would have if it were the address the request came to. */
function hostAs(protocol: string, host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/** Whether `origin` (a browser's Origin header) is this server as the request reached it, or PUBLIC_URL. */
export function isOwnOrigin(origin: string, request: FastifyRequest, publicUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed frame, a file) and garbage
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (publicUrl && new URL(publicUrl).origin === url.origin) return true;
  // The Host header as the browser sent it, or as a trusted proxy forwarded it (request.host).
  return [request.headers.host, request.host].some((h) => hostAs(url.protocol, h) === url.host);
}

/** Why this request must be refused as coming from another site's page, or null. */
export function crossOriginReason(request: FastifyRequest, publicUrl: string | undefined): string | null {
  const origin = request.headers.origin;
  if (typeof origin === 'string' && !isOwnOrigin(origin, request, publicUrl)) return `it came from a page of ${origin.slice(0, 100)}`;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin') return `it came from a ${site} page`;
  return null;
}

export function requireSameOrigin(app: FastifyInstance, config: Pick<ServerConfig, 'publicUrl'>): void {
  app.addHook('onRequest', async (request, reply) => {
    // No route, nothing to change: answered 404 like any other address that is not there.
    if (!STATE_CHANGING.has(request.method) || request.is404) return;
    const reason = crossOriginReason(request, config.publicUrl);
    if (reason) {
      return sendError(reply, 'cross_origin', `refused: ${reason}, not from this server's own pages; open the page at the server's own address`);
    }
    if (!isJson(request.headers['content-type'])) {
      return sendError(reply, 'unsupported_media_type');
    }
  });
}
