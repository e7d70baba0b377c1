import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLOURS } from '../../core/categories';
import { checkIn, countCheckinsSince, preloadCheckIn, recentCheckins, rosterSize, verdictOf, type CheckinMethod, type CheckinOutcome } from '../data/checkins';
import { classifyStorageError } from '../db/open';
import { WedgeDetector } from '../scan/wedgeDetector';
import { useKeyboardWedge } from '../scan/useKeyboardWedge';
import { Link } from 'react-router';
import { AppHeader } from '../ui/AppHeader';
import { walkInsSince } from '../data/visitors';
import { DeskNav } from './DeskNav';
import { RosterSearch } from './RosterSearch';
import { afterStart } from '../ui/afterStart';
import { ProgressBar } from '../ui/ProgressBar';
import { useSyncStatus, useUnsyncedCount } from '../ui/hooks';
import { clockTime } from '../ui/time';
import { DeskCameraScan } from './DeskCameraScan';
import { EmergencyExport } from '../ui/EmergencyExport';

function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

function ScanResult({ outcome }: { outcome: CheckinOutcome }) {
  const { t } = useTranslation();
  const { checkin, previousVisits } = outcome;
  const verdict = verdictOf(checkin.flags);
  const tone = verdict === 'admitted' ? 'admitted' : verdict === 'reentry' ? 'reentry' : 'problem';
  return (
    <section className={`card scan-result ${tone}`} aria-live="assertive" data-testid="scan-result" data-verdict={verdict} data-checkin-id={checkin.id}>
      <div className="verdict">{t(`desk.verdict.${verdict}`, { visit: previousVisits + 1 })}</div>
      {checkin.name ? <div className="who">{checkin.name}</div> : <div className="who muted">{t('desk.unknownPerson')}</div>}
      {checkin.company && <div className="company">{checkin.company}</div>}
      {checkin.category && (
        <span className="category-band" style={{ background: CATEGORY_COLOURS[checkin.category] }}>
          {t(`category.${checkin.category}`)}
        </span>
      )}
      {verdict !== 'admitted' && verdict !== 'reentry' && <p>{t(`desk.verdictHelp.${verdict}`)}</p>}
    </section>
  );
}

export function DeskPage() {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Capture failed for lack of storage: the records not yet synced can still be saved to a file.
  const [storageFull, setStorageFull] = useState(false);
  const [typed, setTyped] = useState('');
  const fieldDetector = useRef(new WedgeDetector());
  const fieldWasScanner = useRef(false);
  const status = useSyncStatus();
  const unsynced = useUnsyncedCount();
  const today = useLiveQuery(() => countCheckinsSince(startOfToday()), []) ?? 0;
  const roster = useLiveQuery(rosterSize, []) ?? 0;
  const walkIns = useLiveQuery(() => walkInsSince(startOfToday()), []) ?? 0;
  const recent = useLiveQuery(() => recentCheckins(20), []) ?? [];
  // The first scan should not wait for the capture code to load.
  useEffect(() => afterStart(() => void preloadCheckIn()), []);

  const submit = useCallback(
    async (code: string, method: CheckinMethod) => {
      setError(null);
      try {
        setOutcome(await checkIn(code, method));
        setStorageFull(false);
      } catch (e) {
        const problem = classifyStorageError(e);
        setOutcome(null);
        setStorageFull(problem === 'quota');
        setError(t(`errors.storage.${problem}`, { detail: (e as Error).message }));
      }
    },
    [t],
  );

  useKeyboardWedge(useCallback((code: string) => void submit(code, 'scanner'), [submit]));

  function onFieldKey(event: KeyboardEvent<HTMLInputElement>) {
    // A scanner can also type into this field: tell its bursts from staff typing, for the record.
    const r = fieldDetector.current.key(event.key, event.timeStamp);
    if (event.key === 'Enter') fieldWasScanner.current = typeof r === 'string';
  }

  function onTypedSubmit(event: FormEvent) {
    event.preventDefault();
    const code = typed.trim();
    if (!code) return setError(t('desk.emptyCode'));
    setTyped('');
    void submit(code, fieldWasScanner.current ? 'scanner' : 'typed');
    fieldWasScanner.current = false;
  }

  const pulling = status.pulling?.stream === 'roster' ? status.pulling : null;

  return (
    <>
      <AppHeader title={t('mode.desk')} />
      <main className="main">
        <DeskNav />
        {pulling && <ProgressBar done={pulling.done} total={pulling.total} label={t('desk.rosterProgress', { done: pulling.done, total: pulling.total })} />}
        <div className="figures" aria-label={t('desk.figures')}>
          <div className="figure">
            <div className="value" data-testid="today-count">
              {today}
            </div>
            <div className="label">{t('desk.checkedInToday')}</div>
          </div>
          <div className="figure">
            <div className="value" data-testid="walkins-today">
              {walkIns}
            </div>
            <div className="label">{t('desk.walkInsToday')}</div>
          </div>
          <div className="figure">
            <div className="value">{unsynced}</div>
            <div className="label">{t('desk.unsynced')}</div>
          </div>
          <div className="figure">
            <div className="value" data-testid="roster-count">
              {roster}
            </div>
            <div className="label">{t('desk.rosterSize')}</div>
          </div>
        </div>
        <p className="muted">{t('desk.scanHint')}</p>
        {error && (
          <div className="notice bad" role="alert" data-testid="capture-error">
            <p>{error}</p>
            {storageFull && <EmergencyExport />}
          </div>
        )}
        {outcome && <ScanResult outcome={outcome} />}
        <form className="card row" onSubmit={onTypedSubmit}>
          <div>
            <label htmlFor="badge-code">{t('desk.typeCode')}</label>
            <input id="badge-code" autoComplete="off" autoCapitalize="characters" spellCheck={false} value={typed} onKeyDown={onFieldKey} onChange={(e) => setTyped(e.target.value)} />
          </div>
          <button type="submit">{t('desk.checkIn')}</button>
        </form>
        <DeskCameraScan submit={submit} />
        <RosterSearch onCheckIn={(code) => void submit(code, 'search')} />
        <h2>{t('desk.recent')}</h2>
        <table data-testid="recent-checkins">
          <thead>
            <tr>
              <th>{t('desk.time')}</th>
              <th>{t('desk.person')}</th>
              <th>{t('desk.status')}</th>
              <th>{t('desk.syncState')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((c) => {
              const verdict = verdictOf(c.flags);
              return (
                <tr key={c.id} data-testid="checkin-row" data-synced={c.synced}>
                  <td>{clockTime(c.capturedAt, i18n.language)}</td>
                  <td>
                    {c.name ?? t('desk.unknownPerson')}
                    {c.company ? <div className="muted">{c.company}</div> : null}
                    {c.attendeeId && !c.flags.some((f) => f !== 'reentry') ? (
                      <Link to={`/desk/print/${c.attendeeId}`} className="muted">
                        {t('desk.reprint')}
                      </Link>
                    ) : null}
                  </td>
                  <td>
                    <span className={`tag ${verdict === 'admitted' ? 'ok' : verdict === 'reentry' ? 'warn' : 'bad'}`}>{t(`desk.verdictShort.${verdict}`)}</span>
                  </td>
                  <td>{c.synced ? t('desk.synced') : t('desk.notSynced')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </>
  );
}
