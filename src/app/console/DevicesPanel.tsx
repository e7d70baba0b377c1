import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueueFigure } from './QueueFigure';
import { ROLES, type Role } from '../../core/schema/common';
import type { PairingCodeResponse } from '../../core/schema/console';
import { CLOCK_TOLERANCE_MS, isAbsurdSkew } from '../../core/sync/clockSkew';
import { relativeTime } from '../ui/time';
import { useNow } from '../ui/hooks';
import { eventApi } from '../../core/api/console/event';
import { call } from '../net/client';
import { useErrorText } from '../net/errorText';
import { useRefreshing } from './useRefreshing';
import { countryOptions } from '../ui/countries';

/** "2 days", "5 hours", "3 minutes" in the console's language. */
function clockAmount(skewMs: number, lang: string): string {
  const minutes = Math.abs(skewMs) / 60_000;
  const [value, unit] = minutes >= 48 * 60 ? [minutes / 1440, 'day'] : minutes >= 120 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(value);
}

export function DevicesPanel() {
  const { t, i18n } = useTranslation('console');
  const now = useNow(10_000);
  const errorText = useErrorText();
  const devices = useRefreshing(useCallback(() => call(eventApi.devices, {}).then((r) => r.devices), []), 10_000);
  const exhibitors = useRefreshing(useCallback(() => call(eventApi.exhibitors, {}).then((r) => r.exhibitors), []), 60_000);
  const [role, setRole] = useState<Role>('desk');
  const [exhibitorId, setExhibitorId] = useState('');
  const [newExhibitor, setNewExhibitor] = useState('');
  const [newCountry, setNewCountry] = useState('CN');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const [code, setCode] = useState<PairingCodeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function createCode() {
    setError(null);
    if (role === 'booth' && !exhibitorId) return setError(t('devices.chooseExhibitor'));
    try {
      setCode(await call(eventApi.pairingCode, { body: { role, exhibitorId: role === 'booth' ? exhibitorId : null } }));
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function addExhibitor() {
    if (!newExhibitor.trim()) return;
    try {
      const x = await call(eventApi.addExhibitor, { body: { name: newExhibitor.trim(), country: newCountry } });
      setNewExhibitor('');
      setExhibitorId(x.id);
      exhibitors.reload();
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function revoke(id: string, name: string) {
    if (!window.confirm(t('devices.confirmRevoke', { name }))) return;
    try {
      await call(eventApi.revokeDevice, { params: { id } });
      devices.reload();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section className="card">
      <h2>{t('devices.title')}</h2>
      <div className="row">
        <div>
          <label htmlFor="pair-role">{t('devices.role')}</label>
          <select id="pair-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common:mode.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role === 'booth' && (
          <div>
            <label htmlFor="pair-exhibitor">{t('devices.exhibitor')}</label>
            <select id="pair-exhibitor" value={exhibitorId} onChange={(e) => setExhibitorId(e.target.value)}>
              <option value="">{t('devices.chooseExhibitor')}</option>
              {(exhibitors.data ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" onClick={() => void createCode()}>
          {t('devices.createCode')}
        </button>
      </div>
      {role === 'booth' && (
        <div className="row">
          <div>
            <label htmlFor="new-exhibitor">{t('devices.newExhibitor')}</label>
            <input id="new-exhibitor" value={newExhibitor} maxLength={200} onChange={(e) => setNewExhibitor(e.target.value)} />
          </div>
          <div>
            {/* The report counts exhibitors by home country. */}
            <label htmlFor="new-exhibitor-country">{t('devices.exhibitorCountry')}</label>
            <select id="new-exhibitor-country" value={newCountry} onChange={(e) => setNewCountry(e.target.value)}>
              <option value="">{t('devices.countryLater')}</option>
              {countries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="secondary" onClick={() => void addExhibitor()}>
            {t('devices.addExhibitor')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      {code && (
        <div className="notice ok" data-testid="pairing-code">
          <div>{t('devices.codeFor', { role: t(`common:mode.${code.role}`) })}</div>
          <div style={{ fontSize: '2.5rem', fontWeight: 800, letterSpacing: '0.2em' }} data-testid="pairing-code-value">
            {code.code}
          </div>
          <div>
            {t('devices.codeUrl')} <a href={code.url}>{code.url}</a>
          </div>
          <div className="muted">{t('devices.codeExpires', { time: new Date(code.expiresAt).toLocaleString(i18n.language) })}</div>
        </div>
      )}
      <table data-testid="devices">
        <thead>
          <tr>
            <th>{t('devices.name')}</th>
            <th>{t('devices.role')}</th>
            <th>{t('devices.lastSeen')}</th>
            <th>{t('devices.unsynced')}</th>
            <th>{t('devices.state')}</th>
            <th>
              <span className="sr-only">{t('devices.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(devices.data ?? []).map((d) => (
            <tr key={d.id} data-testid="device-row">
              <td>
                {d.name}
                {d.exhibitorName && <div className="muted">{d.exhibitorName}</div>}
                {d.clockSkewMs !== null && Math.abs(d.clockSkewMs) > CLOCK_TOLERANCE_MS && (
                  <div className="tag warn" data-testid="clock-skew">
                    {isAbsurdSkew(d.clockSkewMs) ? t('devices.clockAbsurd') : t('devices.clockOff', { amount: clockAmount(d.clockSkewMs, i18n.language) })}
                  </div>
                )}
              </td>
              <td>{t(`common:mode.${d.role}`)}</td>
              <td>{relativeTime(d.lastSeenAt, now) ?? t('devices.never')}</td>
              <td>
                <QueueFigure unsynced={d.unsynced} reportedAt={d.unsyncedReportedAt} now={now} />
              </td>
              <td>{d.revokedAt ? <span className="tag bad">{t('devices.revoked')}</span> : <span className="tag ok">{t('devices.active')}</span>}</td>
              <td>
                {!d.revokedAt && (
                  <button type="button" className="danger" onClick={() => void revoke(d.id, d.name)} aria-label={t('devices.revokeNamed', { name: d.name })}>
                    {t('devices.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
