import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionApi } from '../../core/api/console/session';
import { MIN_PASSWORD_LENGTH } from '../../core/schema/console';
import { call } from '../net/client';
import { useErrorText } from '../net/errorText';

/** First run: create the organizer account. Afterwards: log in. */
export function AccountForm({ mode, onDone }: { mode: 'setup' | 'login'; onDone: () => void }) {
  const { t } = useTranslation('console');
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (mode === 'setup' && password !== confirm) return setError(t('account.mismatch'));
    if (mode === 'setup' && password.length < MIN_PASSWORD_LENGTH) return setError(t('account.tooShort'));
    setBusy(true);
    try {
      await call(mode === 'setup' ? sessionApi.setup : sessionApi.login, { body: { username, password } });
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={onSubmit} style={{ maxWidth: '32rem' }}>
      <h1>{mode === 'setup' ? t('account.setupTitle') : t('account.loginTitle')}</h1>
      {mode === 'setup' && <p className="muted">{t('account.setupHelp')}</p>}
      <label htmlFor="username">{t('account.username')}</label>
      <input id="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      <label htmlFor="password">{t('account.password')}</label>
      <input
        id="password"
        type="password"
        autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
      />
      {mode === 'setup' && (
        <>
          <label htmlFor="password2">{t('account.confirm')}</label>
          <input id="password2" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} required />
        </>
      )}
      <p className="error" role="alert">
        {error ?? ''}
      </p>
      <button type="submit" disabled={busy}>
        {mode === 'setup' ? t('account.create') : t('account.login')}
      </button>
    </form>
  );
}
