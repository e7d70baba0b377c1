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
import type { ServerConfig } from './config';
import type { Db } from './db/types';
import { CardReaderPool, defaultCardPoolOptions } from './cards/readerPool';
import { cardModelRoutes } from './http/cardModels';
import { limitBodyDepth } from './http/bodyDepth';
import { installErrorHandler } from './http/errors';
import { parseJsonBodies } from './http/jsonBody';
import { requireSameOrigin } from './http/sameOrigin';
import { serveApp } from './http/static';
import { consoleRoutes } from './routes/console';
import { exhibitorLoginRoutes } from './routes/exhibitorLogins';
import { feedbackRoutes } from './routes/feedback';
import { healthRoutes } from './routes/health';
import { leadRoutes } from './routes/leads';
import { internalCliRoutes } from './routes/internalCli';
import { pairingRoutes } from './routes/pairing';
import { privacyRoutes } from './routes/privacy';
import { statsRoutes } from './routes/stats';
import { surveyRoutes } from './routes/surveys';
import { syncRoutes } from './routes/sync';
import { taxonomyRoutes } from './routes/taxonomies';
import { visitorRoutes } from './routes/visitors';

export interface AppOptions {
  db: Db;
  config: ServerConfig;
  /** Secret from the data-dir lock: lets the CLI run commands inside this process (PGlite). */
  cliSecret?: string;
  logger?: boolean;
  /** Called for every route as it is registered (the bad-input suite checks each one has its cases). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export async function buildApp({ db, config, cliSecret, logger = false, onRoute }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(config.tls ? { https: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } } : {}),
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A hop count as a function: Fastify's types take no number (its runtime does the same).
    trustProxy: typeof config.trustProxy === 'number' ? (_address: string, hop: number) => hop < (config.trustProxy as number) : config.trustProxy,
    return503OnClosing: true,
  });
  if (onRoute) app.addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));
  installErrorHandler(app);
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

  healthRoutes(app, db);
  pairingRoutes(app, db);
  syncRoutes(app, db);
  consoleRoutes(app, db, config);
  surveyRoutes(app, db);
  feedbackRoutes(app, db);
  // Card reading runs in worker threads, one pool per server (cards/readerPool.ts).
  const cardReaders = new CardReaderPool(defaultCardPoolOptions(config.cardReaders));
  app.addHook('onClose', () => cardReaders.close());
  leadRoutes(app, db, cardReaders);
  exhibitorLoginRoutes(app, db);
  statsRoutes(app, db);
  visitorRoutes(app, db);
  privacyRoutes(app, db);
  taxonomyRoutes(app, db);
  cardModelRoutes(app);
  if (cliSecret) internalCliRoutes(app, db, config, cliSecret);
  await serveApp(app, config.staticDir);
  return app;
}
