import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The desk's two jobs, one tap apart: check in, register a walk-in. */
export function DeskNav() {
  const { t } = useTranslation();
  return (
    <nav className="desk-nav" aria-label={t('desk.nav')}>
      <NavLink className="button" to="/desk" end>
        {t('desk.tabCheckIn')}
      </NavLink>
      <NavLink className="button" to="/desk/register">
        {t('desk.tabRegister')}
      </NavLink>
    </nav>
  );
}
