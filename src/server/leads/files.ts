/** The exhibitor team's leads as a file: CSV, XLSX (same columns as the booth device's export) or vCard. */
import { exportLanguage, leadColumns } from '../../core/leads/exportTable';
import { leadsToVcf } from '../../core/leads/vcardExport';
import type { ServerLead } from '../../core/leads/schema';
import { renderTable } from '../export/table';
import type { Queryable } from '../db/types';
import { getBoothProfile } from './exhibitors';
import { getEventDoc } from '../events/eventDocs';
import { questionsForBooth, type OrganizerQuestionsDoc } from '../../core/leads/profile';
import { listExhibitorLeads } from './store';
import type { LeadFileFormat } from '../../core/api/common';

export { LEAD_FILE_FORMATS, LEAD_FILE_TYPES, type LeadFileFormat } from '../../core/api/common';

export async function leadFile(db: Queryable, eventId: string, exhibitorId: string, format: LeadFileFormat, lang: string): Promise<{ body: Buffer; leads: ServerLead[] }> {
  const leads = await listExhibitorLeads(db, eventId, exhibitorId);
  if (format === 'vcf') return { body: Buffer.from(leadsToVcf(leads), 'utf8'), leads };
  const [profile, organizer] = await Promise.all([getBoothProfile(db, eventId, exhibitorId), getEventDoc<OrganizerQuestionsDoc>(db, eventId, 'lead_questions')]);
  const columns = leadColumns({
    lang: exportLanguage(lang),
    products: profile?.products ?? [],
    questions: questionsForBooth(organizer?.questions ?? [], profile?.questions ?? []),
  });
  return { body: await renderTable(format, columns, leads, 'Leads'), leads };
}
