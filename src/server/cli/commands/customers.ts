/**
 * `customers`: the organizer's customer database from the shell until the console has its pages —
 * a customer's page, the list by stage, owner or source, notes and stage moves, lost reasons and
 * win-back, prospects, and the hand on links (merge, split, unlink, undo, suggestions).
 */
import { parseArgs } from 'node:util';
import type { CustomerKind } from '../../../core/customers/matching';
import { isStage, type NoteKind, type Source } from '../../../core/customers/pipeline';
import { isUuid } from '../../../core/ids';
import { addNote, createProspect, CustomerInputError, listCustomers, moveStage, recordLostReason, setSourceAndOwner } from '../../customers/crm';
import { linkPending } from '../../customers/link';
import { lostCustomers, lostSummary, markRecovered } from '../../customers/lost';
import { CustomerMoveError, decideReview, listReviews, mergeCustomers, splitRecords, undoMove, unlinkRecord } from '../../customers/moves';
import { customerPage } from '../../customers/page';
import { EditionError } from '../../editions/editions';
import { requireEvent } from '../../events/events';
import { UsageError, type CliCommand } from '../context';

const id = (value: string | undefined, what: string): string => {
  if (!value || !isUuid(value)) throw new UsageError(`give the ${what} id`);
  return value;
};

export const customersCommand: CliCommand = {
  summary: 'contacts and companies across editions: show, list, note, stage, lost reasons, win-back, prospects, merge/split/unlink/undo, suggestions',
  usage:
    'customers show ID | list [--kind K] [--stage S] [--owner O] [--source S] [--q TEXT] | note ID --kind call|visit|email|letter|note --text T [--win-back] | stage ID STAGE [--note T] | ' +
    'set ID [--source S] [--owner O] | lost-reason ID --reason R [--note T] [--event E] | lost [--side visitors|exhibitors] [--event E] | recovered ID | ' +
    'prospect NAME --kind contact|company [--company C] [--credit-code X] [--mobile M] [--email E] [--source S] [--owner O] | merge INTO FROM | split ID RECORD… | unlink RECORD | undo MOVE | reviews [--kind K] | review ID link|distinct   (all with --json)',
  needsDb: true,
  async run(ctx, args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        kind: { type: 'string' },
        stage: { type: 'string' },
        owner: { type: 'string' },
        source: { type: 'string' },
        q: { type: 'string' },
        text: { type: 'string' },
        note: { type: 'string', default: '' },
        'win-back': { type: 'boolean', default: false },
        reason: { type: 'string' },
        event: { type: 'string' },
        side: { type: 'string', default: 'exhibitors' },
        company: { type: 'string' },
        'credit-code': { type: 'string' },
        mobile: { type: 'string' },
        email: { type: 'string' },
        after: { type: 'string' },
        limit: { type: 'string', default: '100' },
      },
    });
    const [action, ...rest] = positionals;
    const print = (value: unknown, text: string) => ctx.out(values.json ? JSON.stringify(value) : text);
    const limit = Math.min(1000, Math.max(1, Number(values.limit) || 100));
    // --kind is the customer's kind for list, prospect and reviews, and the note's kind for note.
    const customerKind = (): CustomerKind | undefined => {
      const kind = values.kind;
      if (kind !== undefined && kind !== 'contact' && kind !== 'company') throw new UsageError('--kind must be contact or company');
      return kind;
    };
    try {
      switch (action) {
        case 'show': {
          const page = await customerPage(ctx.db, id(rest[0], 'customer'));
          if (!page) {
            ctx.err(`no customer ${rest[0]}`);
            return 1;
          }
          print(page, JSON.stringify(page, null, 2));
          return 0;
        }
        case 'list': {
          if (values.stage && !isStage(values.stage)) throw new UsageError(`"${values.stage}" is not a stage`);
          const page = await listCustomers(ctx.db, { kind: customerKind(), stage: values.stage as never, owner: values.owner, source: values.source, q: values.q }, { after: values.after ?? null, limit });
          print(page, [...page.rows.map((r) => `${r.id}  ${r.kind}  ${r.name}  ${r.company}  ${r.stage ?? '–'}  ${r.owner}`), `${page.total} customer(s)`].join('\n'));
          return 0;
        }
        case 'note': {
          if (!values.kind || !values.text) throw new UsageError('give --kind and --text');
          const note = await addNote(ctx.db, id(rest[0], 'customer'), { kind: values.kind as NoteKind, text: values.text, winBack: values['win-back'], eventId: values.event ?? null }, 'cli');
          print({ id: note }, `noted (${note})`);
          return 0;
        }
        case 'stage': {
          const moved = await moveStage(ctx.db, id(rest[0], 'customer'), rest[1] ?? '', 'cli', values.note);
          print({ moved }, moved ? `moved to ${rest[1]}` : `already at ${rest[1]}`);
          return 0;
        }
        case 'set': {
          await setSourceAndOwner(ctx.db, id(rest[0], 'customer'), { source: values.source, owner: values.owner });
          print({ ok: true }, 'saved');
          return 0;
        }
        case 'lost-reason': {
          if (!values.reason) throw new UsageError('give --reason positioning|quality|market|service|own|social');
          const eventId = values.event ?? (await requireEvent(ctx.db)).id;
          await recordLostReason(ctx.db, id(rest[0], 'customer'), eventId, values.reason, values.note, 'cli');
          print({ ok: true }, 'saved');
          return 0;
        }
        case 'lost': {
          if (values.side !== 'visitors' && values.side !== 'exhibitors') throw new UsageError('--side must be visitors or exhibitors');
          await linkPending(ctx.db);
          const eventId = values.event ?? (await requireEvent(ctx.db)).id;
          const [summary, page] = await Promise.all([lostSummary(ctx.db, eventId, values.side), lostCustomers(ctx.db, eventId, values.side, { after: values.after ?? null, limit })]);
          print(
            { summary, ...page },
            [
              ...page.rows.map((r) => `${r.id}  ${r.name}  ${r.tier ?? ''}  ${r.reason?.reason ?? 'reason unknown'}  ${r.recovered ? 'won back' : ''}`),
              `${summary.lost} lost, ${summary.withReason} with a reason, ${summary.recovered} won back (${summary.recoveredPct ?? '–'}%)`,
            ].join('\n'),
          );
          return 0;
        }
        case 'recovered': {
          const moved = await markRecovered(ctx.db, id(rest[0], 'customer'), 'cli', values.note);
          print({ moved }, moved ? 'marked won back' : 'already won back');
          return 0;
        }
        case 'prospect': {
          const kind = customerKind();
          if (!kind) throw new UsageError('give --kind contact or company');
          const created = await createProspect(
            ctx.db,
            { kind, name: rest.join(' '), company: values.company, creditCode: values['credit-code'], mobile: values.mobile, email: values.email, source: values.source as Source | undefined, owner: values.owner },
            'cli',
          );
          print({ id: created }, created);
          return 0;
        }
        case 'merge': {
          const moveId = await mergeCustomers(ctx.db, id(rest[0], 'customer to keep'), id(rest[1], 'customer to merge'), 'cli', values.note);
          print({ moveId }, `merged (undo: customers undo ${moveId})`);
          return 0;
        }
        case 'split': {
          const done = await splitRecords(ctx.db, id(rest[0], 'customer'), rest.slice(1).map((r) => id(r, 'record')), 'cli', values.note);
          print(done, `split into ${done.customerId} (undo: customers undo ${done.moveId})`);
          return 0;
        }
        case 'unlink': {
          const done = await unlinkRecord(ctx.db, id(rest[0], 'record'), 'cli', values.note);
          print(done, `the record now has a customer of its own: ${done.customerId} (undo: customers undo ${done.moveId})`);
          return 0;
        }
        case 'undo': {
          if (!rest[0] || !/^\d+$/.test(rest[0])) throw new UsageError('give the move number');
          await undoMove(ctx.db, rest[0], 'cli');
          print({ ok: true }, 'undone');
          return 0;
        }
        case 'reviews': {
          const page = await listReviews(ctx.db, customerKind() ?? 'contact', { after: values.after ?? null, limit });
          print(page, page.rows.map((r) => `${r.id}  ${r.signal}  record ${r.recordId} (customer ${r.recordCustomer}) ↔ customer ${r.customerId}`).join('\n') || 'nothing to review');
          return 0;
        }
        case 'review': {
          if (rest[1] !== 'link' && rest[1] !== 'distinct') throw new UsageError('give the suggestion number and link or distinct');
          const done = await decideReview(ctx.db, rest[0] ?? '', rest[1], 'cli');
          print(done, done.moveId ? `linked (undo: customers undo ${done.moveId})` : 'kept apart');
          return 0;
        }
        default:
          throw new UsageError(`unknown action "${action ?? ''}"`);
      }
    } catch (error) {
      if (error instanceof CustomerInputError || error instanceof CustomerMoveError || error instanceof EditionError) {
        ctx.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};
