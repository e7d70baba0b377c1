/** The post-show report's retention section: this edition against the previous one, both sides. */
import type { ReportRetention } from '../../core/stats/report';
import type { Db, Queryable } from '../db/types';
import { linkPending } from './link';
import { retentionFigures, editionWindow } from './retention';

/** Walk-ins registered since the last link run are linked first (when not inside a transaction), so they count. */
export async function retentionSection(db: Db | Queryable, eventId: string): Promise<ReportRetention> {
  if ('transaction' in db) {
    const { rows } = await db.query('SELECT 1 FROM customer_link_queue WHERE event_id = $1 LIMIT 1', [eventId]);
    if (rows.length) await linkPending(db, { eventId });
  }
  const [w, f] = await Promise.all([editionWindow(db, eventId), retentionFigures(db, eventId)]);
  const side = ({ lostBefore: _lostBefore, ...rest }: typeof f.visitors) => rest;
  return {
    previous: w.previous ? { name: w.previous.name, edition: w.previous.edition } : null,
    edition: w.current.edition,
    visitors: side(f.visitors),
    exhibitors: { ...side(f.exhibitors), renewalRatePct: f.exhibitors.renewalRatePct },
    countedApart: { press: f.countedApart.press, staff: f.countedApart.staff },
  };
}
