import { DEFAULT_CATEGORY, VISITOR_CATEGORIES, type VisitorCategory } from '../categories';
import { labelKey } from '../text/normalise';

const LABELS: Record<VisitorCategory, readonly string[]> = {
  trade: ['专业观众', '专业', '贸易观众', '采购商', 'trade', 'tradevisitor', 'professional', 'business'],
  public: ['普通观众', '公众', '观众', '散客', 'public', 'publicvisitor', 'consumer', 'general'],
  press: ['媒体', '记者', '新闻', 'press', 'media', 'journalist'],
  exhibitor_staff: ['展商', '参展商', '展商人员', '参展人员', 'exhibitor', 'exhibitorstaff'],
  vip_buyer: ['vip', '贵宾', '买家', '买家团', '采购团', 'buyer', 'buyerdelegation', 'hostedbuyer', 'vipbuyer'],
  organizer_staff: ['工作人员', '主办方', '服务人员', '主办', 'staff', 'organizer', 'organiser', 'organizerstaff', 'service', 'contractor'],
};

const LOOKUP = new Map<string, VisitorCategory>();
for (const c of VISITOR_CATEGORIES) {
  LOOKUP.set(labelKey(c), c);
  for (const label of LABELS[c]) LOOKUP.set(labelKey(label), c);
}

/** Reads a category cell; an empty cell is a trade visitor (the usual pre-registration), an unknown one is null. */
export function parseCategoryLabel(text: string): VisitorCategory | null {
  const key = labelKey(text);
  if (!key) return DEFAULT_CATEGORY;
  return LOOKUP.get(key) ?? null;
}
