/**
 * The organizer makes exhibitor logins: each sees, exports and imports only its own exhibitor's
 * leads at /exhibitor. (Booth devices are paired on the Devices page.) A login can be switched
 * off and on, given a new password, and its sessions ended: each logs its users out at once.
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventApi } from '../../core/api/console/event';
import { leadsSetupApi } from '../../core/api/console/leads';
import { call } from '../net/client';
import { useErrorText } from '../net/errorText';
import { useRefreshing } from './useRefreshing';

/** What each button does: a declared endpoint of the organizer's hold on a login. */
const ACTIONS = {
  disable: leadsSetupApi.disableAccount,
  enable: leadsSetupApi.enableAccount,
  password: leadsSetupApi.resetPassword,
  'end-sessions': leadsSetupApi.endSessions,
} as const;
type LoginAction = keyof typeof ACTIONS;

export function ExhibitorLogins() {
  const { t } = useTranslation('leads');
  const id = useId();
  const errorText = useErrorText();
  const exhibitors = useRefreshing(useCallback(() => call(eventApi.exhibitors, {}).then((r) => r.exhibitors), []), 60_000);
  const accounts = useRefreshing(useCallback(() => call(leadsSetupApi.accounts, {}).then((r) => r.accounts), []), 60_000);
  const [exhibitorId, setExhibitorId] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const nameOf = (xid: string) => exhibitors.data?.find((x) => x.id === xid)?.name ?? xid;

  async function create(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    if (!exhibitorId) return setMessage({ ok: false, text: t('logins.chooseExhibitor') });
    try {
      await call(leadsSetupApi.createAccount, { params: { id: exhibitorId }, body: { username, password } });
      setMessage({ ok: true, text: t('logins.created', { username, exhibitor: nameOf(exhibitorId) }) });
      setUsername('');
      setPassword('');
      accounts.reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  }

  async function act(account: { id: string; username: string }, action: LoginAction) {
    setMessage(null);
    if (action === 'disable' && !window.confirm(t('logins.confirmDisable', { username: account.username }))) return;
    try {
      const done: { endedSessions: number; password?: string } = await call(ACTIONS[action], { params: { id: account.id } });
      const vars = { username: account.username, count: done.endedSessions };
      const text =
        action === 'disable'
          ? t('logins.disabled', vars)
          : action === 'enable'
            ? t('logins.enabled', vars)
            : action === 'password'
              ? t('logins.passwordReset', { ...vars, password: done.password ?? '' })
              : t('logins.sessionsEnded', vars);
      setMessage({ ok: true, text });
      accounts.reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  }

  return (
    <section>
      <h2>{t('logins.title')}</h2>
      <p className="muted">{t('logins.help')}</p>
      <form className="card" onSubmit={(e) => void create(e)}>
        <label htmlFor={`${id}-x`}>{t('logins.exhibitor')}</label>
        <select id={`${id}-x`} value={exhibitorId} onChange={(e) => setExhibitorId(e.target.value)}>
          <option value="">{t('logins.chooseExhibitor')}</option>
          {(exhibitors.data ?? []).map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-u`}>{t('exhibitor.username')}</label>
        <input id={`${id}-u`} autoComplete="off" value={username} maxLength={60} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor={`${id}-p`}>{t('exhibitor.password')}</label>
        <input id={`${id}-p`} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit">{t('logins.create')}</button>
      </form>
      {message && (
        <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role={message.ok ? 'status' : 'alert'} data-testid="login-message">
          {message.text}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('exhibitor.username')}</th>
            <th>{t('logins.exhibitor')}</th>
            <th>{t('logins.state')}</th>
            <th>
              <span className="sr-only">{t('logins.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(accounts.data ?? []).map((a) => (
            <tr key={a.id} data-testid="login-row">
              <td>{a.username}</td>
              <td>{nameOf(a.exhibitorId)}</td>
              <td>
                {a.disabledAt ? <span className="tag bad">{t('logins.off')}</span> : <span className="tag ok">{t('logins.on')}</span>}
                <div className="muted">{t('logins.sessions', { count: a.sessions })}</div>
              </td>
              <td>
                <div role="group" aria-label={t('logins.actionsFor', { username: a.username })}>
                  {a.disabledAt ? (
                    <button type="button" onClick={() => void act(a, 'enable')}>
                      {t('logins.enable')}
                    </button>
                  ) : (
                    <button type="button" className="danger" onClick={() => void act(a, 'disable')}>
                      {t('logins.disable')}
                    </button>
                  )}
                  <button type="button" onClick={() => void act(a, 'password')}>
                    {t('logins.newPassword')}
                  </button>
                  <button type="button" disabled={a.sessions === 0} onClick={() => void act(a, 'end-sessions')}>
                    {t('logins.endSessions')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
