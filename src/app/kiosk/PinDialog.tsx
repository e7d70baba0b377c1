/** Staff unlock: the PIN set at pairing leaves kiosk mode; a wrong PIN keeps the kiosk locked. */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { deviceLanguage } from '../i18n';
import { useTranslation } from 'react-i18next';
import { checkKioskPin } from '../data/kioskPin';

export function PinDialog({ onUnlocked, onCancel }: { onUnlocked(): void; onCancel(): void }) {
  // Staff read it in their own language, whatever the last visitor chose.
  const [staffLang] = useState(deviceLanguage);
  const { i18n } = useTranslation('kiosk');
  const t = useMemo(() => i18n.getFixedT(staffLang, 'kiosk'), [i18n, staffLang]);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await checkKioskPin(pin);
    setBusy(false);
    setPin('');
    if (result.ok) return onUnlocked();
    setMessage(result.lockedUntil ? t('pin.locked', { seconds: Math.ceil((result.lockedUntil - Date.now()) / 1000) }) : t('pin.wrong', { count: result.triesLeft }));
    input.current?.focus();
  }

  return (
    <div className="kiosk-overlay" lang={staffLang} role="dialog" aria-modal="true" aria-labelledby="pin-title" data-testid="pin-dialog">
      <form className="kiosk-panel" onSubmit={(e) => void submit(e)}>
        <h2 id="pin-title">{t('pin.title')}</h2>
        <label htmlFor="kiosk-exit-pin">{t('pin.label')}</label>
        <input
          ref={input}
          id="kiosk-exit-pin"
          className="pin-input"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          aria-describedby={message ? 'pin-message' : undefined}
        />
        {message && (
          <p id="pin-message" className="field-error" role="alert">
            {message}
          </p>
        )}
        <div className="kiosk-nav" style={{ marginTop: '1rem' }}>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('pin.cancel')}
          </button>
          <button type="submit" disabled={busy || pin.length < 4}>
            {t('pin.unlock')}
          </button>
        </div>
      </form>
    </div>
  );
}
