import { useTranslation } from 'react-i18next';
import { AppHeader } from '../ui/AppHeader';
import { useDevice } from '../ui/hooks';

/** The exhibitor's booth: paired to one exhibitor; lead capture is built on this screen. */
export function BoothPage() {
  const { t } = useTranslation();
  const { device } = useDevice();
  return (
    <>
      <AppHeader title={t('mode.booth')} />
      <main className="main">
        <div className="card">
          <h1>{t('mode.booth')}</h1>
          <p>{t('pair.pairedAs', { name: device?.deviceName ?? '', role: t('mode.booth') })}</p>
        </div>
      </main>
    </>
  );
}
