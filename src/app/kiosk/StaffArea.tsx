/**
 * The information desk, behind the staff PIN: staff-assisted surveys and complaint intake on the
 * same tablet. "Back to kiosk mode" locks it again; replace-navigation keeps the history from
 * leading back here from the kiosk.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useNavigate } from 'react-router';
import { AppHeader } from '../ui/AppHeader';
import { clearDrafts } from '../ui/useDraft';
import { StaffSurvey } from './StaffSurvey';

// The intake form carries the photo handling; it loads when staff open it.
const FeedbackForm = lazy(() => import('./FeedbackForm').then((m) => ({ default: m.FeedbackForm })));

export function StaffArea({ onLock }: { onLock(): void }) {
  const { t } = useTranslation('kiosk');
  const navigate = useNavigate();
  const lock = () => {
    // Half-typed cases and surveys stay with staff: locked, the tablet keeps none of them.
    clearDrafts('kiosk.');
    onLock();
    void navigate('/kiosk', { replace: true });
  };
  return (
    <>
      <AppHeader title={t('staff.title')}>
        <button type="button" className="secondary" onClick={lock} data-testid="kiosk-lock">
          {t('staff.lock')}
        </button>
      </AppHeader>
      <main className="main">
        <nav className="desk-nav" aria-label={t('staff.nav')}>
          <NavLink className="button" to="/kiosk/staff" end replace>
            {t('staff.home')}
          </NavLink>
          <NavLink className="button" to="/kiosk/staff/survey" replace>
            {t('staff.survey')}
          </NavLink>
          <NavLink className="button" to="/kiosk/staff/feedback" replace>
            {t('staff.feedback')}
          </NavLink>
        </nav>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Routes>
            <Route
              index
              element={
                <section className="card" data-testid="staff-home">
                  <h1>{t('staff.title')}</h1>
                  <p>{t('staff.intro')}</p>
                  <p>
                    <a href="/pair">{t('staff.device')}</a>
                  </p>
                </section>
              }
            />
            <Route path="survey" element={<StaffSurvey />} />
            <Route path="feedback" element={<FeedbackForm />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
