/** The event, its devices and pairing codes, its exhibitors, the walk-in form, badges. */
import { z } from 'zod';
import { visitorFormSchema } from '../../forms/visitorForm';
import { eventConfigSchema } from '../../schema/config';
import { deviceSummarySchema, eventInputSchema, exhibitorSchema, newExhibitorSchema, pairingCodeRequestSchema, pairingCodeResponseSchema } from '../../schema/console';
import { emptyBody, idParams, okResponse } from '../common';
import { endpoint } from '../define';

export const eventApi = {
  get: endpoint({
    method: 'GET',
    path: '/api/v1/console/event',
    access: 'organizer',
    summary: 'The event: name, dates, venue',
    response: eventConfigSchema,
    errors: [],
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/v1/console/event',
    access: 'organizer',
    summary: 'Rename the event, set its dates and venue',
    body: eventInputSchema,
    response: eventConfigSchema,
    errors: [],
  }),
  devices: endpoint({
    method: 'GET',
    path: '/api/v1/console/devices',
    access: 'organizer',
    summary: 'Paired devices: role, last seen, last sync, records waiting, clock error, revoked',
    response: z.object({ devices: z.array(deviceSummarySchema) }),
    errors: [],
  }),
  revokeDevice: endpoint({
    method: 'POST',
    path: '/api/v1/console/devices/:id/revoke',
    access: 'organizer',
    summary: 'Revoke a device: its token stops working at once, badges it signed stop verifying',
    params: idParams,
    body: emptyBody,
    response: okResponse,
    errors: ['device_not_found'],
  }),
  pairingCode: endpoint({
    method: 'POST',
    path: '/api/v1/console/pairing-codes',
    access: 'organizer',
    summary: 'A single-use 6-digit pairing code and link for a desk, kiosk or an exhibitor’s booth',
    body: pairingCodeRequestSchema,
    response: pairingCodeResponseSchema,
    errors: ['booth_needs_exhibitor', 'exhibitor_only_for_booth', 'exhibitor_not_found'],
  }),
  exhibitors: endpoint({
    method: 'GET',
    path: '/api/v1/console/exhibitors',
    access: 'organizer',
    summary: 'The event’s exhibitors',
    response: z.object({ exhibitors: z.array(exhibitorSchema) }),
    errors: [],
  }),
  addExhibitor: endpoint({
    method: 'POST',
    path: '/api/v1/console/exhibitors',
    access: 'organizer',
    summary: 'Add an exhibitor (its booth devices and logins belong to it)',
    body: newExhibitorSchema,
    response: exhibitorSchema,
    errors: [],
  }),
  visitorForm: endpoint({
    method: 'GET',
    path: '/api/v1/console/visitor-form',
    access: 'organizer',
    summary: 'The walk-in registration form desks show (the default until saved)',
    response: visitorFormSchema,
    errors: [],
  }),
  saveVisitorForm: endpoint({
    method: 'PUT',
    path: '/api/v1/console/visitor-form',
    access: 'organizer',
    summary: 'Save the walk-in form; desks receive it at their next sync',
    body: visitorFormSchema,
    response: visitorFormSchema,
    errors: [],
  }),
  revokeBadge: endpoint({
    method: 'POST',
    path: '/api/v1/console/attendees/:id/revoke-badge',
    access: 'organizer',
    summary: 'Cancel a lost or stolen badge: desks flag it as revoked after their next sync',
    params: idParams,
    body: emptyBody,
    response: z.object({ id: z.string(), name: z.string() }),
    errors: ['visitor_not_found'],
  }),
};
