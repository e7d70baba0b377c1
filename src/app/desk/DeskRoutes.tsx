import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { AppHeader } from '../ui/AppHeader';
import { DeskNav } from './DeskNav';
import { DeskPage } from './DeskPage';

// The form (phone validation metadata) and printing (QR encoder) load on first use, not with the desk.
const WalkInPage = lazy(() => import('./WalkInPage').then((m) => ({ default: m.WalkInPage })));
const BadgePrint = lazy(() => import('./BadgePrint').then((m) => ({ default: m.BadgePrint })));

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={t('mode.desk')} />
      <main className="main">
        <DeskNav />
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{children}</Suspense>
      </main>
    </>
  );
}

export function DeskRoutes() {
  return (
    <Routes>
      <Route index element={<DeskPage />} />
      <Route
        path="register"
        element={
          <Shell>
            <WalkInPage />
          </Shell>
        }
      />
      <Route
        path="print/:id"
        element={
          <Shell>
            <BadgePrint />
          </Shell>
        }
      />
    </Routes>
  );
}
