/**
 * A walk through every screen staff, visitors and the organizer use, scanning each with axe-core
 * once it is ready: the a11y end-to-end test asserts on it, the benchmark reports it.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { seriousViolations, type AxeProblem } from './axe';
import { importRoster, pairDevice, type BadgeRow } from './app';
import type { E2EServer } from './server';

export interface TourResult {
  scanned: string[];
  problems: AxeProblem[];
}

const READY_MS = 30_000;

export class A11yTour {
  readonly result: TourResult = { scanned: [], problems: [] };
  private badges: BadgeRow[] = [];
  private exhibitorId = '';

  constructor(
    private readonly server: E2EServer,
    private readonly browser: Browser,
  ) {}

  private async scan(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
    await ready();
    this.result.problems.push(...(await seriousViolations(page, name)));
    this.result.scanned.push(name);
  }

  private url(path: string): string {
    return `${this.server.url}${path}${path.includes('?') ? '&' : '?'}lang=en`;
  }

  /** The organizer's console: the first-run form, then every section. */
  async console(): Promise<void> {
    this.badges = await importRoster(this.server, 5);
    const page = await (await this.browser.newContext()).newPage();
    await page.goto(this.url('/console'));
    await this.scan(page, 'console: create account', () => page.getByRole('heading', { name: 'Create the organizer account' }).waitFor({ timeout: READY_MS }));
    await page.getByLabel('User name').fill('organizer');
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Repeat the password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await this.scan(page, 'console: overview', () => page.getByTestId('figure-checkins').waitFor({ timeout: READY_MS }));
    const exhibitor = await page.request.post(this.url('/api/v1/console/exhibitors'), { data: { name: 'Acme 机械' } });
    this.exhibitorId = ((await exhibitor.json()) as { id: string }).id;
    const sections: Array<[string, string]> = [
      ['devices', '/console/devices'],
      ['visitor form', '/console/form'],
      ['surveys', '/console/surveys'],
      ['feedback', '/console/feedback'],
      ['dashboard', '/console/dashboard'],
      ['visitors', '/console/visitors'],
      ['visitor', `/console/visitors/${this.badges[0]?.attendee_id ?? ''}`],
      ['taxonomies', '/console/taxonomies'],
      ['report', '/console/report'],
      ['retention', '/console/customers'],
      ['retention list', '/console/customers/list?side=visitors&group=customers'],
      ['editions', '/console/customers/editions'],
      ['pipeline', '/console/customers/pipeline'],
      ['lost customers', '/console/customers/lost'],
      ['tiers', '/console/customers/tiers'],
      ['link review', '/console/customers/links'],
    ];
    const customers = await page.request.get(this.url('/api/v1/console/customers?limit=1'));
    const customer = ((await customers.json()) as { rows: Array<{ id: string }> }).rows[0];
    if (customer) sections.push(['customer', `/console/customers/${customer.id}`]);
    for (const [name, path] of sections) {
      await page.goto(this.url(path));
      await this.scan(page, `console: ${name}`, () => page.locator('main').getByRole('heading').first().waitFor({ timeout: READY_MS }));
    }
    await page.context().close();
  }

  /** Tablets: pairing, the desk and its walk-in form, the kiosk from its PIN to the staff desk, the booth. */
  async devices(): Promise<void> {
    const desk = await (await this.browser.newContext()).newPage();
    await desk.goto(this.url('/pair'));
    await this.scan(desk, 'pair', () => desk.locator('#pair-code').waitFor({ timeout: READY_MS }));
    await pairDevice(this.server, desk, 'desk', 'Gate A');
    await this.scan(desk, 'pair: paired', () => desk.getByTestId('paired').waitFor({ timeout: READY_MS }));
    await desk.goto(this.url('/desk'));
    await this.scan(desk, 'desk', () => expect(desk.getByTestId('roster-count')).not.toHaveText('0', { timeout: READY_MS }));
    const badge = this.badges[1]?.badge_code;
    if (badge) {
      await desk.getByLabel('Badge code').fill(badge);
      await desk.getByRole('button', { name: 'Check in', exact: true }).click();
      await this.scan(desk, 'desk: checked in', () => desk.getByTestId('scan-result').waitFor({ timeout: READY_MS }));
    }
    await desk.goto(this.url('/desk/register'));
    await this.scan(desk, 'desk: walk-in form', () => desk.locator('main form').first().waitFor({ timeout: READY_MS }));
    await desk.context().close();

    const kiosk = await (await this.browser.newContext()).newPage();
    await pairDevice(this.server, kiosk, 'kiosk', 'Info kiosk');
    await kiosk.goto(this.url('/kiosk'));
    await this.scan(kiosk, 'kiosk: set PIN', () => kiosk.getByTestId('set-pin').waitFor({ timeout: READY_MS }));
    await kiosk.locator('#kiosk-pin').fill('2580');
    await kiosk.locator('#kiosk-pin-repeat').fill('2580');
    await kiosk.getByRole('button', { name: 'Save PIN and start the kiosk' }).click();
    await this.scan(kiosk, 'kiosk: start', () => kiosk.getByTestId('kiosk-start').waitFor({ timeout: READY_MS }));
    await kiosk.getByRole('button', { name: 'Staff: leave kiosk mode' }).click();
    await this.scan(kiosk, 'kiosk: PIN', () => kiosk.getByLabel('Staff PIN').waitFor({ timeout: READY_MS }));
    await kiosk.getByLabel('Staff PIN').fill('2580');
    await kiosk.getByRole('button', { name: 'Unlock' }).click();
    await this.scan(kiosk, 'kiosk: staff desk', () => kiosk.getByTestId('staff-home').waitFor({ timeout: READY_MS }));
    await kiosk.getByRole('link', { name: 'Complaint or suggestion' }).click();
    await this.scan(kiosk, 'kiosk: complaint form', () => kiosk.getByLabel('What happened?').waitFor({ timeout: READY_MS }));
    await kiosk.context().close();

    if (this.exhibitorId) {
      const booth = await (await this.browser.newContext()).newPage();
      await pairDevice(this.server, booth, 'booth', 'Booth A1', ['--exhibitor', this.exhibitorId]);
      await booth.goto(this.url('/booth'));
      await this.scan(booth, 'booth', () => booth.locator('main').getByRole('heading').first().waitFor({ timeout: READY_MS }));
      await booth.context().close();
    }
  }

  /** The exhibitors' own login. */
  async portal(): Promise<void> {
    const page = await (await this.browser.newContext()).newPage();
    await page.goto(this.url('/exhibitor'));
    await this.scan(page, 'exhibitor portal: login', () => page.locator('main form').first().waitFor({ timeout: READY_MS }));
    await page.context().close();
  }
}
