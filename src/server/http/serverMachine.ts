/**
 * "Only from the server machine itself" (creating the first organizer account), decided on what a
 * client cannot choose: the socket's own address, not X-Forwarded-For, whatever TRUST_PROXY says.
 *
 * - The socket must be loopback. A proxy on the same machine also connects from loopback, so any
 *   forwarding header (X-Forwarded-For, Forwarded, X-Real-IP) must name loopback addresses only: a
 *   proxy that appends the real client (as proxies do) then gives away a LAN client, and a client
 *   that writes "127.0.0.1" into the header itself still has its own address appended after it.
 * - The Host header must be a loopback name or PUBLIC_URL's host. A page of another site whose
 *   name was pointed at 127.0.0.1 (DNS rebinding) reaches the server from the organizer's own
 *   browser, on loopback, with its own origin; its Host is that site's name, and is refused.
 */
import type { FastifyRequest } from 'fastify';
import { isIP } from 'node:net';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/i, '');
  if (isIP(a) === 4) return a.startsWith('127.');
  return a === '::1' || /^0*:0*:0*:0*:0*:0*:0*:0*1$/.test(a);
}

/** Every address a forwarding header names, as written (ports and brackets removed). */
export function forwardedAddresses(request: FastifyRequest): string[] {
  const h = request.headers;
  const list = (v: string | string[] | undefined) => [v ?? []].flat().flatMap((x) => x.split(','));
  const fromForwarded = list(h.forwarded).flatMap((part) =>
    part
      .split(';')
      .map((pair) => pair.trim())
      .filter((pair) => /^for=/i.test(pair))
      .map((pair) => pair.slice(4).replace(/^"|"$/g, '')),
  );
  return [...list(h['x-forwarded-for']), ...list(h['x-real-ip']), ...fromForwarded]
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
      if (bracketed) return bracketed[1] ?? a;
      return /^[\d.]+:\d+$/.test(a) ? (a.split(':')[0] ?? a) : a;
    });
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why this request is not from the server machine itself (for the person who sent it), or null. */
export function notFromServerMachine(request: FastifyRequest, publicUrl: string | undefined): string | null {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'it did not come from the server machine itself';
  if (forwardedAddresses(request).some((a) => !isLoopbackAddress(a))) return 'it came through a proxy from another machine';
  let hostname: string;
  try {
    hostname = new URL(`http://${request.headers.host ?? ''}`).hostname.toLowerCase();
  } catch {
    return 'it named no valid host';
  }
  const allowed = new Set(LOOPBACK_NAMES);
  if (publicUrl) allowed.add(new URL(publicUrl).hostname.toLowerCase());
  if (!allowed.has(hostname)) return `it was addressed to ${hostname}, not to localhost`;
  return null;
}
