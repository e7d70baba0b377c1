import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/schema/common';
import { AppHeader } from './AppHeader';
import { useDevice } from './hooks';

/** A mode screen only for a device paired in that role; otherwise says what to do instead. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const { device, loading } = useDevice();
  if (loading) return null;
  if (device?.role === role) return <>{children}</>;
  return (
    <>
      <AppHeader title={t(`mode.${role}`)} showSync={!!device} />
      <main className="main">
        <div className="card">
          <p>{device ? t('mode.pairedAsOther', { role: t(`mode.${device.role}`) }) : t('mode.notPaired')}</p>
          <a className="button" href={device ? `/${device.role}` : '/pair'}>
            {device ? t('mode.goTo', { role: t(`mode.${device.role}`) }) : t('home.pairDevice')}
          </a>
        </div>
      </main>
    </>
  );
}
