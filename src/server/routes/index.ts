/**
 * Every endpoint of the API, mounted from its declaration (src/core/api) with its handler: one
 * handler map per audience (per feature within the console), as the declarations are grouped.
 */
import type { FastifyInstance } from 'fastify';
import { cliApi } from '../../core/api/cli';
import { eventApi } from '../../core/api/console/event';
import { leadsSetupApi } from '../../core/api/console/leads';
import { sessionApi } from '../../core/api/console/session';
import { statsApi } from '../../core/api/console/stats';
import { feedbackApi, surveysApi } from '../../core/api/console/surveys';
import { taxonomiesApi } from '../../core/api/console/taxonomies';
import { visitorsApi } from '../../core/api/console/visitors';
import { deviceApi } from '../../core/api/device';
import { exhibitorApi } from '../../core/api/exhibitor';
import { publicApi } from '../../core/api/public';
import type { ServerConfig } from '../config';
import { mount, type MountOptions } from '../http/mount';
import { cliHandlers } from './cli';
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
}

export function mountApi(app: FastifyInstance, opts: ApiOptions): void {
  const { db, config } = opts;
  mount(app, opts, 'public', publicApi, publicHandlers(db, () => app.swagger() as unknown as Record<string, unknown>));
  mount(app, opts, 'device', deviceApi, deviceHandlers(db));
  mount(app, opts, 'console', sessionApi, sessionHandlers(db));
  mount(app, opts, 'console', eventApi, eventHandlers(db, config));
  mount(app, opts, 'console', statsApi, statsHandlers(db));
  mount(app, opts, 'console', visitorsApi, visitorsHandlers(db));
  mount(app, opts, 'console', taxonomiesApi, taxonomiesHandlers(db));
  mount(app, opts, 'console', surveysApi, surveysHandlers(db));
  mount(app, opts, 'console', feedbackApi, feedbackHandlers(db));
  mount(app, opts, 'console', leadsSetupApi, leadsSetupHandlers(db));
  mount(app, opts, 'exhibitor', exhibitorApi, exhibitorHandlers(db));
  mount(app, opts, 'cli', cliApi, cliHandlers(db, config));
}
