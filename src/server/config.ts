import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** The environment, validated once at start-up: a typo in PORT fails loudly instead of half-starting. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /** The address tablets use to reach this server; pairing links are built from it. */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Set when a TLS-terminating proxy sits in front: cookies become Secure, client IPs come from X-Forwarded-For. See trustProxySchema. */
  TRUST_PROXY: z.string().default('0'),
  /** Worker threads reading uploaded business cards (default: one per spare core, at most two). */
  CARD_READERS: z.coerce.number().int().min(1).max(16).optional(),
  /** Where the built app lives; tests point it elsewhere. */
  STATIC_DIR: z.string().optional(),
  /** PEM files: serve HTTPS directly. Tablets only run the offline app (service worker) over HTTPS or on localhost. */
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
});

/** Named ranges @fastify/proxy-addr knows, each a set of private addresses. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const max = family === 4 ? 32 : 128;
  // A /0 is every address: the "trust everyone" this setting exists to avoid.
  return /^\d{1,3}$/.test(bits) && Number(bits) >= 1 && Number(bits) <= max;
}

/**
 * Which proxies' X-Forwarded-* headers to believe. Never everyone: a client that may name its own
 * address can claim to be the server machine, or a new address at each attempt.
 * - `0`, `false` or unset: none (the socket's address is the client's).
 * - A number of hops (`1`: one proxy in front; `true` means the same): the last N addresses of the
 *   chain are proxies. Whoever connects directly is then taken for a proxy too, so the port must be
 *   reachable only through the proxy (HOST=127.0.0.1 when it runs on the same machine).
 * - A comma-separated list of proxy addresses, CIDR ranges or `loopback`/`linklocal`/`uniquelocal`:
 *   only connections from those are believed (the safer form).
 */
export const trustProxySchema = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    const value = v.toLowerCase();
    if (value === '' || value === '0' || value === 'false') return false;
    if (value === 'true') return 1;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return hops;
    }
    const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (!entries.length || bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `TRUST_PROXY takes a number of proxy hops (1 to 10) or the proxies' addresses (e.g. 127.0.0.1 or 10.0.0.0/8, comma-separated), never everyone; not ${bad.join(', ') || v}`,
      });
      return z.NEVER;
    }
    return entries;
  });

export type TrustProxy = z.infer<typeof trustProxySchema>;

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  logLevel: string;
  trustProxy: TrustProxy;
  cardReaders: number | undefined;
  staticDir: string;
  tls: { certFile: string; keyFile: string } | null;
}

export const ROOT_DIR = path.resolve(new URL('../..', import.meta.url).pathname);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const trustProxy = trustProxySchema.safeParse(e.TRUST_PROXY);
  if (!trustProxy.success) throw new Error(`Invalid configuration:\n  TRUST_PROXY: ${trustProxy.error.issues[0]?.message ?? 'invalid'}`);
  if (!!e.TLS_CERT_FILE !== !!e.TLS_KEY_FILE) throw new Error('Invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE go together');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    trustProxy: trustProxy.data,
    cardReaders: e.CARD_READERS,
    staticDir: path.resolve(e.STATIC_DIR ?? path.join(ROOT_DIR, 'dist')),
    tls: e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { certFile: path.resolve(e.TLS_CERT_FILE), keyFile: path.resolve(e.TLS_KEY_FILE) } : null,
  };
}

/** The first LAN IPv4 address: what a tablet on the venue Wi-Fi would type. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

export function publicBaseUrl(config: ServerConfig, port = config.port): string {
  if (config.publicUrl) return config.publicUrl;
  return `${config.tls ? 'https' : 'http'}://${lanAddress() ?? 'localhost'}:${port}`;
}
