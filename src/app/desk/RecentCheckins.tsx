import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recentCheckins, verdictOf } from '../data/checkins';
import { clockTime } from '../ui/time';

/** The desk's last check-ins, with whether each has reached the server. */
export function RecentCheckins() {
  const { t, i18n } = useTranslation();
  const recent = useLiveQuery(() => recentCheckins(20), []) ?? [];
  return (
    <>
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
    </>
  );
}
