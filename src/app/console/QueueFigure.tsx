import { useTranslation } from 'react-i18next';
import { relativeTime } from '../ui/time';

/**
 * A device's queue as the device itself reported it after its last acknowledged batch, and how
 * old that figure is: a device that has been silent for an hour may have captured more since.
 */
export function QueueFigure({ unsynced, reportedAt, now }: { unsynced: number | null; reportedAt: string | null; now: number }) {
  const { t } = useTranslation('console');
  if (unsynced === null) return <>–</>;
  const age = relativeTime(reportedAt, now);
  return (
    <>
      <span data-testid="queue-size">{unsynced}</span>
      <div className="muted" data-testid="queue-age">
        {age ? t('devices.queueReported', { age }) : t('devices.queueAgeUnknown')}
      </div>
    </>
  );
}
