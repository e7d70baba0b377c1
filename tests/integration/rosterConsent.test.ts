/**
 * Consent from the registration system: a roster's "同意分享给展商" column decides whether booths
 * get a pre-registered visitor's email and mobile on their lead; bad yes/no cells are reported by line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { newLead } from '../../src/core/leads/merge';
import type { Lead, ServerLead } from '../../src/core/leads/schema';
import { importRosterCommand } from '../../src/server/cli/commands/importRoster';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { pairDevice, pull, push, runCli, tempDir, utf8WithBom, type PairedDevice } from './support';

const ROSTER = [
  '编号,姓名,公司,手机,邮箱,同意分享给展商,同意使用',
  'R1,张伟,华南机械有限公司,13800138001,zhang@example.cn,是,是',
  'R2,李娜,Contoso,13800138002,li@example.cn,否,是',
  'R3,王芳,Fabrikam,13800138003,wang@example.cn,,',
  'R4,赵强,Northwind,13800138004,zhao@example.cn,也许,yes',
];

interface Row {
  id: string;
  ref: string;
  name: string;
  company: string;
  badge_code: string;
  consent_share: boolean | null;
  consent_data: boolean | null;
}

function badgeLead(booth: PairedDevice, visitor: Row): Lead {
  return newLead(
    { ...booth, staff: booth.name },
    { source: 'badge', badgeCode: visitor.badge_code, attendeeId: visitor.id, contact: { ...emptyCardFields(), name: visitor.name, company: visitor.company } },
  );
}

describe.each(DATABASES)('roster consent on %s', (kind) => {
  let server: TestServer;
  let booth: PairedDevice;
  const files = tempDir();
  const importCsv = async (lines: string[]) =>
    runCli(server, importRosterCommand, [await files.write('roster.csv', utf8WithBom(`${lines.join('\n')}\n`)), '--json'], files.dir);
  const attendees = async () => {
    const { rows } = await server.db.query<Row>('SELECT id, ref, name, company, badge_code, consent_share, consent_data FROM attendees WHERE event_id = $1', [
      server.event.id,
    ]);
    return new Map(rows.map((r) => [r.ref, r]));
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const acme = await createExhibitor(server.db, server.event.id, 'Acme 机械');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: acme.id, name: '王经理' });
  });
  afterAll(async () => {
    files.remove();
    await server?.close();
  });

  it('imports consent columns and reports a cell that is not yes/no by its line', async () => {
    const run = await importCsv(ROSTER);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.out[0] ?? '{}') as { inserted: number; problems: Array<{ line: number; field?: string; message: string }> };
    expect(report.inserted).toBe(3);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ line: 5, field: 'consentShare' });
    expect(report.problems[0]?.message).toContain('也许');
    const byRef = await attendees();
    expect(byRef.get('R1')).toMatchObject({ consent_share: true, consent_data: true });
    expect(byRef.get('R2')).toMatchObject({ consent_share: false, consent_data: true });
    expect(byRef.get('R3')).toMatchObject({ consent_share: null, consent_data: null });
    expect(byRef.has('R4')).toBe(false);
  });

  it('a booth lead gets email and mobile only for the roster visitor who consented', async () => {
    const byRef = await attendees();
    const leads = ['R1', 'R2', 'R3'].map((ref) => badgeLead(booth, byRef.get(ref)!));
    const results = await push(
      server,
      booth,
      leads.map((lead, k) => ({ id: newId(), seq: k + 1, type: 'lead', op: 'create', data: lead, capturedAt: lead.updatedAt })),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const page = await pull(server, booth.token, { stream: 'leads', since: '0', limit: 5000 });
    const got = new Map(page.changes.filter((c) => c.kind === 'lead').map((c) => [(c.data as ServerLead).attendeeId, c.data as ServerLead]));
    expect(got.get(byRef.get('R1')!.id)?.shared).toEqual({ email: 'zhang@example.cn', mobile: '+8613800138001' });
    expect(got.get(byRef.get('R2')!.id)?.shared).toBeNull();
    expect(got.get(byRef.get('R3')!.id)?.shared).toBeNull();
  });

  it('re-importing withdraws consent from the lead; a file without the column keeps what was said', async () => {
    const withdrawn = ROSTER.slice(0, 2).map((l) => (l.startsWith('R1') ? 'R1,张伟,华南机械有限公司,13800138001,zhang@example.cn,no,1' : l));
    expect((await importCsv(withdrawn)).code).toBe(0);
    const { rows } = await server.db.query<{ shared_email: string; shared_mobile: string }>(
      'SELECT l.shared_email, l.shared_mobile FROM leads l JOIN attendees a ON a.id = l.attendee_id WHERE a.ref = $1',
      ['R1'],
    );
    expect(rows).toEqual([{ shared_email: '', shared_mobile: '' }]);

    expect((await importCsv(['编号,姓名,公司,手机,邮箱', 'R2,李娜,Contoso,13800138002,li@example.cn'])).code).toBe(0);
    expect((await attendees()).get('R2')).toMatchObject({ consent_share: false, consent_data: true });
  });
});
