/**
 * Badge print layout: the show's name and the category on a colour band, name, company, the QR
 * and under it the short code staff type when the QR will not scan, for the common badge sizes. Printing goes through the browser's dialog (any printer the tablet knows); the page
 * size comes from CSS named pages, so the dialog offers the right paper.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatShortCode } from '../../core/badge/shortCode';
import { CATEGORY_COLOURS } from '../../core/categories';
import { attendeeById } from '../data/checkins';
import { pulledShowName } from '../data/keyring';
import { QrCode } from '../ui/QrCode';

export const BADGE_LAYOUTS = ['a6', 'b90x130', 'label62'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];
const LAYOUT_KEY = 'showfloor.badgeLayout';

function savedLayout(): BadgeLayout {
  const v = localStorage.getItem(LAYOUT_KEY);
  return (BADGE_LAYOUTS as readonly string[]).includes(v ?? '') ? (v as BadgeLayout) : 'a6';
}

export function BadgePrint() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [layout, setLayout] = useState<BadgeLayout>(savedLayout);
  const attendee = useLiveQuery(() => attendeeById(id), [id]);
  const show = useLiveQuery(pulledShowName, []);

  if (attendee === undefined) return null;
  if (attendee === null) {
    return (
      <p className="notice bad" role="alert">
        {t('print.notFound')}
      </p>
    );
  }

  const choose = (l: BadgeLayout) => {
    setLayout(l);
    localStorage.setItem(LAYOUT_KEY, l);
  };

  return (
    <section>
      <div className="card no-print">
        <h2>{t('print.title')}</h2>
        <fieldset>
          <legend>{t('print.layout')}</legend>
          <div className="choice-grid">
            {BADGE_LAYOUTS.map((l) => (
              <label key={l} className="choice">
                <input type="radio" name="layout" checked={layout === l} onChange={() => choose(l)} />
                {t(`print.layouts.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="row">
          <button type="button" onClick={() => window.print()}>
            {t('print.print')}
          </button>
          <Link className="button secondary" to="/desk">
            {t('print.back')}
          </Link>
        </div>
      </div>
      <div className="print-area">
        <article className={`badge badge-${layout}`} data-testid="badge" data-layout={layout}>
          <div className="badge-band" style={{ background: CATEGORY_COLOURS[attendee.category] }} data-testid="badge-band">
            {show ? (
              <div className="badge-show" data-testid="badge-show">
                {show}
              </div>
            ) : null}
            {t(`category.${attendee.category}`)}
          </div>
          <div className="badge-name" data-testid="badge-name">
            {attendee.name}
          </div>
          <div className="badge-company" data-testid="badge-company">
            {attendee.company}
          </div>
          <div className="badge-qr">
            <QrCode text={attendee.badgeCode} label={t('print.qrLabel', { name: attendee.name })} />
            {attendee.shortCode ? (
              <div className="badge-short-code" data-testid="badge-short-code" aria-label={t('print.shortCodeLabel', { code: attendee.shortCode.split('').join(' ') })}>
                {formatShortCode(attendee.shortCode)}
              </div>
            ) : null}
          </div>
        </article>
      </div>
    </section>
  );
}
