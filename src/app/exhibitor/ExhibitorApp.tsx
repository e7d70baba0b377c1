/**
 * The exhibitor's own page (/exhibitor): log in with the account the organizer made, see the whole
 * team's leads, download them, and turn a folder of business-card photos into leads. The server
 * shows only this exhibitor's leads, whatever is asked.
 */
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterLeads, type LeadFilter } from '../../core/leads/filters';
import { LEAD_RATINGS, type ServerLead } from '../../core/leads/schema';
import { exhibitorApi, type ExhibitorMe } from '../../core/api/exhibitor';
import { call, href, saveFile } from '../net/client';
import { toBase64 } from '../net/base64';
import { HttpError } from '../net/http';
import { useErrorText } from '../net/errorText';
import { AppHeader } from '../ui/AppHeader';
import { ProgressBar } from '../ui/ProgressBar';
import type { BoothProfile } from '../../core/leads/profile';
import { BoothProfileForm } from '../ui/BoothProfileForm';

const IMAGE = /\.(jpe?g|png|webp|heic|heif|tiff?|bmp)$/i;

function Login({ onDone }: { onDone(me: ExhibitorMe): void }) {
  const { t } = useTranslation('leads');
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      onDone(await call(exhibitorApi.login, { body: { username, password } }));
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <h1>{t('exhibitor.login')}</h1>
      <label htmlFor={`${id}-u`}>{t('exhibitor.username')}</label>
      <input id={`${id}-u`} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor={`${id}-p`}>{t('exhibitor.password')}</label>
      <input id={`${id}-p`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error && (
        <p className="notice bad" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('exhibitor.loginButton')}</button>
    </form>
  );
}

function CardUpload({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('leads');
  const errorText = useErrorText();
  const id = useId();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [waitSeconds, setWaitSeconds] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  /** One photo; while the server's card reader is full it answers when to send it again, and it is sent again then. */
  async function importOne(file: File) {
    const data = toBase64(await file.arrayBuffer());
    for (;;) {
      try {
        // Several minutes of models load on the server's first card.
        return await call(exhibitorApi.importCard, { body: { fileName: file.name, data } }, { timeoutMs: 300_000 });
      } catch (err) {
        if (!(err instanceof HttpError) || err.status !== 429 || err.code !== 'card_reading_busy') throw err;
        for (let left = err.retryAfterSeconds ?? 5; left > 0; left--) {
          setWaitSeconds(left);
          await new Promise((r) => setTimeout(r, 1000));
        }
        setWaitSeconds(null);
      }
    }
  }
  async function upload(list: FileList | null) {
    const files = [...(list ?? [])].filter((f) => IMAGE.test(f.name)).sort((a, b) => a.name.localeCompare(b.name));
    if (!files.length) return setProblems([t('exhibitor.noImages')]);
    setProblems([]);
    const found: string[] = [];
    // One photo at a time: the server reads each with the card models and memory stays bounded.
    for (let i = 0; i < files.length; i++) {
      setProgress({ done: i, total: files.length });
      try {
        const r = await importOne(files[i]!);
        if (r.warning) found.push(`${r.fileName}: ${t('exhibitor.nothingFound')}`);
      } catch (err) {
        found.push(`${files[i]!.name}: ${errorText(err)}`);
      }
    }
    setProgress(null);
    setProblems(found);
    onImported();
  }
  return (
    <section className="card">
      <h2>{t('exhibitor.importTitle')}</h2>
      <p className="muted">{t('exhibitor.importHelp')}</p>
      <label htmlFor={`${id}-dir`}>{t('exhibitor.chooseFolder')}</label>
      {/* webkitdirectory: a whole folder (every browser the product supports has it). */}
      <input id={`${id}-dir`} type="file" multiple accept="image/*" {...{ webkitdirectory: '' }} disabled={progress !== null} onChange={(e) => void upload(e.target.files)} />
      <label htmlFor={`${id}-files`}>{t('exhibitor.chooseFiles')}</label>
      <input id={`${id}-files`} type="file" multiple accept="image/*" disabled={progress !== null} onChange={(e) => void upload(e.target.files)} />
      {progress && <ProgressBar done={progress.done} total={progress.total} label={t('exhibitor.importing', progress)} />}
      {waitSeconds !== null && (
        <p className="notice" role="status">
          {t('exhibitor.readerBusy', { seconds: waitSeconds })}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="notice warn" role="status">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The exhibitor's own products and questions, sent to its booth devices at their next sync. */
function OwnProfile() {
  const { t } = useTranslation('leads');
  const errorText = useErrorText();
  const id = useId();
  const [profile, setProfile] = useState<BoothProfile | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(exhibitorApi.profile, {}).then(setProfile, (err: unknown) => setError(errorText(err)));
  }, [errorText]);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('profile.title')}</h2>
      <p className="muted">{t('profile.exhibitorHelp')}</p>
      {error && (
        <p className="notice bad" role="alert">
          {t('profile.loadFailed', { detail: error })}
        </p>
      )}
      {!profile && !error && <p className="muted">{t('profile.loading')}</p>}
      {profile && (
        <BoothProfileForm
          testId="exhibitor-profile"
          initial={profile}
          withProducts
          onSave={async (input) => {
            await call(exhibitorApi.saveProfile, { body: input });
          }}
        />
      )}
    </section>
  );
}

export function ExhibitorApp() {
  const { t, i18n } = useTranslation('leads');
  const errorText = useErrorText();
  const id = useId();
  const [me, setMe] = useState<ExhibitorMe | null | undefined>(undefined);
  const [leads, setLeads] = useState<ServerLead[]>([]);
  const [filter, setFilter] = useState<LeadFilter>({});
  const [exportError, setExportError] = useState<string | null>(null);
  const load = useCallback(() => void call(exhibitorApi.leads, {}).then((r) => setLeads(r.leads), () => undefined), []);
  useEffect(() => {
    call(exhibitorApi.me, {}).then(setMe, () => setMe(null));
  }, []);
  useEffect(() => {
    if (me) load();
  }, [me, load]);
  const shown = useMemo(() => filterLeads(leads, filter), [leads, filter]);

  return (
    <>
      <AppHeader title={t('exhibitor.title')} showSync={false} />
      <main className="main">
        {me === null && <Login onDone={setMe} />}
        {me && (
          <>
            <div className="row">
              <h1>{me.exhibitorName}</h1>
              <button type="button" className="secondary" onClick={() => void call(exhibitorApi.logout, {}).then(() => setMe(null))}>
                {t('exhibitor.logout')}
              </button>
            </div>
            <div className="row" role="group" aria-label={t('export.title')}>
              {(['csv', 'xlsx', 'vcf'] as const).map((f) => (
                <button
                  key={f}
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setExportError(null);
                    saveFile(exhibitorApi.leadsExport, { query: { format: f, lang: i18n.language } }, `leads.${f}`).catch((err: unknown) => setExportError(errorText(err)));
                  }}
                >
                  {t(`export.${f}`)}
                </button>
              ))}
            </div>
            {exportError && (
              <p className="notice bad" role="alert">
                {exportError}
              </p>
            )}
            <CardUpload onImported={load} />
            <OwnProfile />
            <div className="card row">
              <div>
                <label htmlFor={`${id}-q`}>{t('list.search')}</label>
                <input id={`${id}-q`} type="search" value={filter.query ?? ''} onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))} />
              </div>
              <div>
                <label htmlFor={`${id}-r`}>{t('list.rating')}</label>
                <select id={`${id}-r`} value={filter.rating ?? ''} onChange={(e) => setFilter((f) => ({ ...f, rating: (e.target.value || null) as LeadFilter['rating'] }))}>
                  <option value="">{t('list.all')}</option>
                  {LEAD_RATINGS.map((r) => (
                    <option key={r} value={r}>
                      {t(`rating.${r}`)}
                    </option>
                  ))}
                  <option value="unrated">{t('rating.unrated')}</option>
                </select>
              </div>
            </div>
            <h2>{t('list.title', { count: leads.length })}</h2>
            <table data-testid="exhibitor-leads">
              <thead>
                <tr>
                  <th>{t('list.person')}</th>
                  <th>{t('list.rating')}</th>
                  <th>{t('list.followUp')}</th>
                  <th>{t('list.staff')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((l) => (
                  <tr key={l.id}>
                    <td>
                      <strong>{l.contact.name ?? l.contact.company ?? t('list.unnamed')}</strong>
                      {l.contact.company && l.contact.name && <div className="muted">{l.contact.company}</div>}
                      {(l.contact.email ?? l.shared?.email) && <div>{l.contact.email ?? l.shared?.email}</div>}
                      {l.photoReceived && (
                        <a href={href(exhibitorApi.leadPhoto, { params: { id: l.id } })} target="_blank" rel="noreferrer">
                          {t('exhibitor.photo')}
                        </a>
                      )}
                    </td>
                    <td>{l.rating ? t(`rating.${l.rating}`) : t('rating.unrated')}</td>
                    <td>
                      {l.followUp ? t(`followUp.${l.followUp.action}`) : ''}
                      {l.followUp?.due ? ` · ${l.followUp.due}` : ''}
                    </td>
                    <td>{l.staff}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </main>
    </>
  );
}

export default ExhibitorApp;
