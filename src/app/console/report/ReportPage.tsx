/** /console/report: the post-show report in Simplified Chinese or English, for the browser's print (PDF) and as XLSX. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { REPORT_LANGUAGES, type Report, type ReportLanguage } from '../../../core/stats/report';
import { loadLanguage } from '../../i18n';
import { useTaxonomies } from '../stats/useTaxonomies';
import { ReportDocument } from './ReportDocument';
import { statsApi } from '../../../core/api/console/stats';
import { DownloadButton } from '../../ui/DownloadButton';
import { useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

/** Not `lang`: that parameter switches the whole app's language. */
const PARAM = 'reportLang';

export function ReportPage() {
  const { t } = useTranslation('report');
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const requested = params.get(PARAM);
  const lang: ReportLanguage = (REPORT_LANGUAGES as readonly string[]).includes(requested ?? '') ? (requested as ReportLanguage) : 'zh-CN';
  const taxonomies = useTaxonomies();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(statsApi.report, {}).then(setReport, (e: unknown) => setError(errorText(e)));
  }, [errorText]);
  // The app downloads only the languages it shows: the report's may not be the console's.
  const [loaded, setLoaded] = useState<ReportLanguage | null>(null);
  useEffect(() => {
    let live = true;
    loadLanguage(lang).then(
      () => live && setLoaded(lang),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return (
    <div>
      <section className="card no-print">
        <h2>{t('ui.title')}</h2>
        <div className="row">
          <div>
            <label htmlFor="report-lang">{t('ui.language')}</label>
            <select id="report-lang" value={lang} onChange={(e) => setParams({ [PARAM]: e.target.value })}>
              {REPORT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`ui.languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => window.print()}>
            {t('ui.print')}
          </button>
          <DownloadButton endpoint={statsApi.reportXlsx} input={{ query: { lang } }} fileName={`report-${lang}.xlsx`}>
            {t('ui.xlsx')}
          </DownloadButton>
          <Link className="button secondary" to="/console/report/settings">
            {t('ui.edit')}
          </Link>
        </div>
        <p className="muted">{t('ui.printHint')}</p>
        {error && (
          <p className="notice bad" role="alert">
            {error}
          </p>
        )}
      </section>
      {report && loaded === lang && <ReportDocument report={report} taxonomies={taxonomies} lang={lang} />}
    </div>
  );
}
