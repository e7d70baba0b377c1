/**
 * `leads`: one exhibitor's leads (the whole team's) as JSON, CSV, XLSX or vCard; setting the
 * exhibitor's products and qualification questions and the organizer's questions from JSON files;
 * and making exhibitor logins.
 */
import { readFile } from 'node:fs/promises';
import { writePrivateFile } from '../../db/privateFiles';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { englishIssues } from '../../../core/api/problems';
import { boothProfileInputSchema, organizerQuestionsDocSchema } from '../../../core/leads/profile';
import { isUuid } from '../../../core/ids';
import { LEAD_FILE_FORMATS, leadFile, type LeadFileFormat } from '../../leads/files';
import { listExhibitorLeads } from '../../leads/store';
import { putEventDoc } from '../../events/eventDocs';
import { requireEvent } from '../../events/events';
import {
  createExhibitorAccount,
  endExhibitorSessions,
  ExhibitorAccountError,
  findExhibitorAccount,
  listExhibitorAccounts,
  newLoginPassword,
  resetExhibitorPassword,
  setExhibitorLoginDisabled,
} from '../../auth/exhibitorAccounts';
import { putBoothProfile } from '../../leads/exhibitors';
import { eventTimeZone } from '../../stats/settings';
import { eventTime } from '../eventTime';
import { UsageError, type CliCommand, type CliContext } from '../context';

async function readJson(ctx: CliContext, file: string | undefined): Promise<unknown> {
  if (!file) throw new UsageError('give a JSON file');
  try {
    return JSON.parse(await readFile(path.resolve(ctx.cwd, file), 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

function exhibitorArg(id: string | undefined): string {
  if (!id || !isUuid(id)) throw new UsageError('give the exhibitor id (list them with: npx showfloor exhibitors)');
  return id;
}

export const leadsCommand: CliCommand = {
  summary: "an exhibitor's leads; its products and questions; the organizer's questions; exhibitor logins",
  usage: 'leads list|products|questions|account|logins|disable|enable|reset-password|end-sessions … (see README, Booth)',
  needsDb: true,
  async run(ctx, args) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { exhibitor: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, password: { type: 'string' }, 'all': { type: 'boolean' }, json: { type: 'boolean' } },
    });
    const [action, ...rest] = positionals;
    const event = await requireEvent(ctx.db);
    switch (action) {
      case 'list': {
        // leads list --exhibitor ID [--format json|csv|xlsx|vcf] [--out FILE] [--all]
        const exhibitorId = exhibitorArg(values.exhibitor);
        const format = values.format ?? 'json';
        let body: Buffer;
        if (format === 'json') {
          body = Buffer.from(JSON.stringify(await listExhibitorLeads(ctx.db, event.id, exhibitorId, { includeDeleted: values.all ?? false }), null, 2) + '\n');
        } else if ((LEAD_FILE_FORMATS as readonly string[]).includes(format)) {
          body = (await leadFile(ctx.db, event.id, exhibitorId, format as LeadFileFormat, values.lang ?? 'zh-CN')).body;
        } else throw new UsageError(`--format must be json or one of ${LEAD_FILE_FORMATS.join(', ')}`);
        if (values.out) await writePrivateFile(path.resolve(ctx.cwd, values.out), body);
        else ctx.out(body.toString(format === 'xlsx' ? 'base64' : 'utf8').replace(/\n$/, ''));
        return 0;
      }
      case 'products': {
        // leads products ID FILE.json: {"products": [{id, name}], "questions": [...]}
        const exhibitorId = exhibitorArg(rest[0]);
        const parsed = boothProfileInputSchema.safeParse(await readJson(ctx, rest[1]));
        if (!parsed.success) throw new UsageError(englishIssues(parsed.error.issues));
        if (!(await putBoothProfile(ctx.db, event.id, exhibitorId, parsed.data))) throw new UsageError(`no exhibitor ${exhibitorId} in this event`);
        ctx.out(`saved ${parsed.data.products.length} product(s) and ${parsed.data.questions.length} question(s)`);
        return 0;
      }
      case 'questions': {
        // leads questions FILE.json: {"questions": [...]} asked at every booth
        const parsed = organizerQuestionsDocSchema.safeParse(await readJson(ctx, rest[0]));
        if (!parsed.success) throw new UsageError(englishIssues(parsed.error.issues));
        await putEventDoc(ctx.db, event.id, 'lead_questions', parsed.data, ['booth']);
        ctx.out(`saved ${parsed.data.questions.length} question(s) for every booth`);
        return 0;
      }
      case 'account': {
        // leads account ID USERNAME [--password P]: an exhibitor login (a password is made when none is given)
        const exhibitorId = exhibitorArg(rest[0]);
        const username = rest[1];
        if (!username) throw new UsageError('give the user name');
        const password = values.password ?? newLoginPassword();
        try {
          await createExhibitorAccount(ctx.db, { eventId: event.id, exhibitorId, username, password, createdBy: 'cli' });
        } catch (error) {
          if (error instanceof ExhibitorAccountError) throw new UsageError(error.message);
          throw error;
        }
        ctx.out(values.password ? `created ${username}` : `created ${username} with password ${password}`);
        return 0;
      }
      case 'logins': {
        // leads logins [--json]: every exhibitor login, whether it is switched off, its open sessions
        const list = await listExhibitorAccounts(ctx.db, event.id);
        const timeZone = await eventTimeZone(ctx.db, event.id);
        if (values.json) ctx.out(JSON.stringify(list));
        else for (const a of list) ctx.out(`${a.username}  exhibitor ${a.exhibitorId}  ${a.disabledAt ? `OFF since ${eventTime(a.disabledAt, timeZone)}` : 'on'}  ${a.sessions} session(s)`);
        return 0;
      }
      case 'disable':
      case 'enable':
      case 'reset-password':
      case 'end-sessions': {
        // leads disable|enable|reset-password|end-sessions USERNAME [--password P]
        const account = rest[0] ? await findExhibitorAccount(ctx.db, event.id, rest[0]) : null;
        if (!account) throw new UsageError(rest[0] ? `no exhibitor login ${rest[0]} in this event (list them with: leads logins)` : 'give the login’s user name');
        let said: string;
        if (action === 'reset-password') {
          let reset;
          try {
            reset = await resetExhibitorPassword(ctx.db, event.id, account.id, values.password);
          } catch (error) {
            if (error instanceof ExhibitorAccountError) throw new UsageError(error.message);
            throw error;
          }
          if (!reset) throw new UsageError(`no exhibitor login ${account.username}`);
          said = `${account.username}: new password${values.password ? '' : ` ${reset.password}`}; ${reset.endedSessions} session(s) ended`;
        } else if (action === 'end-sessions') {
          said = `${account.username}: ${await endExhibitorSessions(ctx.db, event.id, account.id)} session(s) ended`;
        } else {
          const ended = await setExhibitorLoginDisabled(ctx.db, event.id, account.id, action === 'disable', 'cli');
          said = action === 'disable' ? `${account.username} switched off; ${ended ?? 0} session(s) ended` : `${account.username} switched on`;
        }
        ctx.out(values.json ? JSON.stringify({ username: account.username, action, message: said }) : said);
        return 0;
      }
      default:
        throw new UsageError(
          'leads list --exhibitor ID | products ID FILE.json | questions FILE.json | account ID USERNAME [--password P] | logins | disable|enable|reset-password|end-sessions USERNAME [--password P]',
        );
    }
  },
};
