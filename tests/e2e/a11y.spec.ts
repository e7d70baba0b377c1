/**
 * Accessibility: an axe-core scan (WCAG 2.1 A/AA and best practices) of every screen staff,
 * visitors and the organizer use — pairing, the desk and its walk-in form, the kiosk from the
 * staff PIN through to the staff desk, the booth, the exhibitor portal and every console section —
 * finds no serious or critical violation. (The same tour feeds `npm run bench -- axe`.)
 */
import { expect, test } from '@playwright/test';
import { A11yTour } from './support/a11yTour';
import { startServer, type E2EServer } from './support/server';

let server: E2EServer;
let tour: A11yTour;
test.beforeAll(async ({ browser }) => {
  server = await startServer();
  tour = new A11yTour(server, browser);
});
test.afterAll(async () => server?.stop());

test('the organizer console: every section', async () => {
  // Seventeen sections, each scanned by axe: minutes on a loaded two-core machine.
  test.setTimeout(600_000);
  await tour.console();
  expect(tour.result.problems).toEqual([]);
});

test('the tablets: pairing, desk, walk-in form, kiosk and its staff desk, booth', async () => {
  await tour.devices();
  expect(tour.result.problems).toEqual([]);
});

test('the exhibitor portal', async () => {
  await tour.portal();
  expect(tour.result.problems).toEqual([]);
  expect(tour.result.scanned.length).toBeGreaterThanOrEqual(20);
});
