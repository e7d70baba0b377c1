import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { countCheckinsSince, rosterSize } from '../data/checkins';
import { walkInsSince } from '../data/visitors';
import { useSyncStatus, useUnsyncedCount } from '../ui/hooks';
import { ProgressBar } from '../ui/ProgressBar';

function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

/**
 * The desk's counters and the roster pull's progress. Their live queries live here, not in the
 * desk page: each answer then redraws these few elements, not the whole desk (decisions, 36).
 */
export function DeskFigures() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const unsynced = useUnsyncedCount();
  const today = useLiveQuery(() => countCheckinsSince(startOfToday()), []) ?? 0;
  const roster = useLiveQuery(rosterSize, []) ?? 0;
  const walkIns = useLiveQuery(() => walkInsSince(startOfToday()), []) ?? 0;
  const pulling = status.pulling?.stream === 'roster' ? status.pulling : null;
  return (
    <>
      {pulling && <ProgressBar done={pulling.done} total={pulling.total} label={t('desk.rosterProgress', { done: pulling.done, total: pulling.total })} />}
      <div className="figures" aria-label={t('desk.figures')}>
        <div className="figure">
          <div className="value" data-testid="today-count">
            {today}
          </div>
          <div className="label">{t('desk.checkedInToday')}</div>
        </div>
        <div className="figure">
          <div className="value" data-testid="walkins-today">
            {walkIns}
          </div>
          <div className="label">{t('desk.walkInsToday')}</div>
        </div>
        <div className="figure">
          <div className="value">{unsynced}</div>
          <div className="label">{t('desk.unsynced')}</div>
        </div>
        <div className="figure">
          <div className="value" data-testid="roster-count">
            {roster}
          </div>
          <div className="label">{t('desk.rosterSize')}</div>
        </div>
      </div>
    </>
  );
}
