import { DEFAULT_VISITOR_FORM, visitorFormSchema, type VisitorForm } from '../../core/forms/visitorForm';
import { db } from '../db/open';

/** The visitor form the organizer configured (pulled with the config), or the default until one arrives. */
export async function loadVisitorForm(): Promise<VisitorForm> {
  const row = await db().config.get(['visitor_form', 'default']);
  const parsed = visitorFormSchema.safeParse(row?.data);
  return parsed.success ? parsed.data : DEFAULT_VISITOR_FORM;
}
