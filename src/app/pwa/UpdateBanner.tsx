import { useTranslation } from 'react-i18next';
import { useOnline, useSyncStatus } from '../ui/hooks';
import { useUpdateState } from './updates';

export function UpdateBanner() {
  const { t } = useTranslation();
  const { available, apply } = useUpdateState();
  const online = useOnline();
  const { running } = useSyncStatus();
  if (!available || !apply) return null;
  const blockedBy = !online ? t('update.waitOnline') : running ? t('update.waitSync') : null;
  return (
    <div className="update-banner" role="alert" data-testid="update-banner">
      <span>{t('update.available')}</span>
      <button type="button" className="secondary" disabled={!!blockedBy} onClick={() => apply()}>
        {t('update.apply')}
      </button>
      {blockedBy && <span>{blockedBy}</span>}
    </div>
  );
}
