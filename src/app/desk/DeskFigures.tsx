import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deskDayFigures, rosterSize } from '../data/checkins';
import { walkInsSince } from '../data/visitors';
import { useSyncStatus, useUnsyncedCount } from '../ui/hooks';
import { ProgressBar } from '../ui/ProgressBar';

function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

function Figure({ value, label, testId }: { value: number; label: string; testId?: string }) {
  return (
    <div className="figure">
      <div className="value" data-testid={testId}>
        {value}
      </div>
      <div className="label">{label}</div>
    </div>
  );
}

/**
 * The desk's counters and the roster pull's progress. Their live queries live here, not in the
 * desk page: each answer then redraws these few elements, not the whole desk (decisions, 36).
 */
export function DeskFigures() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const unsynced = useUnsyncedCount();
  const day = useLiveQuery(() => deskDayFigures(), []) ?? { people: 0, scans: 0, flagged: 0 };
  const roster = useLiveQuery(rosterSize, []) ?? 0;
  const walkIns = useLiveQuery(() => walkInsSince(startOfToday()), []) ?? 0;
  const pulling = status.pulling?.stream === 'roster' ? status.pulling : null;
  return (
    <>
      {pulling && <ProgressBar done={pulling.done} total={pulling.total} label={t('desk.rosterProgress', { done: pulling.done, total: pulling.total })} />}
      <div className="figures" aria-label={t('desk.figures')}>
        <Figure value={day.people} label={t('desk.peopleToday')} testId="today-count" />
        <Figure value={day.scans} label={t('desk.scansToday')} testId="scans-today" />
        <Figure value={day.flagged} label={t('desk.flaggedToday')} testId="flagged-today" />
        <Figure value={walkIns} label={t('desk.walkInsToday')} testId="walkins-today" />
        <Figure value={unsynced} label={t('desk.unsynced')} />
        <Figure value={roster} label={t('desk.rosterSize')} testId="roster-count" />
      </div>
    </>
  );
}
