/**
 * "Scan with camera": one tap starts the rear camera and every badge held up to it is read and
 * handed to `onScan`, visitor after visitor, until staff stop it. Also reads a photo file. Used by
 * the desk and meant for the booth; the page decides what a code means and returns whether it was
 * accepted (for the sound), the scanner only reads.
 */
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanFormats } from '../../core/scan/decoding';
import { useCameraScanner, type ScanHandler } from './useCameraScanner';
import './CameraScanner.css';

export type { ScanHandler, ScanVerdict } from './useCameraScanner';

export interface CameraScannerProps {
  /** Called once per code read; return 'error' (or throw) when the code was not accepted. */
  onScan: ScanHandler;
  /** What is read until staff switch it on the device: QR codes only unless 'qr+1d'. */
  formats?: ScanFormats;
}

export function CameraScanner({ onScan, formats = 'qr' }: CameraScannerProps) {
  const { t } = useTranslation('scan');
  const { videoRef, phase, problem, problemDetail, notice, cameras, cameraId, torchAvailable, torchOn, muted, formats: reading, ...actions } = useCameraScanner(onScan, formats);
  const fileInput = useRef<HTMLInputElement>(null);
  const active = phase === 'starting' || phase === 'scanning';

  function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void actions.scanPhoto(file);
  }

  const status =
    notice !== null
      ? t(notice.key, notice.values)
      : phase === 'starting'
        ? t('starting')
        : phase === 'scanning'
          ? t(reading === 'qr' ? 'aim' : 'aimLinear')
          : '';

  return (
    <section className="card camera-scanner" aria-label={t('title')} data-testid="camera-scanner" data-phase={phase}>
      <div className="camera-actions">
        {active ? (
          <button type="button" className="secondary" onClick={actions.stop}>
            {t('stop')}
          </button>
        ) : (
          <button type="button" onClick={() => void actions.start()}>
            {t('start')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          {t('photo')}
        </button>
        <input ref={fileInput} type="file" accept="image/*" hidden onChange={onPhoto} data-testid="camera-photo" aria-label={t('photo')} />
        {torchAvailable && (
          <button type="button" className="secondary toggle" aria-pressed={torchOn} onClick={() => void actions.toggleTorch()}>
            {t('torch')}
          </button>
        )}
        <button type="button" className="secondary toggle" aria-pressed={muted} onClick={actions.toggleMuted}>
          {t('mute')}
        </button>
        <button type="button" className="secondary toggle" aria-pressed={reading === 'qr+1d'} onClick={() => actions.setFormats(reading === 'qr' ? 'qr+1d' : 'qr')}>
          {t('linear')}
        </button>
      </div>
      {active && cameras.length > 1 && (
        <div className="camera-choice">
          <label htmlFor="camera-choice">{t('camera')}</label>
          <select id="camera-choice" value={cameraId ?? ''} onChange={(e) => void actions.chooseCamera(e.target.value)}>
            {cameras.map((c, i) => (
              <option key={c.deviceId} value={c.deviceId}>
                {c.label || t('cameraNumber', { number: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="camera-view" hidden={!active}>
        <video ref={videoRef} muted playsInline aria-label={t('preview')} />
        <div className="camera-aim" aria-hidden="true" />
      </div>
      <p
        className={`camera-status ${notice?.tone ?? ''}`}
        role="status"
        aria-live="polite"
        data-testid="camera-status"
        data-notice={notice?.key ?? ''}
        data-serial={notice?.serial ?? 0}
      >
        {status}
      </p>
      {phase === 'problem' && problem && (
        <p className="notice bad" role="alert" data-testid="camera-problem" data-problem={problem}>
          {t(`problem.${problem}`, { detail: problemDetail })}
        </p>
      )}
    </section>
  );
}
