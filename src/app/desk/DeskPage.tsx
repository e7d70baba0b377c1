import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLOURS } from '../../core/categories';
import { checkIn, isUndone, preloadCheckIn, verdictOf, type CheckinMethod, type CheckinOutcome } from '../data/checkins';
import { classifyStorageError } from '../data/storageErrors';
import { WedgeDetector } from '../scan/wedgeDetector';
import { useKeyboardWedge } from '../scan/useKeyboardWedge';
import { AppHeader } from '../ui/AppHeader';
import { DeskFigures } from './DeskFigures';
import { DeskNav } from './DeskNav';
import { RosterSearch } from './RosterSearch';
import { findByShortCode } from './search/searchClient';
import { DeskCameraScan } from './DeskCameraScan';
import { EmergencyExport } from '../ui/EmergencyExport';
import { RecentCheckins, UndoControl } from './RecentCheckins';

function ScanResult({ outcome }: { outcome: CheckinOutcome }) {
  const { t } = useTranslation();
  const { checkin, previousVisits, attendee } = outcome;
  const verdict = verdictOf(checkin.flags);
  const undone = useLiveQuery(() => isUndone(checkin.id), [checkin.id]);
  // Came to earlier editions of the show (the roster's mark, issue 15): staff greet them as such.
  const editions = verdict === 'admitted' || verdict === 'reentry' ? (attendee?.editions ?? 0) : 0;
  const tone = verdict === 'admitted' ? 'admitted' : verdict === 'reentry' ? 'reentry' : 'problem';
  return (
    <section className={`card scan-result ${tone}`} aria-live="assertive" data-testid="scan-result" data-verdict={verdict} data-checkin-id={checkin.id}>
      <div className="verdict">{t(`desk.verdict.${verdict}`, { visit: previousVisits + 1 })}</div>
      {checkin.name ? <div className="who">{checkin.name}</div> : <div className="who muted">{t('desk.unknownPerson')}</div>}
      {checkin.company && <div className="company">{checkin.company}</div>}
      {editions > 0 && (
        <p className="returning" data-testid="returning-greeting" data-editions={editions}>
          {t(attendee?.returning ? 'desk.returningLast' : 'desk.returning', { count: editions })}
        </p>
      )}
      {checkin.category && (
        <span className="category-band" style={{ background: CATEGORY_COLOURS[checkin.category] }}>
          {t(`category.${checkin.category}`)}
        </span>
      )}
      {verdict !== 'admitted' && verdict !== 'reentry' && <p>{t(`desk.verdictHelp.${verdict}`)}</p>}
      {/* Scanned by mistake: undone right here, beside what was just done. */}
      <div className="scan-undo">
        <UndoControl checkin={{ id: checkin.id, name: checkin.name, undone: undone ?? false, today: true }} />
      </div>
    </section>
  );
}

export function DeskPage() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CheckinOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Capture failed for lack of storage: the records not yet synced can still be saved to a file.
  const [storageFull, setStorageFull] = useState(false);
  const [typed, setTyped] = useState('');
  const fieldDetector = useRef(new WedgeDetector());
  const fieldWasScanner = useRef(false);
  // The capture code loads at the first key or touch (a scanner's first keystroke comes well before
  // its Enter), not while the first screen is drawn nor in an idle moment after it (decisions, 36).
  useEffect(() => {
    const warm = () => void preloadCheckIn();
    const events = ['keydown', 'pointerdown'] as const;
    for (const name of events) window.addEventListener(name, warm, { once: true, capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, warm, { capture: true });
    };
  }, []);

  const submit = useCallback(
    async (code: string, method: CheckinMethod): Promise<CheckinOutcome | null> => {
      setError(null);
      try {
        const result = await checkIn(code, method, findByShortCode);
        setOutcome(result);
        setStorageFull(false);
        return result;
      } catch (e) {
        const problem = classifyStorageError(e);
        setOutcome(null);
        setStorageFull(problem === 'quota');
        setError(t(`errors.storage.${problem}`, { detail: (e as Error).message }));
        return null;
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

  return (
    <>
      <AppHeader title={t('mode.desk')} />
      <main className="main">
        <DeskNav />
        <DeskFigures />
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
        <RecentCheckins />
      </main>
    </>
  );
}
