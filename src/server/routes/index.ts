/**
 * Every endpoint of the API, mounted from its declaration (src/core/api) with its handler: one
 * handler map per audience (per feature within the console), as the declarations are grouped.
 */
import type { FastifyInstance } from 'fastify';
import { API_GROUPS, type ApiGroupName } from '../../core/api/index';
import type { CardReaderPool } from '../cards/readerPool';
import type { ServerConfig } from '../config';
import { mount, type Handlers, type MountOptions } from '../http/mount';
import { cliHandlers } from './cli';
import { customersHandlers } from './console/customers';
import { editionsHandlers } from './console/editions';
import { eventHandlers } from './console/event';
import { leadsSetupHandlers } from './console/leads';
import { sessionHandlers } from './console/session';
import { statsHandlers } from './console/stats';
import { feedbackHandlers, surveysHandlers } from './console/surveys';
import { taxonomiesHandlers } from './console/taxonomies';
import { visitorsHandlers } from './console/visitors';
import { deviceHandlers } from './device';
import { exhibitorHandlers } from './exhibitor';
import { publicHandlers } from './public';

export interface ApiOptions extends MountOptions {
  config: ServerConfig;
  /** Card reading in worker threads (cards/readerPool.ts), one pool per server. */
  cardReaders: CardReaderPool;
}

export function mountApi(app: FastifyInstance, opts: ApiOptions): void {
  const { db, config } = opts;
  const serve = <N extends ApiGroupName>(name: N, handlers: Handlers<(typeof API_GROUPS)[N]>) => mount(app, opts, name, API_GROUPS[name], handlers);
  serve('public', publicHandlers(db, () => app.swagger() as unknown as Record<string, unknown>));
  serve('device', deviceHandlers(db));
  serve('console.session', sessionHandlers(db, config));
  serve('console.event', eventHandlers(db, config));
  serve('console.stats', statsHandlers(db));
  serve('console.visitors', visitorsHandlers(db));
  serve('console.taxonomies', taxonomiesHandlers(db));
  serve('console.surveys', surveysHandlers(db));
  serve('console.feedback', feedbackHandlers(db));
  serve('console.leads', leadsSetupHandlers(db));
  serve('console.editions', editionsHandlers(db));
  serve('console.customers', customersHandlers(db));
  serve('exhibitor', exhibitorHandlers(db, opts.cardReaders));
  serve('cli', cliHandlers(db, config));
}
