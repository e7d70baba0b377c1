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
  /** Set when a TLS-terminating proxy sits in front: cookies become Secure, client IPs come from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Where the built app lives; tests point it elsewhere. */
  STATIC_DIR: z.string().optional(),
  /** PEM files: serve HTTPS directly. Tablets only run the offline app (service worker) over HTTPS or on localhost. */
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  logLevel: string;
  trustProxy: boolean;
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
  if (!!e.TLS_CERT_FILE !== !!e.TLS_KEY_FILE) throw new Error('Invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE go together');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
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
