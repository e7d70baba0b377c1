import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PAIRING_CODE_RE } from '../../core/schema/pairing';
import { exportUnsynced, pair, unpair, unsyncedCounts, UnsyncedDataError } from '../data/device';
import { HttpError, NetworkError } from '../net/http';
import { AppHeader } from '../ui/AppHeader';
import { downloadBlob } from '../ui/download';
import { useDevice } from '../ui/hooks';

const LAST_NAME_KEY = 'showfloor.deviceName';

function pairingErrorKey(error: unknown): string {
  if (error instanceof NetworkError) return 'pair.error.network';
  if (error instanceof HttpError) {
    if (error.status === 404) return 'pair.error.invalid';
    if (error.status === 410) return error.code === 'pairing_withdrawn' ? 'pair.error.withdrawn' : 'pair.error.expired';
    if (error.status === 429) return 'pair.error.locked';
    if (error.status === 400) return 'pair.error.format';
  }
  return 'pair.error.unknown';
}

export function PairPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { device, loading } = useDevice();
  const [code, setCode] = useState(() => (params.get('code') ?? '').replace(/\D/g, '').slice(0, 6));
  const [name, setName] = useState(() => localStorage.getItem(LAST_NAME_KEY) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unpairProblem, setUnpairProblem] = useState<number | null>(null);
  const [repairing, setRepairing] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!PAIRING_CODE_RE.test(code)) return setError('pair.error.format');
    if (!name.trim()) return setError('pair.error.name');
    setBusy(true);
    try {
      await pair(code, name.trim());
      localStorage.setItem(LAST_NAME_KEY, name.trim());
      setRepairing(false);
      setCode('');
      // Drop ?code= from the address: the code is used up.
      navigate('/pair', { replace: true });
    } catch (e) {
      setError(pairingErrorKey(e));
    } finally {
      setBusy(false);
    }
  }

  async function onUnpair() {
    setUnpairProblem(null);
    try {
      await unpair();
      navigate('/pair', { replace: true });
    } catch (e) {
      if (e instanceof UnsyncedDataError) setUnpairProblem(e.counts.unprotected);
      else throw e;
    }
  }

  async function onExport() {
    const file = await exportUnsynced();
    downloadBlob(file.blob, file.fileName);
    setUnpairProblem((await unsyncedCounts()).unprotected || null);
  }

  if (loading) return null;

  const form = (
    <form onSubmit={onSubmit} className="card" noValidate>
      <h1>{device ? t('pair.repairTitle') : t('pair.title')}</h1>
      <p className="muted">{t('pair.help')}</p>
      <label htmlFor="pair-code">{t('pair.code')}</label>
      <input
        id="pair-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
        aria-describedby="pair-error"
      />
      <label htmlFor="pair-name">{t('pair.deviceName')}</label>
      <input id="pair-name" name="deviceName" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('pair.deviceNameHint')} />
      <p id="pair-error" className="error" role="alert">
        {error ? t(error) : ''}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('pair.pairing') : t('pair.submit')}
      </button>
    </form>
  );

  return (
    <>
      <AppHeader title={t('pair.title')} showSync={!!device} />
      <main className="main">
        {device && !repairing ? (
          <div className="card" data-testid="paired">
            <h1>{t('pair.pairedTitle')}</h1>
            <p>{t('pair.pairedAs', { name: device.deviceName, role: t(`mode.${device.role}`) })}</p>
            <p className={device.persisted === false ? 'notice warn' : 'notice ok'} data-testid="persisted">
              {device.persisted === true ? t('pair.persisted') : device.persisted === false ? t('pair.notPersisted') : t('pair.persistUnknown')}
            </p>
            {device.needsRepair && <p className="notice bad">{t('sync.needsRepair')}</p>}
            <div className="row">
              <a className="button" href={`/${device.role}`}>
                {t('mode.goTo', { role: t(`mode.${device.role}`) })}
              </a>
              <button type="button" className="secondary" onClick={() => setRepairing(true)}>
                {t('pair.repair')}
              </button>
              <button type="button" className="danger" onClick={() => void onUnpair()}>
                {t('pair.unpair')}
              </button>
            </div>
            {unpairProblem !== null && (
              <div className="notice bad" role="alert" data-testid="unpair-refused">
                <p>{t('pair.unpairRefused', { count: unpairProblem })}</p>
                <button type="button" onClick={() => void onExport()}>
                  {t('pair.exportUnsynced')}
                </button>
              </div>
            )}
          </div>
        ) : (
          form
        )}
      </main>
    </>
  );
}
