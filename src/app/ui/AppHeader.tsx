import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SyncStatusBar } from './SyncStatusBar';
import { UpdateBanner } from '../pwa/UpdateBanner';

export function AppHeader({ title, showSync = true, children }: { title: string; showSync?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <UpdateBanner />
      <header className="app-header">
        <span className="title">
          {t('app.name')} · {title}
        </span>
        {showSync && <SyncStatusBar />}
        {children}
        <LanguageSwitcher />
      </header>
    </>
  );
}
