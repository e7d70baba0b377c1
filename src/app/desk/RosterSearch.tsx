/**
 * Find a visitor who came without a badge and check them in: name (either writing), pinyin or one
 * syllable of it, company, mobile tail or email. Each result says whether the visitor was already
 * checked in today at this desk and whether their mobile is unverified.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLOURS } from '../../core/categories';
import type { SearchHit } from './search/rosterIndex';
import { searchRoster, useSearchIndexStatus, warmUpSearch } from './search/searchClient';
import { afterStart } from '../ui/afterStart';
import { clockTime } from '../ui/time';

function maskMobile(mobile: string): string {
  return mobile ? `•••• ${mobile.slice(-4)}` : '';
}

export function RosterSearch({ onCheckIn }: { onCheckIn: (badgeCode: string) => void }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] }>({ query: '', hits: [] });
  const { size, loading } = useSearchIndexStatus();

  // The index starts loading once the desk is up, not while its first screen is being drawn.
  useEffect(() => afterStart(warmUpSearch), []);

  useEffect(() => {
    let live = true;
    if (query.trim()) void searchRoster(query).then((r) => live && setResult({ query, hits: r.hits }));
    return () => {
      live = false;
    };
  }, [query, size]);
  // Results of an older query are not shown for a newer one (or for an emptied field).
  const hits = result.query === query && query.trim() ? result.hits : [];

  return (
    <section className="card" aria-labelledby="roster-search-title">
      <h2 id="roster-search-title">{t('search.title')}</h2>
      <label htmlFor="roster-search">{t('search.label')}</label>
      <input id="roster-search" type="search" autoComplete="off" spellCheck={false} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('search.placeholder')} />
      <p className="muted" role="status">
        {loading ? t('search.loading', { count: size }) : !query.trim() ? t('search.ready', { count: size }) : result.query === query ? t('search.results', { count: hits.length }) : t('search.searching')}
      </p>
      <ul className="search-results" data-testid="search-results">
        {hits.map(({ entry, checkedInAt, mobileUnverified }) => (
          <li key={entry.id} data-testid="search-hit" data-checked-in={checkedInAt ? 'yes' : 'no'}>
            <div>
              <strong>{entry.name}</strong> <span className="muted">{entry.title}</span>
              <div>{entry.company}</div>
              <div className="muted">
                <span className="category-dot" style={{ background: CATEGORY_COLOURS[entry.category] }} aria-hidden="true" /> {t(`category.${entry.category}`)} {maskMobile(entry.mobile)}{' '}
                {mobileUnverified && entry.mobile ? <span className="tag warn">{t('search.mobileUnverified')}</span> : null} {entry.email}
              </div>
              <div className={checkedInAt ? 'tag warn' : 'muted'} data-testid="search-hit-status">
                {checkedInAt ? t('search.checkedInToday', { time: clockTime(checkedInAt, i18n.language) }) : t('search.notCheckedIn')}
              </div>
            </div>
            <button type="button" onClick={() => onCheckIn(entry.badgeCode)} aria-label={t('search.checkInNamed', { name: entry.name })}>
              {t('desk.checkIn')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
