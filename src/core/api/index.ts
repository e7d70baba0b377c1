/**
 * Every group of declarations by name, for the server's mount, the OpenAPI document and the
 * contract tests. The app never imports this module: a screen imports its own audience's module,
 * so it builds only the schemas it uses (lint forbids it).
 */
import { cliApi } from './cli';
import { customersApi } from './console/customers';
import { editionsApi } from './console/editions';
import { eventApi } from './console/event';
import { leadsSetupApi } from './console/leads';
import { sessionApi } from './console/session';
import { statsApi } from './console/stats';
import { feedbackApi, surveysApi } from './console/surveys';
import { taxonomiesApi } from './console/taxonomies';
import { visitorsApi } from './console/visitors';
import type { EndpointGroup, EndpointSpec } from './define';
import { deviceApi } from './device';
import { exhibitorApi } from './exhibitor';
import { publicApi } from './public';

export const API_GROUPS = {
  public: publicApi,
  device: deviceApi,
  'console.session': sessionApi,
  'console.event': eventApi,
  'console.stats': statsApi,
  'console.visitors': visitorsApi,
  'console.taxonomies': taxonomiesApi,
  'console.surveys': surveysApi,
  'console.feedback': feedbackApi,
  'console.leads': leadsSetupApi,
  'console.editions': editionsApi,
  'console.customers': customersApi,
  exhibitor: exhibitorApi,
  cli: cliApi,
} as const satisfies Record<string, EndpointGroup>;

export type ApiGroupName = keyof typeof API_GROUPS;

/** Every declaration with its operation name (`console.visitors.list`). */
export function allEndpoints(): Array<{ name: string; spec: EndpointSpec }> {
  return Object.entries(API_GROUPS).flatMap(([group, endpoints]) => Object.entries(endpoints as EndpointGroup).map(([key, spec]) => ({ name: `${group}.${key}`, spec })));
}
