/**
 * Industry sections of the two classifications the post-show report is read against:
 *
 * - GB/T 4754-2017 《国民经济行业分类》 (Industrial classification for national economic
 *   activities, with amendment No. 1 of 2019), sections (门类) A–T;
 * - ISIC Rev.4 (UN International Standard Industrial Classification of All Economic Activities,
 *   revision 4, 2008), sections A–U.
 *
 * GB/T 4754 was revised "with reference to" ISIC Rev.4, but its sections are cut differently:
 * the letters do not line up after D, and several GB/T sections are split across ISIC sections.
 * Each GB/T section therefore lists its ISIC sections, the main one first, with a note where
 * the correspondence is only partial. A visitor's industry is mapped section to section; a
 * class-level concordance would need the company's four-digit activity, which a trade-show
 * form does not ask for.
 *
 * GB/T names are the standard's own (zh-TW is the same name in traditional characters, not a
 * Taiwanese re-wording, so it stays recognisable as the standard). English GB/T names are the
 * customary translation used by the National Bureau of Statistics. ISIC English names are the
 * UN's; the Chinese ISIC names are our own short renderings.
 */
import { label, type LocalisedLabel } from './labels';

export const GBT_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;
export type GbtSection = (typeof GBT_SECTIONS)[number];

export const ISIC_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type IsicSection = (typeof ISIC_SECTIONS)[number];

export interface GbtSectionInfo {
  code: GbtSection;
  labels: LocalisedLabel;
  /** ISIC Rev.4 sections covering this GB/T section, the one that covers most of it first. */
  isic: readonly [IsicSection, ...IsicSection[]];
  /** Where the correspondence is partial: which GB/T divisions fall into the other ISIC sections. */
  note?: string;
}

export const GBT_4754_2017: Readonly<Record<GbtSection, GbtSectionInfo>> = {
  A: { code: 'A', labels: label('农、林、牧、渔业', '農、林、牧、漁業', 'Agriculture, forestry, animal husbandry and fishery'), isic: ['A'] },
  B: { code: 'B', labels: label('采矿业', '採礦業', 'Mining'), isic: ['B'] },
  C: {
    code: 'C',
    labels: label('制造业', '製造業', 'Manufacturing'),
    isic: ['C', 'E'],
    note: 'GB/T 42 (comprehensive use of waste resources) is materials recovery, ISIC 383 in section E.',
  },
  D: {
    code: 'D',
    labels: label('电力、热力、燃气及水生产和供应业', '電力、熱力、燃氣及水生產和供應業', 'Production and supply of electricity, heat, gas and water'),
    isic: ['D', 'E'],
    note: 'GB/T 46 (water production and supply, sewage treatment) is ISIC 36–37 in section E.',
  },
  E: { code: 'E', labels: label('建筑业', '建築業', 'Construction'), isic: ['F'] },
  F: {
    code: 'F',
    labels: label('批发和零售业', '批發和零售業', 'Wholesale and retail trade'),
    isic: ['G'],
    note: 'ISIC G also holds the repair of motor vehicles (452), which GB/T puts in O 81.',
  },
  G: { code: 'G', labels: label('交通运输、仓储和邮政业', '交通運輸、倉儲和郵政業', 'Transport, storage and postal services'), isic: ['H'] },
  H: { code: 'H', labels: label('住宿和餐饮业', '住宿和餐飲業', 'Accommodation and catering'), isic: ['I'] },
  I: {
    code: 'I',
    labels: label('信息传输、软件和信息技术服务业', '信息傳輸、軟件和信息技術服務業', 'Information transmission, software and information technology services'),
    isic: ['J'],
    note: 'ISIC J also holds publishing, film and broadcasting (58–60), which GB/T puts in R 86–87.',
  },
  J: { code: 'J', labels: label('金融业', '金融業', 'Finance'), isic: ['K'] },
  K: { code: 'K', labels: label('房地产业', '房地產業', 'Real estate'), isic: ['L'] },
  L: {
    code: 'L',
    labels: label('租赁和商务服务业', '租賃和商務服務業', 'Leasing and business services'),
    isic: ['N', 'M'],
    note: 'Leasing (GB/T 71), human-resource services, security, exhibitions and travel agencies are ISIC N; head-office management, legal and accounting services, consulting, market research and advertising are ISIC M 69, 70 and 73.',
  },
  M: { code: 'M', labels: label('科学研究和技术服务业', '科學研究和技術服務業', 'Scientific research and technical services'), isic: ['M'] },
  N: {
    code: 'N',
    labels: label('水利、环境和公共设施管理业', '水利、環境和公共設施管理業', 'Water conservancy, environment and public facilities management'),
    isic: ['E', 'N', 'R', 'O'],
    note: 'No single ISIC section: water management and pollution treatment (GB/T 76, 772) are ISIC E 36–39; greening and landscaping are N 813; parks, nature reserves and scenic areas are R 91; land management (GB/T 79) is O 84.',
  },
  O: {
    code: 'O',
    labels: label('居民服务、修理和其他服务业', '居民服務、修理和其他服務業', 'Resident services, repair and other services'),
    isic: ['S', 'G', 'N', 'T'],
    note: 'Motor-vehicle repair (GB/T 811) is ISIC G 452; cleaning (GB/T 821) is N 812; domestic services (GB/T 801) are partly ISIC T 97.',
  },
  P: { code: 'P', labels: label('教育', '教育', 'Education'), isic: ['P'] },
  Q: { code: 'Q', labels: label('卫生和社会工作', '衛生和社會工作', 'Health and social work'), isic: ['Q'] },
  R: {
    code: 'R',
    labels: label('文化、体育和娱乐业', '文化、體育和娛樂業', 'Culture, sports and entertainment'),
    isic: ['R', 'J'],
    note: 'News, publishing, radio, television, film and recording (GB/T 86–87) are ISIC J 58–60.',
  },
  S: {
    code: 'S',
    labels: label('公共管理、社会保障和社会组织', '公共管理、社會保障和社會組織', 'Public administration, social security and social organisations'),
    isic: ['O', 'S'],
    note: 'Social organisations and associations (GB/T 95) are ISIC S 94 (membership organisations); grassroots self-government (GB/T 96) has no clean ISIC counterpart and is counted with O.',
  },
  T: { code: 'T', labels: label('国际组织', '國際組織', 'International organisations'), isic: ['U'] },
};

export interface IsicSectionInfo {
  code: IsicSection;
  labels: LocalisedLabel;
}

export const ISIC_REV4: Readonly<Record<IsicSection, IsicSectionInfo>> = {
  A: { code: 'A', labels: label('农业、林业和渔业', '農業、林業和漁業', 'Agriculture, forestry and fishing') },
  B: { code: 'B', labels: label('采矿和采石', '採礦和採石', 'Mining and quarrying') },
  C: { code: 'C', labels: label('制造业', '製造業', 'Manufacturing') },
  D: { code: 'D', labels: label('电、燃气、蒸汽和空调供应', '電、燃氣、蒸汽和空調供應', 'Electricity, gas, steam and air conditioning supply') },
  E: { code: 'E', labels: label('供水、污水处理、废物管理和补救', '供水、污水處理、廢物管理和補救', 'Water supply; sewerage, waste management and remediation activities') },
  F: { code: 'F', labels: label('建筑业', '建築業', 'Construction') },
  G: { code: 'G', labels: label('批发和零售业、汽车和摩托车修理', '批發和零售業、汽車和摩托車修理', 'Wholesale and retail trade; repair of motor vehicles and motorcycles') },
  H: { code: 'H', labels: label('运输和仓储', '運輸和倉儲', 'Transportation and storage') },
  I: { code: 'I', labels: label('住宿和餐饮服务', '住宿和餐飲服務', 'Accommodation and food service activities') },
  J: { code: 'J', labels: label('信息和通信', '信息和通信', 'Information and communication') },
  K: { code: 'K', labels: label('金融和保险活动', '金融和保險活動', 'Financial and insurance activities') },
  L: { code: 'L', labels: label('房地产活动', '房地產活動', 'Real estate activities') },
  M: { code: 'M', labels: label('专业、科学和技术活动', '專業、科學和技術活動', 'Professional, scientific and technical activities') },
  N: { code: 'N', labels: label('行政和辅助服务活动', '行政和輔助服務活動', 'Administrative and support service activities') },
  O: { code: 'O', labels: label('公共管理和国防、强制性社会保障', '公共管理和國防、強制性社會保障', 'Public administration and defence; compulsory social security') },
  P: { code: 'P', labels: label('教育', '教育', 'Education') },
  Q: { code: 'Q', labels: label('人体健康和社会工作活动', '人體健康和社會工作活動', 'Human health and social work activities') },
  R: { code: 'R', labels: label('艺术、娱乐和文娱活动', '藝術、娛樂和文娛活動', 'Arts, entertainment and recreation') },
  S: { code: 'S', labels: label('其他服务活动', '其他服務活動', 'Other service activities') },
  T: {
    code: 'T',
    labels: label('家庭作为雇主的活动、家庭自用的生产活动', '家庭作為僱主的活動、家庭自用的生產活動', 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use'),
  },
  U: { code: 'U', labels: label('国际组织和机构的活动', '國際組織和機構的活動', 'Activities of extraterritorial organizations and bodies') },
};

/** The ISIC section that covers most of a GB/T section (the section-level concordance the report uses). */
export function isicForGbt(section: GbtSection): IsicSection {
  return GBT_4754_2017[section].isic[0];
}

export function isGbtSection(value: string): value is GbtSection {
  return (GBT_SECTIONS as readonly string[]).includes(value);
}

export function isIsicSection(value: string): value is IsicSection {
  return (ISIC_SECTIONS as readonly string[]).includes(value);
}
