/**
 * "Export unsynced records": saves every record not yet on the server to a JSON file the organizer
 * replays with `cli replay FILE`. Offered wherever capture can fail for lack of storage, since that
 * is when the device may never get to sync.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUnsynced } from '../data/device';
import { downloadBlob } from './download';

export function EmergencyExport({ onExported }: { onExported?: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<{ count: number; fileName: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function run() {
    setFailed(null);
    try {
      const file = await exportUnsynced();
      downloadBlob(file.blob, file.fileName);
      setSaved({ count: file.count, fileName: file.fileName });
      onExported?.();
    } catch (error) {
      setFailed((error as Error).message);
    }
  }

  return (
    <div className="row" data-testid="emergency-export">
      <button type="button" onClick={() => void run()}>
        {t('pair.exportUnsynced')}
      </button>
      {saved && (
        <span role="status" data-testid="emergency-export-saved">
          {t('pair.exported', { count: saved.count, file: saved.fileName })}
        </span>
      )}
      {failed && <span role="alert">{t('errors.storage.unknown', { detail: failed })}</span>}
    </div>
  );
}
