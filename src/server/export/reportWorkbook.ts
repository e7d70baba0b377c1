/**
 * The post-show report as an XLSX workbook, one sheet per table, in Simplified Chinese or
 * English. The printable page is the console's (translated by the app's i18n); this file's few
 * headings are kept here because the server never imports the app. Both render computeReport().
 */
import type { Workbook } from 'exceljs';
import { loadExcel } from '../lazyModules';
import { labeller } from '../../core/stats/labels';
import type { Report, ReportLanguage } from '../../core/stats/report';
import type { Count } from '../../core/stats/schema';
import type { EventTaxonomies } from '../../core/taxonomy/schema';

const TEXT = {
  'zh-CN': {
    summary: '概况',
    item: '项目',
    value: '数值',
    show: '展会名称',
    dates: '展期',
    venue: '展馆',
    timeZone: '统计时区',
    organizers: '主办单位',
    partners: '支持与合作单位',
    netArea: '净展出面积（平方米）',
    booths: '展位数',
    exhibitorsDomestic: '境内展商',
    exhibitorsInternational: '境外展商（含港澳台）',
    uniqueVisitors: '观众人数（去重）',
    visits: '观众人次',
    tradeShare: '专业观众占比',
    mainland: '中国大陆观众',
    hk: '中国香港观众',
    mo: '中国澳门观众',
    tw: '中国台湾观众',
    international: '境外观众',
    unknownRegion: '地区不详',
    press: '媒体（不计入观众）',
    exhibitorStaff: '展商人员（不计入观众）',
    organizerStaff: '主办及服务人员（不计入观众）',
    hot: '高意向线索',
    warm: '中意向线索',
    cold: '低意向线索',
    leadsNotAvailable: '线索数据暂缺',
    nextEdition: '下届展会',
    days: '每日观众',
    day: '日期',
    visitors: '观众人数',
    provinces: '国内地区分布',
    countries: '国家和地区',
    industries: '行业',
    sizes: '企业规模',
    interests: '关注产品',
    name: '名称',
    count: '人数',
    share: '占比',
    unknown: '不详',
    sideEvents: '同期活动',
    title: '活动',
    participants: '参与人数',
    note: '说明',
    provenance: '数据来源（本人填写 / 推断 / 不详）',
    region: '地区',
    provenanceInterests: '关注产品（每位观众每项计一次）',
    noteText: '观众人数按人去重：同一人多次入场、多个入口、多条登记记录只计一次；人次为每人每个展日计一次。媒体、展商人员、主办及服务人员不计入观众；伪造、撤销、他展及无法识别的胸卡不计。港澳台单独列示，不计入中国大陆。',
  },
  en: {
    summary: 'Summary',
    item: 'Item',
    value: 'Value',
    show: 'Show',
    dates: 'Dates',
    venue: 'Venue',
    timeZone: 'Days counted in',
    organizers: 'Organizers',
    partners: 'Partners and supporters',
    netArea: 'Net exhibition area (m²)',
    booths: 'Booths',
    exhibitorsDomestic: 'Domestic exhibitors',
    exhibitorsInternational: 'International exhibitors (incl. Hong Kong, Macao, Taiwan)',
    uniqueVisitors: 'Unique visitors',
    visits: 'Visits',
    tradeShare: 'Trade visitor share',
    mainland: 'Visitors from mainland China',
    hk: 'Visitors from Hong Kong, China',
    mo: 'Visitors from Macao, China',
    tw: 'Visitors from Taiwan, China',
    international: 'International visitors',
    unknownRegion: 'Region unknown',
    press: 'Press (not counted as visitors)',
    exhibitorStaff: 'Exhibitor staff (not counted as visitors)',
    organizerStaff: 'Organizer and service staff (not counted as visitors)',
    hot: 'Hot leads',
    warm: 'Warm leads',
    cold: 'Cold leads',
    leadsNotAvailable: 'Lead figures not available',
    nextEdition: 'Next edition',
    days: 'Visitors per day',
    day: 'Day',
    visitors: 'Visitors',
    provinces: 'Regions of China',
    countries: 'Countries and regions',
    industries: 'Industries',
    sizes: 'Company size',
    interests: 'Product interests',
    name: 'Name',
    count: 'Visitors',
    share: 'Share',
    unknown: 'Unknown',
    sideEvents: 'Side events',
    title: 'Event',
    participants: 'Participants',
    note: 'Note',
    provenance: 'How obtained (declared / inferred / unknown)',
    region: 'Region',
    provenanceInterests: 'Product interests (per visitor and interest)',
    noteText:
      'Unique visitors count each person once, however many entries, gates or registrations they have; a visit is one person on one show day. Press, exhibitor staff and organizer/service staff are not visitors; forged, revoked, unknown and other-event badges are not counted. Hong Kong, Macao and Taiwan are listed separately from mainland China.',
  },
} as const satisfies Record<ReportLanguage, Record<string, string>>;

type Cell = string | number | null;

function sheet(workbook: Workbook, name: string, header: readonly string[], rows: readonly Cell[][]): void {
  const ws = workbook.addWorksheet(name);
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 16));
}

/** The report's "how we count" shares: declared, inferred and unknown, as counts and percentages. */
function provenanceRows(report: Report, t: (typeof TEXT)[ReportLanguage]): Cell[][] {
  const figures = [
    [t.region, report.provenance.region],
    [t.industries, report.provenance.industry],
    [t.sizes, report.provenance.companySize],
    [t.provenanceInterests, report.provenance.interests],
  ] as const;
  return figures.map(([figure, c]) => {
    const total = c.declared + c.inferred + c.unknown;
    const share = (n: number) => `${n} (${total ? ((100 * n) / total).toFixed(1) : '–'}%)`;
    return [`${t.provenance}: ${figure}`, [share(c.declared), share(c.inferred), share(c.unknown)].join(' / ')];
  });
}

export async function reportWorkbook(report: Report, tax: EventTaxonomies, lang: ReportLanguage): Promise<Buffer> {
  const t = TEXT[lang];
  const name = labeller(tax, lang);
  const v = report.visitors;
  const d = report.details;
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const summary: Cell[][] = [
    [t.show, report.event.name],
    [t.dates, [report.event.startsOn, report.event.endsOn].filter(Boolean).join(' – ')],
    [t.venue, report.event.venue],
    [t.timeZone, report.timeZone],
    [t.organizers, d.organizers.join('; ')],
    [t.partners, d.partners.join('; ')],
    [t.netArea, d.netAreaSqm],
    [t.booths, d.booths],
    [t.exhibitorsDomestic, report.exhibitors.domestic],
    [t.exhibitorsInternational, report.exhibitors.international],
    [t.uniqueVisitors, v.uniqueVisitors],
    [t.visits, v.visits],
    [t.tradeShare, v.tradeShare === null ? null : Math.round(v.tradeShare * 1000) / 10],
    [t.mainland, v.byScope.mainland],
    [t.hk, v.byScope.hk],
    [t.mo, v.byScope.mo],
    [t.tw, v.byScope.tw],
    [t.international, v.byScope.international],
    [t.unknownRegion, v.byScope.unknown],
    [t.press, v.nonVisitors.press],
    [t.exhibitorStaff, v.nonVisitors.exhibitor_staff],
    [t.organizerStaff, v.nonVisitors.organizer_staff],
    ...(report.leads
      ? [
          [t.hot, report.leads.intent.hot],
          [t.warm, report.leads.intent.warm],
          [t.cold, report.leads.intent.cold],
        ]
      : [[t.leadsNotAvailable, null]]),
    [t.nextEdition, [d.nextEdition.startsOn, d.nextEdition.endsOn].filter(Boolean).join(' – ') + (d.nextEdition.venue ? ` ${d.nextEdition.venue}` : '') + (d.nextEdition.note ? ` ${d.nextEdition.note}` : '')],
    [t.note, t.noteText],
    ...provenanceRows(report, t),
  ];
  sheet(workbook, t.summary, [t.item, t.value], summary);
  sheet(workbook, t.days, [t.day, t.visitors], report.byDay.map((x) => [x.day, x.uniqueVisitors]));
  const table = (counts: readonly Count[], kind: Parameters<typeof name>[0]): Cell[][] =>
    counts.map((c) => [name(kind, c.key) ?? (c.key || t.unknown), c.count, v.uniqueVisitors ? Math.round((c.count / v.uniqueVisitors) * 1000) / 10 : null]);
  sheet(workbook, t.provinces, [t.name, t.count, `${t.share} %`], table(report.provinces, 'province'));
  sheet(workbook, t.countries, [t.name, t.count, `${t.share} %`], table(report.countries, 'country'));
  sheet(workbook, t.industries, [t.name, t.count, `${t.share} %`], table(report.industries, 'industry'));
  sheet(workbook, t.sizes, [t.name, t.count, `${t.share} %`], table(report.companySizes, 'companySize'));
  sheet(workbook, t.interests, [t.name, t.count, `${t.share} %`], table(report.interests, 'interest'));
  sheet(workbook, t.sideEvents, [t.title, t.day, t.participants], d.sideEvents.map((e) => [e.title, e.date, e.participants]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
