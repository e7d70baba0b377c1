import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpError } from '../net/http';
import { consoleApi } from './api';

/** First run: create the organizer account. Afterwards: log in. */
export function AccountForm({ mode, onDone }: { mode: 'setup' | 'login'; onDone: () => void }) {
  const { t } = useTranslation('console');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (mode === 'setup' && password !== confirm) return setError(t('account.mismatch'));
    if (mode === 'setup' && password.length < 10) return setError(t('account.tooShort'));
    setBusy(true);
    try {
      await (mode === 'setup' ? consoleApi.setup(username, password) : consoleApi.login(username, password));
      onDone();
    } catch (e) {
      if (e instanceof HttpError && e.status === 401) setError(t('account.badCredentials'));
      else if (e instanceof HttpError && e.status === 429) setError(t('account.locked'));
      else if (e instanceof HttpError && e.code === 'setup_local_only') setError(t('account.localOnly'));
      else setError(t('account.failed', { detail: (e as Error).message }));
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
