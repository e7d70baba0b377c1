import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recentCheckins, undoCheckin, verdictOf, type RecentCheckin } from '../data/checkins';
import { clockTime } from '../ui/time';

/**
 * Undo of a check-in made by mistake: asked once beside the row (never a dialog far from the
 * thumb), then recorded as its own correcting record. Only today's check-ins offer it.
 */
export function UndoControl({ checkin }: { checkin: Pick<RecentCheckin, 'id' | 'name' | 'undone' | 'today'> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (checkin.undone) return <span className="tag" data-testid="checkin-undone">{t('desk.undone')}</span>;
  if (!checkin.today) return null;
  const name = checkin.name ?? t('desk.unknownPerson');
  const undo = async () => {
    try {
      await undoCheckin(checkin.id);
      setAsking(false);
    } catch (e) {
      setProblem((e as Error).name === 'UndoRefusedError' ? t('desk.undoOnlyToday') : t('desk.undoFailed', { detail: (e as Error).message }));
    }
  };
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)} aria-label={t('desk.undoNamed', { name })} data-testid="undo-checkin">
        {t('desk.undo')}
      </button>
    );
  return (
    <div role="group" aria-label={t('desk.undoNamed', { name })} className="undo-confirm">
      <p>{t('desk.undoConfirm')}</p>
      <button type="button" className="danger" onClick={() => void undo()} data-testid="undo-confirm">
        {t('desk.undoYes')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)} autoFocus>
        {t('desk.undoKeep')}
      </button>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The desk's last check-ins, with whether each has reached the server. */
export function RecentCheckins() {
  const { t, i18n } = useTranslation();
  const recent = useLiveQuery(() => recentCheckins(20), []);
  return (
    <>
      <h2>{t('desk.recent')}</h2>
      {recent && recent.length === 0 ? (
        <p className="empty-state" data-testid="no-checkins">
          {t('desk.noCheckins')}
        </p>
      ) : (
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
            {(recent ?? []).map((c) => {
              const verdict = verdictOf(c.flags);
              return (
                <tr key={c.id} data-testid="checkin-row" data-synced={c.synced} data-undone={c.undone} className={c.undone ? 'undone' : undefined}>
                  <td>{clockTime(c.capturedAt, i18n.language)}</td>
                  <td>
                    {c.name ?? t('desk.unknownPerson')}
                    {c.company ? <div className="muted">{c.company}</div> : null}
                    {c.attendeeId && !c.undone && !c.flags.some((f) => f !== 'reentry') ? (
                      <Link to={`/desk/print/${c.attendeeId}`} className="muted">
                        {t('desk.reprint')}
                      </Link>
                    ) : null}
                  </td>
                  <td>
                    <span className={`tag ${verdict === 'admitted' ? 'ok' : verdict === 'reentry' ? 'warn' : 'bad'}`}>{t(`desk.verdictShort.${verdict}`)}</span>
                    <div>
                      <UndoControl checkin={c} />
                    </div>
                  </td>
                  <td>{c.synced ? t('desk.synced') : t('desk.notSynced')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
