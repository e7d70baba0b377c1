/**
 * Classification status and "classify again": the server marks every record, then the console
 * asks it to classify a chunk at a time and draws the progress. Closing the page stops nothing
 * that matters: the records stay marked and the next run (or `cli reclassify`) finishes them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { visitorsApi } from '../../../core/api/console/visitors';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

export function Reclassify({ onDone, startWith = 0 }: { onDone?: () => void; startWith?: number }) {
  const { t } = useTranslation('visitors');
  const errorText = useErrorText();
  const [remaining, setRemaining] = useState<number | null>(null);
  const [running, setRunning] = useState<{ total: number; done: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(visitorsApi.classification, {}).then((s) => setRemaining(s.remaining), () => undefined);
  }, [startWith]);

  async function run(markAll: boolean) {
    setError(null);
    try {
      let left = markAll ? (await call(visitorsApi.reclassify, {})).remaining : (remaining ?? 0);
      const total = left;
      setRunning({ total, done: 0 });
      while (left > 0) {
        const step = await call(visitorsApi.classifyStep, {});
        left = step.remaining;
        setRunning({ total, done: total - left });
        if (step.classified === 0) break;
      }
      setRemaining(left);
      onDone?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRunning(null);
    }
  }

  return (
    <div className="row" data-testid="reclassify">
      {remaining !== null && remaining > 0 && !running && (
        <p className="notice">
          {t('classify.pending', { count: remaining })}{' '}
          <button type="button" onClick={() => void run(false)}>
            {t('classify.finish')}
          </button>
        </p>
      )}
      {running ? (
        <div style={{ flex: 1 }}>
          <ProgressBar done={running.done} total={running.total} label={t('classify.progress', { done: running.done, total: running.total })} />
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => void run(true)}>
          {t('classify.all')}
        </button>
      )}
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
