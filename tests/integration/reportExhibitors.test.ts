/**
 * Issue 18 item 7: the report counts exhibitors from the exhibitor list by home country; the CLI
 * and the console take the country when an exhibitor is added; figures entered in the report
 * details count only for a show whose exhibitors are not in the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exhibitorsCommand } from '../../src/server/cli/commands/exhibitors';
import { computeReport } from '../../src/server/stats/report';
import { saveReportDetails } from '../../src/server/stats/settings';
import { requireEvent } from '../../src/server/events/events';
import { EMPTY_REPORT_DETAILS } from '../../src/core/stats/report';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { runCli } from './support';
import { consoleCall, consoleJson, consoleSession, fairSurvey } from './surveySupport';

describe.each(DATABASES)('exhibitors in the report on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('uses the entered figures only while the list is empty, then counts the list by country', async () => {
    const event = await requireEvent(server.db);
    await saveReportDetails(server.db, event.id, { ...EMPTY_REPORT_DETAILS, exhibitorsDomestic: 500, exhibitorsInternational: 80 });
    expect((await computeReport(server.db)).exhibitors).toEqual({ domestic: 500, international: 80, source: 'entered', listed: 0, countryNotSet: 0 });

    expect((await runCli(server, exhibitorsCommand, ['add', '华强电子', '--country', 'cn'])).code).toBe(0);
    expect((await runCli(server, exhibitorsCommand, ['add', 'Acme GmbH', '--country', 'DE'])).code).toBe(0);
    const noCountry = await runCli(server, exhibitorsCommand, ['add', '某公司']);
    expect(noCountry.code).toBe(0);
    expect(noCountry.err.join('\n')).toMatch(/no --country given/);
    expect(await runCli(server, exhibitorsCommand, ['add', 'X', '--country', 'ZZZ']).catch((e: Error) => e.message)).toMatch(/two-letter ISO 3166/);

    // The list wins over the details: what the data knows is not typed again.
    expect((await computeReport(server.db)).exhibitors).toEqual({ domestic: 1, international: 1, source: 'counted', listed: 3, countryNotSet: 1 });
    const listed = JSON.parse((await runCli(server, exhibitorsCommand, ['--json'])).out.join('')) as Array<{ name: string; country: string }>;
    expect(listed.map((x) => [x.name, x.country]).sort()).toEqual([['Acme GmbH', 'DE'], ['华强电子', 'CN'], ['某公司', '']].sort());
  });

  it('takes the country through the console, refusing one that is not a country code, and refuses a thank-you text in one language', async () => {
    const cookie = await consoleSession(server);
    const added = await consoleJson<{ id: string }>(server, cookie, 'POST', '/api/v1/console/exhibitors', { name: 'Harbour Ltd', country: 'HK' });
    const profiles = await consoleJson<{ exhibitors: Array<{ id: string; country: string }> }>(server, cookie, 'GET', '/api/v1/console/report/settings');
    expect(profiles.exhibitors.find((x) => x.id === added.id)?.country).toBe('HK');
    const bad = await consoleCall(server, cookie, 'POST', '/api/v1/console/exhibitors', { name: 'Nowhere Ltd', country: 'XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_request', fields: [{ path: 'country', problem: 'country_code' }] });

    const survey = await consoleJson<{ id: string }>(server, cookie, 'POST', '/api/v1/console/surveys', fairSurvey());
    const oneLanguage = await consoleCall(server, cookie, 'PUT', `/api/v1/console/surveys/${survey.id}`, fairSurvey({ thanks: { 'zh-CN': '谢谢', 'zh-TW': '', en: '' } }));
    expect(oneLanguage.statusCode).toBe(400);
    expect(oneLanguage.json()).toMatchObject({ fields: [{ path: 'thanks', problem: 'needs_all_languages' }] });
  });
});
