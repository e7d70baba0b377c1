/**
 * The organizer makes exhibitor logins: each sees, exports and imports only its own exhibitor's
 * leads at /exhibitor. (Booth devices are paired on the Devices page.)
 */
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { request } from '../net/http';
import { consoleApi } from './api';
import { useRefreshing } from './useRefreshing';

const accountsSchema = z.object({ accounts: z.array(z.object({ id: z.string(), username: z.string(), exhibitorId: z.string(), createdAt: z.string() })) });
const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });

export function ExhibitorLogins() {
  const { t } = useTranslation('leads');
  const id = useId();
  const exhibitors = useRefreshing(useCallback(() => consoleApi.exhibitors(), []), 60_000);
  const accounts = useRefreshing(useCallback(() => request('/api/v1/console/exhibitor-accounts', json('GET'), (b) => accountsSchema.parse(b).accounts), []), 60_000);
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
      await request(`/api/v1/console/exhibitors/${encodeURIComponent(exhibitorId)}/accounts`, json('POST', { username, password }), () => null);
      setMessage({ ok: true, text: t('logins.created', { username, exhibitor: nameOf(exhibitorId) }) });
      setUsername('');
      setPassword('');
      accounts.reload();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
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
        {message && (
          <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit">{t('logins.create')}</button>
      </form>
      <table>
        <thead>
          <tr>
            <th>{t('exhibitor.username')}</th>
            <th>{t('logins.exhibitor')}</th>
          </tr>
        </thead>
        <tbody>
          {(accounts.data ?? []).map((a) => (
            <tr key={a.id}>
              <td>{a.username}</td>
              <td>{nameOf(a.exhibitorId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
