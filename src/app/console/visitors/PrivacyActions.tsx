/**
 * A visitor's request about their data, handled from their page: download everything held about
 * them (JSON), or erase it. Erasure asks for confirmation; devices follow at their next sync.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visitorsApi, type ErasureSummary } from '../../../core/api/console/visitors';
import { DownloadButton } from '../../ui/DownloadButton';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export function PrivacyActions({ personId, name, onErased }: { personId: string; name: string; onErased(): void }) {
  const { t } = useTranslation('privacy');
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ErasureSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function erase() {
    if (!window.confirm(t('confirm', { name: name || personId }))) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await call(visitorsApi.erase, { params: { id: personId }, body: { confirm: true } }));
      onErased();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" data-testid="privacy-actions" aria-labelledby="privacy-title">
      <h3 id="privacy-title">{t('title')}</h3>
      <p className="muted">{t('help')}</p>
      <div className="row">
        <DownloadButton endpoint={visitorsApi.data} input={{ params: { id: personId } }} fileName={`visitor-${personId}.json`}>
          {t('export')}
        </DownloadButton>
        <button type="button" className="danger" disabled={busy} onClick={() => void erase()}>
          {t('erase')}
        </button>
      </div>
      {done && (
        <p className="notice ok" role="status" data-testid="erased">
          {t('erased', { records: done.counts.records ?? 0, checkins: done.counts.checkins ?? 0, feedback: done.counts.feedback ?? 0, responses: done.counts.surveyResponses ?? 0, leads: done.counts.leads ?? 0 })}
        </p>
      )}
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
