/**
 * Always on screen on a paired device: online or offline, records not yet synced, the last
 * successful sync, and rejected records (dead letters) with their reasons.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeadLetters, useDevice, useNow, useOnline, useSyncStatus, useUnsyncedCount } from './hooks';
import { relativeTime } from './time';
import { requestSync } from '../data/changes';

const CALM_ERRORS = new Set(['sync.error.network', 'sync.error.server']);

export function SyncStatusBar() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const status = useSyncStatus();
  const unsynced = useUnsyncedCount();
  const dead = useDeadLetters();
  const { device } = useDevice();
  const now = useNow();
  const [showDead, setShowDead] = useState(false);
  const reachable = online && !status.unreachable;
  const last = relativeTime(status.lastSuccessAt, now);

  return (
    <div className="status-bar" role="status" aria-live="polite" data-testid="sync-status">
      <span className={`pill ${reachable ? '' : 'offline'}`} data-testid="connectivity">
        {reachable ? t('sync.online') : t('sync.offline')}
      </span>
      <span className="pill" data-testid="unsynced-count" data-count={unsynced}>
        {t('sync.unsynced', { count: unsynced })}
      </span>
      <span className="pill" data-testid="last-sync">
        {status.running ? t('sync.running') : last ? t('sync.lastSync', { when: last }) : t('sync.never')}
      </span>
      {device?.needsRepair && (
        <span className="pill problem" data-testid="needs-repair">
          {t('sync.needsRepair')} <a href="/pair">{t('sync.repairLink')}</a>
        </span>
      )}
      {dead.length > 0 && (
        <span className="pill problem">
          <button type="button" className="secondary" aria-expanded={showDead} onClick={() => setShowDead((v) => !v)} data-testid="dead-letters-toggle">
            {t('sync.deadLetters', { count: dead.length })}
          </button>
        </span>
      )}
      {status.lastError && !status.running && (
        // Being offline or a busy server needs nothing from staff: said calmly. Red is kept for what needs action.
        <span className={`pill ${CALM_ERRORS.has(status.lastError.key) ? 'calm' : 'problem'}`} title={status.lastError.detail} data-testid="sync-error">
          {t(status.lastError.key)}
          <button type="button" className="secondary" onClick={() => requestSync()}>
            {t('sync.retryNow')}
          </button>
        </span>
      )}
      {showDead && dead.length > 0 && (
        <div className="card" style={{ flexBasis: '100%', color: '#111827' }} data-testid="dead-letters">
          <h2>{t('sync.deadLettersTitle')}</h2>
          <p className="muted">{t('sync.deadLettersHelp')}</p>
          <table>
            <thead>
              <tr>
                <th>{t('sync.deadType')}</th>
                <th>{t('sync.deadWhen')}</th>
                <th>{t('sync.deadReason')}</th>
              </tr>
            </thead>
            <tbody>
              {dead.map((d) => (
                <tr key={d.id}>
                  <td>{d.type}</td>
                  <td>{new Date(d.capturedAt).toLocaleString(i18n.language)}</td>
                  <td>{d.error}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
