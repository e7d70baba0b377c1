/** Cases (complaints, suggestions…) as a table, with every step's time and the service-level state. */
import type { FeedbackItem } from '../../core/feedback/console';
import type { FeedbackCategory } from '../../core/feedback/schema';
import { localized } from '../../core/schema/localized';
import type { Column } from './table';

const minutesBetween = (from: string, to: string | null) => (to ? Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000) : null);

export function feedbackColumns(categories: readonly FeedbackCategory[], lang: string): Array<Column<FeedbackItem>> {
  const label = (value: string) => {
    const c = categories.find((x) => x.value === value);
    return c ? localized(c.label, lang) : value;
  };
  return [
    { header: 'case_id', value: (r) => r.id },
    { header: 'type', value: (r) => r.type },
    { header: 'category', value: (r) => label(r.category) },
    { header: 'severity', value: (r) => r.severity },
    { header: 'status', value: (r) => r.status },
    { header: 'overdue', value: (r) => r.overdue.join(' ') },
    { header: 'reported_at', value: (r) => r.reportedAt },
    { header: 'respond_by', value: (r) => r.respondBy },
    { header: 'resolve_by', value: (r) => r.resolveBy },
    { header: 'assigned_at', value: (r) => r.assignedAt },
    { header: 'resolved_at', value: (r) => r.resolvedAt },
    { header: 'answered_at', value: (r) => r.answeredAt },
    { header: 'closed_at', value: (r) => r.closedAt },
    { header: 'minutes_to_answer', value: (r) => minutesBetween(r.reportedAt, r.answeredAt) },
    { header: 'assignee', value: (r) => r.assignee },
    { header: 'channel', value: (r) => r.channel },
    { header: 'audience', value: (r) => r.audience },
    { header: 'preferred_language', value: (r) => r.preferredLanguage },
    { header: 'contact_name', value: (r) => r.contactName },
    { header: 'contact_email', value: (r) => r.contactEmail },
    { header: 'contact_phone', value: (r) => r.contactPhone },
    { header: 'attendee_id', value: (r) => r.attendeeId },
    { header: 'device', value: (r) => r.deviceName },
    { header: 'description', value: (r) => r.description },
  ];
}
