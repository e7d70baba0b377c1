/**
 * One valid request body per endpoint that takes one, keyed by operation name: the OpenAPI
 * document shows them to integrators, and the bad-input suite starts from them (a unit test
 * checks each against its declaration). Ids are placeholders: where a body must name rows that
 * exist, the tests bring their own. Not imported by the app.
 */
import { DEFAULT_TIER_RULES } from '../customers/tiers';
import { DEFAULT_FEEDBACK_CATEGORIES } from '../feedback/schema';
import { DEFAULT_SLA } from '../feedback/sla';
import { DEFAULT_VISITOR_FORM } from '../forms/visitorForm';
import { starterSurvey } from '../surveys/schema';
import { DEFAULT_TAXONOMIES } from '../taxonomy/schema';

const DEVICE = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const EVENT = '0190a1b2-c3d4-7e5f-8a9b-1c1d2e3f4a5b';
const PERSON_A = '0190a1b2-c3d4-7e5f-8a9b-2c1d2e3f4a5b';
const PERSON_B = '0190a1b2-c3d4-7e5f-8a9b-3c1d2e3f4a5b';
/** The first bytes of a JPEG, as base64: enough for the upload's type check. */
const JPEG = '/9j/4AAQ';

const booth = {
  products: [{ id: 'robots', name: '工业机器人' }],
  questions: [{ id: 'budget', label: '预算', type: 'single', options: [{ id: 'lt1m', label: '100万以下' }, { id: 'gt1m', label: '100万以上' }] }],
};

export const REQUEST_EXAMPLES: Record<string, { body: unknown }> = {
  'device.pair': { body: { code: '123456', deviceName: 'Gate A' } },
  'device.push': {
    body: {
      deviceId: DEVICE,
      unsynced: 0,
      sentAt: '2026-05-12T09:30:05.000Z',
      mutations: [
        {
          id: '0190a1b2-c3d4-7e5f-8a9b-4c1d2e3f4a5b',
          seq: 1,
          type: 'checkin',
          op: 'create',
          capturedAt: '2026-05-12T09:30:00.000Z',
          data: {
            id: '0190a1b2-c3d4-7e5f-8a9b-5c1d2e3f4a5b',
            eventId: EVENT,
            deviceId: DEVICE,
            capturedAt: '2026-05-12T09:30:00.000Z',
            code: 'SF1ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
            method: 'scanner',
            attendeeId: null,
            category: 'trade',
            name: '张伟',
            company: 'Acme 科技',
            flags: [],
          },
        },
      ],
    },
  },
  'device.feedbackPhoto': { body: { contentType: 'image/jpeg', data: JPEG } },
  'device.leadPhoto': { body: { contentType: 'image/jpeg', data: JPEG } },
  'console.session.setup': { body: { username: 'organizer', password: 'a long enough password' } },
  'console.session.login': { body: { username: 'organizer', password: 'a long enough password' } },
  'console.session.logout': { body: {} },
  'console.event.save': { body: { name: '2026 国际电子展', startsOn: '2026-05-12', endsOn: '2026-05-14', venue: '深圳会展中心' } },
  'console.event.revokeDevice': { body: {} },
  'console.event.pairingCode': { body: { role: 'kiosk', exhibitorId: null, ttlMinutes: 30 } },
  'console.event.addExhibitor': { body: { name: 'Contoso 电子' } },
  'console.event.saveVisitorForm': { body: DEFAULT_VISITOR_FORM },
  'console.event.revokeBadge': { body: {} },
  'console.stats.saveReportDetails': {
    body: { organizers: ['深圳市会展协会'], partners: ['Media Partner Ltd.'], netAreaSqm: 50_000, booths: 1_200, exhibitorsDomestic: null, exhibitorsInternational: null, sideEvents: [] },
  },
  'console.stats.saveTimeZone': { body: { timeZone: 'Asia/Shanghai' } },
  'console.stats.saveExhibitorProfile': { body: { country: 'CN', productCategories: [] } },
  'console.visitors.correct': { body: { field: 'country', value: 'CN' } },
  'console.visitors.merge': { body: { into: PERSON_A, from: PERSON_B, signal: 'manual' } },
  'console.visitors.distinct': { body: { a: PERSON_A, b: PERSON_B } },
  'console.visitors.undoMerge': { body: {} },
  'console.visitors.reclassify': { body: {} },
  'console.visitors.classifyStep': { body: {} },
  'console.visitors.erase': { body: { confirm: true } },
  'console.taxonomies.save': { body: DEFAULT_TAXONOMIES },
  'console.surveys.create': { body: starterSurvey() },
  'console.surveys.save': { body: starterSurvey() },
  'console.surveys.setActive': { body: { active: true } },
  'console.feedback.saveSettings': { body: { categories: DEFAULT_FEEDBACK_CATEGORIES.categories, sla: DEFAULT_SLA } },
  'console.feedback.step': { body: { to: 'assigned', assignee: '客服 A 组', note: '已联系' } },
  'console.leads.createAccount': { body: { username: 'acme-team', password: 'a long enough password' } },
  'console.leads.disableAccount': { body: {} },
  'console.leads.enableAccount': { body: {} },
  'console.leads.resetPassword': { body: { password: 'another long password' } },
  'console.leads.endSessions': { body: {} },
  'console.leads.saveBooth': { body: booth },
  'console.leads.saveQuestions': { body: { questions: [] } },
  'console.editions.add': { body: { name: '2027 国际电子展', startsOn: '2027-05-12', endsOn: '2027-05-14', copyFrom: 'previous' } },
  'console.editions.use': { body: {} },
  'console.customers.prospect': { body: { kind: 'company', name: 'Contoso 电子', company: '', mobile: '+8613800138000', source: 'other_shows', owner: '王经理' } },
  'console.customers.set': { body: { source: 'internet', owner: '王经理' } },
  'console.customers.note': { body: { kind: 'call', text: '电话回访：明年考虑扩大展位', winBack: false } },
  'console.customers.stage': { body: { stage: 'first_contact', note: '首次电话沟通' } },
  'console.customers.lostReason': { body: { reason: 'market', note: '市场需求下降' } },
  'console.customers.recovered': { body: { note: '已签约下一届' } },
  'console.customers.referral': { body: { inviteCode: 'AB12-CD34' } },
  'console.customers.merge': { body: { into: PERSON_A, from: PERSON_B, note: '' } },
  'console.customers.split': { body: { records: [PERSON_A], note: '' } },
  'console.customers.unlink': { body: { note: '不是同一人' } },
  'console.customers.undo': { body: {} },
  'console.customers.decide': { body: { decision: 'distinct' } },
  'console.customers.saveTierRule': { body: { ...DEFAULT_TIER_RULES.company } },
  'console.customers.computeTiers': { body: {} },
  'exhibitor.login': { body: { username: 'acme-team', password: 'a long enough password' } },
  'exhibitor.logout': { body: {} },
  'exhibitor.saveProfile': { body: booth },
  'exhibitor.importCard': { body: { fileName: 'card.jpg', data: JPEG } },
  'cli.run': { body: { argv: ['stats', '--json'], cwd: '/srv/showfloor' } },
};
