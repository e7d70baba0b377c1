/** The console's way in: is an account set up, the first account (from the server machine only), login and logout. */
import { consoleStateSchema, credentialsSchema, loggedInSchema, setupSchema } from '../../schema/console';
import { emptyBody, okResponse } from '../common';
import { endpoint } from '../define';

const LOGIN_RATE = { max: 10, timeWindow: '1 minute' } as const;

export const sessionApi = {
  state: endpoint({
    method: 'GET',
    path: '/api/v1/console/state',
    access: 'public',
    summary: 'Whether the first account is still to be made, and who is logged in (by the session cookie, if any)',
    response: consoleStateSchema,
    errors: [],
  }),
  setup: endpoint({
    method: 'POST',
    path: '/api/v1/console/setup',
    access: 'public',
    summary: 'Create the first organizer account and log in; only from the server machine itself, only once',
    body: setupSchema,
    response: loggedInSchema,
    errors: ['setup_local_only', 'account_exists', 'weak_password'],
    rateLimit: LOGIN_RATE,
  }),
  login: endpoint({
    method: 'POST',
    path: '/api/v1/console/login',
    access: 'public',
    summary: 'Log in: sets the httpOnly session cookie',
    body: credentialsSchema,
    response: loggedInSchema,
    errors: ['bad_credentials', 'locked'],
    rateLimit: LOGIN_RATE,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/v1/console/logout',
    access: 'public',
    summary: 'End the session on the server and clear its cookie',
    body: emptyBody,
    response: okResponse,
    errors: [],
  }),
};
