/**
 * The live dashboard: visitor figures from the attendance summaries, plus what other features
 * record (survey scores, complaints, leads, the device fleet), each read through that feature's
 * own service so the dashboard shows exactly what its screen shows.
 */
import path from 'node:path';
import { feedbackFigures } from '../../core/feedback/sla';
import { showDay } from '../../core/stats/rules';
import type { Dashboard } from '../../core/stats/schema';
import { computeResults } from '../../core/surveys/results';
import type { Queryable } from '../db/types';
import { listDevices } from '../devices/devices';
import { getSla, listFeedback } from '../feedback/feedback';
import { listResponses, listSurveys, surveyVersions } from '../surveys/surveys';
import { staleCount } from '../visitors/classify';
import { openImportRun } from '../roster/importRuns';
import { leadFigures } from '../visitors/integrations';
import { distributions, headline, hourly, uniqueByDay, uniqueOnDay } from './figures';
import { eventTimeZone } from './settings';

export async function surveyFigures(db: Queryable, eventId: string, timeZone: string): Promise<Dashboard['surveys']> {
  const surveys = await listSurveys(db, eventId);
  return Promise.all(
    surveys.map(async (s) => {
      const [versions, responses] = await Promise.all([surveyVersions(db, eventId, s.id), listResponses(db, eventId, s.id, null)]);
      const results = computeResults(versions, responses, { timeZone, maxTexts: 0 });
      const nps = results.headline.nps;
      const csat = results.headline.csat;
      return {
        surveyId: s.id,
        title: s.title,
        responses: results.total,
        nps: nps ? { n: nps.n, score: nps.score } : null,
        csat: csat ? { n: csat.n, score: csat.score } : null,
      };
    }),
  );
}

/** Complaints only (not suggestions or praise): open, and overdue against the service levels. */
export async function complaintFigures(db: Queryable, eventId: string, now: Date): Promise<Dashboard['complaints']> {
  const [{ items }, sla] = await Promise.all([listFeedback(db, eventId, now), getSla(db, eventId)]);
  const f = feedbackFigures(
    items.filter((i) => i.type === 'complaint'),
    sla,
    now,
  );
  return { total: f.total, open: f.open, overdue: f.overdue };
}

export async function dashboard(db: Queryable, eventId: string, now: Date = new Date()): Promise<Dashboard> {
  const timeZone = await eventTimeZone(db, eventId);
  const today = showDay(now.toISOString(), timeZone);
  const [h, uniqueToday, hours, byDay, dist, leads, surveys, complaints, devices, unclassified, rosterSize, run] = await Promise.all([
    headline(db, eventId),
    uniqueOnDay(db, eventId, today),
    hourly(db, eventId, today),
    uniqueByDay(db, eventId),
    distributions(db, eventId),
    leadFigures(db, eventId),
    surveyFigures(db, eventId, timeZone),
    complaintFigures(db, eventId, now),
    listDevices(db, eventId),
    staleCount(db, eventId),
    db.query<{ n: number }>('SELECT count(*)::int AS n FROM attendees WHERE event_id = $1', [eventId]).then((r) => r.rows[0]?.n ?? 0),
    openImportRun(db, eventId),
  ]);
  return {
    generatedAt: now.toISOString(),
    timeZone,
    today,
    headline: h,
    uniqueToday,
    hourly: hours,
    byDay,
    distributions: dist,
    leads,
    surveys,
    complaints,
    devices,
    unclassified,
    rosterSize,
    rosterImport: run && { state: run.state, file: path.basename(run.source), done: run.done, total: run.total, startedAt: run.startedAt },
  };
}
