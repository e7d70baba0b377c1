/**
 * Builds the organizer server: external plugins (security headers, cookies, compression, rate
 * limits) → routes, each given the database explicitly. No state that matters lives in this
 * process: several instances on one PostgreSQL behave as one.
 */
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { EndpointSpec } from '../core/api/define';
import type { ServerConfig } from './config';
import type { Db } from './db/types';
import { CardReaderPool, defaultCardPoolOptions } from './cards/readerPool';
import { cardModelRoutes } from './http/cardModels';
import { limitBodyDepth } from './http/bodyDepth';
import { installErrorHandler } from './http/errors';
import { parseJsonBodies } from './http/jsonBody';
import { registerOpenApi, registerReference } from './http/openapi';
import { requireSameOrigin } from './http/sameOrigin';
import { serveApp } from './http/static';
import { mountApi } from './routes/index';
import { APP_VERSION } from './routes/public';

export interface AppOptions {
  db: Db;
  config: ServerConfig;
  /** Secret from the data-dir lock: lets the CLI run commands inside this process (PGlite). */
  cliSecret?: string;
  logger?: boolean;
  /** Called for every route as it is registered (the contract tests compare them with the declarations). */
  onRoute?: (route: { method: string | string[]; url: string; endpoint: EndpointSpec | undefined }) => void;
  /** Check every JSON answer against its declared schema (tests: an answer that drifts from the contract fails them). */
  checkResponses?: boolean;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function buildApp({ db, config, cliSecret, logger = false, onRoute, checkResponses = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(config.tls ? { https: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } } : {}),
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A hop count as a function: Fastify's types take no number (its runtime does the same).
    trustProxy: typeof config.trustProxy === 'number' ? (_address: string, hop: number) => hop < (config.trustProxy as number) : config.trustProxy,
    return503OnClosing: true,
  });
  if (onRoute) app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url, endpoint: route.config?.endpoint }));
  installErrorHandler(app);
  // Requests are checked by the declared zod schemas; answers are plain JSON (checked in tests only).
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Only JSON bodies: a cross-site form can post text/plain without a preflight, never JSON.
  app.removeContentTypeParser('text/plain');
  parseJsonBodies(app);
  requireSameOrigin(app, config);
  limitBodyDepth(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // No inline scripts anywhere; WebAssembly (barcode and card reading) needs wasm-unsafe-eval.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // The app works over plain HTTP on a venue LAN; HSTS would lock tablets out of it.
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyRateLimit, { global: false });

  await registerOpenApi(app, APP_VERSION);
  // Card reading runs in worker threads, one pool per server (cards/readerPool.ts).
  const cardReaders = new CardReaderPool(defaultCardPoolOptions(config.cardReaders));
  app.addHook('onClose', () => cardReaders.close());
  mountApi(app, { db, config, cliSecret, checkResponses, cardReaders });
  cardModelRoutes(app);
  await registerReference(app);
  await serveApp(app, config.staticDir);
  return app;
}
