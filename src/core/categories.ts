/**
 * Visitor categories after ISO 25639-1 and exhibition auditors' practice (UFI, ABC):
 * only trade, public and VIP/buyer visitors count as visitors; press, exhibitor staff and
 * organizer/service staff are admitted but reported separately.
 */
export const VISITOR_CATEGORIES = ['trade', 'public', 'press', 'exhibitor_staff', 'vip_buyer', 'organizer_staff'] as const;
export type VisitorCategory = (typeof VISITOR_CATEGORIES)[number];

export const DEFAULT_CATEGORY: VisitorCategory = 'trade';

export function countsAsVisitor(category: VisitorCategory): boolean {
  return category === 'trade' || category === 'public' || category === 'vip_buyer';
}

/** Band colour printed on badges and shown at the desk, so staff can tell a category at a glance. */
export const CATEGORY_COLOURS: Readonly<Record<VisitorCategory, string>> = {
  trade: '#1d4ed8',
  public: '#15803d',
  press: '#b45309',
  exhibitor_staff: '#7c3aed',
  vip_buyer: '#b91c1c',
  organizer_staff: '#374151',
};

export function isVisitorCategory(value: string): value is VisitorCategory {
  return (VISITOR_CATEGORIES as readonly string[]).includes(value);
}
