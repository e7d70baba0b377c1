/** Shows and editions: the list, the next edition (with the previous one's setup), the current one. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { editionsApi } from '../../../core/api/console/editions';
import { call } from '../../net/client';
import { Problem, Scroll, useAction, useFormat, useLoad } from './shared';

export function EditionsPage() {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const { data, error, reload } = useLoad(() => call(editionsApi.list, {}), []);
  const action = useAction();
  const [name, setName] = useState('');
  const [show, setShow] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [copy, setCopy] = useState('previous');
  const [made, setMade] = useState<string | null>(null);
  const editions = data?.editions ?? [];
  const shows = [...new Set(editions.map((e) => e.show))];

  async function create(e: FormEvent) {
    e.preventDefault();
    setMade(null);
    const copyFrom = copy === 'previous' ? 'previous' : copy === 'none' ? null : copy;
    const done = await action.run(async () => {
      const res = await call(editionsApi.add, { body: { name, startsOn, endsOn, copyFrom, ...(show ? { show } : {}) } });
      setMade(t('editions.made', { name: res.edition.name, edition: res.edition.edition, what: res.copied.what.map((w) => t(`editions.copied.${w}`)).join('、') || t('editions.nothingCopied') }));
    });
    if (done) {
      setName('');
      reload();
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="editions-title">
        <h2 id="editions-title">{t('editions.title')}</h2>
        <Problem text={error ?? action.error} />
        <Scroll label={t('editions.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('editions.show')}</th>
                <th scope="col" className="num">
                  {t('editions.number')}
                </th>
                <th scope="col">{t('editions.name')}</th>
                <th scope="col">{t('editions.dates')}</th>
                <th scope="col">{t('editions.current')}</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((e) => (
                <tr key={e.id} data-testid={`edition-${e.edition}`}>
                  <td>{e.show}</td>
                  <td className="num">{e.edition}</td>
                  <td>{e.name}</td>
                  <td>
                    {f.date(e.startsOn)} – {f.date(e.endsOn)}
                  </td>
                  <td>
                    {e.current ? (
                      <strong>{t('editions.isCurrent')}</strong>
                    ) : (
                      <button type="button" className="secondary" disabled={action.busy} onClick={() => void action.run(() => call(editionsApi.use, { params: { id: e.id }, body: {} })).then((ok) => ok && reload())}>
                        {t('editions.makeCurrent', { name: e.name })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
        <p className="muted">{t('editions.currentHint')}</p>
      </section>
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t('editions.next')}</h2>
        <form onSubmit={(e) => void create(e)}>
          <div className="row">
            <div>
              <label htmlFor="edition-name">{t('editions.name')}</label>
              <input id="edition-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div>
              <label htmlFor="edition-show">{t('editions.show')}</label>
              <input id="edition-show" list="edition-shows" maxLength={200} placeholder={t('editions.sameShow')} value={show} onChange={(e) => setShow(e.target.value)} />
              <datalist id="edition-shows">
                {shows.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </div>
          </div>
          <div className="row">
            <div>
              <label htmlFor="edition-starts">{t('editions.startsOn')}</label>
              <input id="edition-starts" type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
            </div>
            <div>
              <label htmlFor="edition-ends">{t('editions.endsOn')}</label>
              <input id="edition-ends" type="date" required min={startsOn || undefined} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
            </div>
            <div>
              <label htmlFor="edition-copy">{t('editions.copy')}</label>
              <select id="edition-copy" value={copy} onChange={(e) => setCopy(e.target.value)}>
                <option value="previous">{t('editions.copyPrevious')}</option>
                <option value="none">{t('editions.copyNone')}</option>
                {editions.map((e) => (
                  <option key={e.id} value={e.id}>
                    {t('editions.copyFrom', { name: e.name })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="row">
            <button type="submit" disabled={action.busy}>
              {t('editions.create')}
            </button>
          </p>
          {made && (
            <p className="notice" role="status">
              {made}
            </p>
          )}
        </form>
      </section>
    </>
  );
}
