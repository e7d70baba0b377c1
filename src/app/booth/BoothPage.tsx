import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../ui/AppHeader';
import { useDevice } from '../ui/hooks';

// Card reading (and its worker) loads only when staff open it.
const CardCapture = lazy(() => import('../cards/CardCapture'));

/** The exhibitor's booth: paired to one exhibitor; lead capture is built on this screen. */
export function BoothPage() {
  const { t } = useTranslation();
  const { device } = useDevice();
  const [readingCard, setReadingCard] = useState(false);
  return (
    <>
      <AppHeader title={t('mode.booth')} />
      <main className="main">
        <div className="card">
          <h1>{t('mode.booth')}</h1>
          <p>{t('pair.pairedAs', { name: device?.deviceName ?? '', role: t('mode.booth') })}</p>
          {!readingCard && (
            <button type="button" onClick={() => setReadingCard(true)}>
              {t('cards:open')}
            </button>
          )}
        </div>
        {readingCard && (
          <Suspense fallback={null}>
            {/* Lead capture will keep what is confirmed; until then the card is only read. */}
            <CardCapture onConfirm={() => setReadingCard(false)} onCancel={() => setReadingCard(false)} />
          </Suspense>
        )}
      </main>
    </>
  );
}
