import { useTranslation } from 'react-i18next';
import { AppHeader } from '../ui/AppHeader';
import { useDevice } from '../ui/hooks';

/** The information-booth kiosk: self-service surveys are built on this screen. */
export function KioskPage() {
  const { t } = useTranslation();
  const { device } = useDevice();
  return (
    <>
      <AppHeader title={t('mode.kiosk')} />
      <main className="main">
        <div className="card">
          <h1>{t('mode.kiosk')}</h1>
          <p>{t('pair.pairedAs', { name: device?.deviceName ?? '', role: t('mode.kiosk') })}</p>
        </div>
      </main>
    </>
  );
}
