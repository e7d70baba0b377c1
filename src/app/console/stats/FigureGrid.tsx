/** The headline figures, each a link to the records behind it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../core/stats/schema';
import { countedVisitors, drillPath, type DrillTarget } from './drill';

interface Item {
  key: string;
  value: number;
  sub?: string;
  drill?: DrillTarget;
}

export function FigureGrid({ data }: { data: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const h = data.headline;
  const share = h.tradeShare === null ? '–' : `${(h.tradeShare * 100).toFixed(1)}%`;
  const present = (category: 'press' | 'exhibitor_staff' | 'organizer_staff'): DrillTarget => ({ figure: 'persons', filter: { attended: 'yes', category } });
  const groups: Array<[string, Item[]]> = [
    [
      'visitors',
      [
        { key: 'unique-today', value: data.uniqueToday, sub: data.today, drill: { figure: 'persons', filter: { visitor: 'yes', day: data.today } } },
        { key: 'unique', value: h.uniqueVisitors, drill: countedVisitors() },
        { key: 'visits', value: h.visits, drill: { figure: 'visits', filter: {} } },
        { key: 'trade', value: h.tradeVisitors, sub: t('figures.tradeShare', { share }), drill: countedVisitors({ trade: 'yes' }) },
        { key: 'public', value: h.publicVisitors, drill: countedVisitors({ trade: 'no' }) },
      ],
    ],
    [
      'regions',
      [
        { key: 'mainland', value: h.byScope.mainland, drill: countedVisitors({ scope: 'mainland' }) },
        { key: 'hk', value: h.byScope.hk, drill: countedVisitors({ scope: 'hk' }) },
        { key: 'mo', value: h.byScope.mo, drill: countedVisitors({ scope: 'mo' }) },
        { key: 'tw', value: h.byScope.tw, drill: countedVisitors({ scope: 'tw' }) },
        { key: 'international', value: h.byScope.international, drill: countedVisitors({ scope: 'international' }) },
        { key: 'unknown', value: h.byScope.unknown, drill: countedVisitors({ scope: 'unknown' }) },
      ],
    ],
    [
      'notVisitors',
      [
        { key: 'press', value: h.nonVisitors.press, drill: present('press') },
        { key: 'exhibitor-staff', value: h.nonVisitors.exhibitor_staff, drill: present('exhibitor_staff') },
        { key: 'organizer-staff', value: h.nonVisitors.organizer_staff, drill: present('organizer_staff') },
        { key: 'entries', value: h.admittedEntries },
        { key: 'flagged', value: h.flaggedScans },
      ],
    ],
  ];
  return (
    <>
      {groups.map(([group, items]) => (
        <section key={group} aria-labelledby={`figures-${group}`}>
          <h3 id={`figures-${group}`}>{t(`figures.group.${group}`)}</h3>
          <div className="figures">
            {items.map((item) => {
              const body = (
                <>
                  <div className="value" data-testid={`dash-${item.key}`}>
                    {item.value}
                  </div>
                  <div className="label">{t(`figures.${item.key}`)}</div>
                  {item.sub && <div className="sub">{item.sub}</div>}
                </>
              );
              return (
                <div className="figure" key={item.key}>
                  {item.drill ? (
                    <Link to={drillPath(item.drill)} aria-label={t('figures.showRecords', { figure: t(`figures.${item.key}`), count: item.value })}>
                      {body}
                    </Link>
                  ) : (
                    body
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
