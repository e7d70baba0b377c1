import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { CustomerPage } from './CustomerPage';
import './customers.css';
import { EditionsPage } from './EditionsPage';
import { LinkReview } from './LinkReview';
import { LostPage } from './LostPage';
import { PipelinePage } from './PipelinePage';
import { RetentionList } from './RetentionList';
import { RetentionPage } from './RetentionPage';
import { TierRules } from './TierRules';

const PAGES: Array<[string, string]> = [
  ['/console/customers', 'retention'],
  ['/console/customers/editions', 'editions'],
  ['/console/customers/pipeline', 'pipeline'],
  ['/console/customers/lost', 'lost'],
  ['/console/customers/tiers', 'tiers'],
  ['/console/customers/links', 'links'],
];

/** /console/customers: the customer database across editions (issue 15). */
export function CustomersSection() {
  const { t } = useTranslation('customers');
  return (
    <>
      <nav className="sub-nav" aria-label={t('nav.label')}>
        {PAGES.map(([path, key]) => (
          <NavLink key={key} className="button secondary" to={path} end>
            {t(`nav.${key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<RetentionPage />} />
        <Route path="list" element={<RetentionList />} />
        <Route path="editions" element={<EditionsPage />} />
        <Route path="pipeline" element={<PipelinePage />} />
        <Route path="lost" element={<LostPage />} />
        <Route path="tiers" element={<TierRules />} />
        <Route path="links" element={<LinkReview />} />
        <Route path=":id" element={<CustomerPage />} />
      </Routes>
    </>
  );
}
