import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { KioskGuard } from './kiosk/KioskGuard';
import { RequireRole } from './ui/RequireRole';
import { useDevice } from './ui/hooks';
import { AppHeader } from './ui/AppHeader';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { boothScreens, deskScreens, kioskScreens } from './screens';

// The console is for the organizer's laptop: loaded on demand, kept out of the tablets' first download.
const ConsoleApp = lazy(() => import('./console/ConsoleApp'));
// Each tablet mode's screens load only on that device (the service worker keeps them for offline use).
const DeskRoutes = deskScreens.component((m) => m.DeskRoutes);
const BoothPage = boothScreens.component((m) => m.BoothPage);
const KioskPage = kioskScreens.component((m) => m.KioskPage);

// The exhibitor's login page: online only, loaded when opened.
const ExhibitorApp = lazy(() => import('./exhibitor/ExhibitorApp'));
// Pairing happens once per device, online: its page and the API schemas stay out of every start.
const PairPage = lazy(() => import('./pair/PairPage').then((m) => ({ default: m.PairPage })));

function Home() {
  const { t } = useTranslation();
  const { device, loading } = useDevice();
  if (loading) return null;
  if (device) return <Navigate to={`/${device.role}`} replace />;
  return (
    <>
      <AppHeader title={t('home.title')} showSync={false} />
      <main className="main">
        <h1>{t('home.welcome')}</h1>
        <p>{t('home.intro')}</p>
        <div className="mode-links">
          <a className="button" href="/pair">
            {t('home.pairDevice')}
          </a>
          <a className="button secondary" href="/console">
            {t('home.openConsole')}
          </a>
        </div>
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={t('notFound.title')} showSync={false} />
      <main className="main">
        <p>{t('notFound.text')}</p>
        <a className="button" href="/">
          {t('notFound.home')}
        </a>
      </main>
    </>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <ErrorBoundary>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route
            path="/pair"
            element={
              <KioskGuard>
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <PairPage />
                </Suspense>
              </KioskGuard>
            }
          />
          <Route
            path="/desk/*"
            element={
              <RequireRole role="desk">
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <DeskRoutes />
                </Suspense>
              </RequireRole>
            }
          />
          <Route
            path="/booth"
            element={
              <RequireRole role="booth">
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <BoothPage />
                </Suspense>
              </RequireRole>
            }
          />
          <Route
            path="/kiosk/*"
            element={
              <RequireRole role="kiosk">
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <KioskPage />
                </Suspense>
              </RequireRole>
            }
          />
          <Route
            path="/console/*"
            element={
              <KioskGuard>
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <ConsoleApp />
                </Suspense>
              </KioskGuard>
            }
          />
          <Route
            path="/exhibitor"
            element={
              <KioskGuard>
                <Suspense fallback={<p className="main">{t('app.loading')}</p>}>
                  <ExhibitorApp />
                </Suspense>
              </KioskGuard>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </BrowserRouter>
    </ErrorBoundary>
  );
}
