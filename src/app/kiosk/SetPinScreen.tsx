/**
 * First open of a freshly paired kiosk: staff choose the PIN that will let them leave kiosk mode.
 * It is asked here rather than on the pairing page because only kiosks have one; re-pairing the
 * tablet asks again.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN, setKioskPin } from '../data/kioskPin';
import { classifyStorageError } from '../data/storageErrors';
import { AppHeader } from '../ui/AppHeader';

export function SetPinScreen() {
  const { t } = useTranslation('kiosk');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!PIN_PATTERN.test(pin)) return setError(t('setPin.invalid'));
    if (pin !== repeat) return setError(t('setPin.mismatch'));
    setBusy(true);
    try {
      await setKioskPin(pin);
    } catch (e) {
      // The device's storage refused: said in words, as every capture says it.
      setError(t(`common:errors.storage.${classifyStorageError(e)}`, { detail: (e as Error).message }));
      setBusy(false);
    }
  }

  const digits = (v: string) => v.replace(/\D/g, '').slice(0, 8);
  return (
    <>
      <AppHeader title={t('title')} />
      <main className="main">
        <form className="card" onSubmit={(e) => void submit(e)} data-testid="set-pin" noValidate>
          <h1>{t('setPin.title')}</h1>
          <p className="muted">{t('setPin.help')}</p>
          <label htmlFor="kiosk-pin">{t('setPin.pin')}</label>
          <input id="kiosk-pin" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(digits(e.target.value))} />
          <label htmlFor="kiosk-pin-repeat">{t('setPin.repeat')}</label>
          <input id="kiosk-pin-repeat" type="password" inputMode="numeric" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(digits(e.target.value))} />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy} style={{ marginTop: '1rem' }}>
            {t('setPin.save')}
          </button>
        </form>
      </main>
    </>
  );
}
