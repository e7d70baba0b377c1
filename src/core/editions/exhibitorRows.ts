/**
 * Exhibitor lists as organizers keep them (参展商名录 / 展商合同表): one row per exhibitor with
 * company name, 统一社会信用代码, country, province, contact person, mobile, email, booth, floor
 * area (m²) and contract amount. Pure: the server reads the file, this decides what is valid.
 * A bad cell makes the row bad, reported by line with the reason; country or province names we
 * cannot place are kept as unknown and reported as warnings, never a reason to refuse the row.
 */
import { parsePhone } from '../phone';
import { looksLikeFormula, MAX_CELL_CHARS, type RowProblem } from '../roster/rows';
import { isEmail, labelKey, normaliseEmail, toHalfWidth } from '../text/normalise';
import { companyKey } from '../customers/names';
import { creditCodeProblem, normaliseCreditCode } from './creditCode';

export const EXHIBITOR_FIELDS = ['name', 'creditCode', 'country', 'province', 'contactName', 'mobile', 'email', 'booth', 'floorArea', 'contractAmount'] as const;
export type ExhibitorField = (typeof EXHIBITOR_FIELDS)[number];

const ALIASES: Record<ExhibitorField, readonly string[]> = {
  name: ['公司名称', '公司', '企业名称', '单位名称', '展商名称', '参展商', '参展商名称', '参展企业', '参展单位', 'company', 'companyname', 'exhibitor', 'exhibitorname', 'name'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', 'uscc', 'creditcode', 'unifiedsocialcreditcode', 'socialcreditcode'],
  country: ['国家', '国家地区', '国家/地区', '国别', 'country', 'countryregion'],
  province: ['省份', '省', '省市', '所在省份', 'province', 'state'],
  contactName: ['联系人', '联系人姓名', '负责人', 'contact', 'contactperson', 'contactname'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', 'mobile', 'phone', 'tel'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'emailaddress'],
  booth: ['展位号', '展位', '摊位号', '展台号', 'booth', 'boothno', 'boothnumber', 'stand', 'standno'],
  floorArea: ['面积', '展位面积', '参展面积', '面积m2', '面积平方米', '展位面积m2', '展位面积平方米', 'area', 'floorarea', 'floorareasqm', 'flooraream2', 'sqm', 'm2'],
  contractAmount: ['合同金额', '合同金额元', '金额', '金额元', '合同额', '参展费', '参展费用', 'contractamount', 'contractamountcny', 'amount', 'amountcny', 'fee'],
};
const LOOKUP = new Map<string, ExhibitorField>();
for (const field of EXHIBITOR_FIELDS) for (const alias of ALIASES[field]) LOOKUP.set(labelKey(alias), field);

export interface ExhibitorRecord {
  line: number;
  /** How a re-import recognises the exhibitor: its credit code, else its name. */
  importKey: string;
  name: string;
  creditCode: string;
  /** Country as written (placed by the server against the region dictionary). */
  countryText: string;
  provinceText: string;
  contactName: string;
  mobile: string;
  email: string;
  booth: string;
  floorArea: number | null;
  contractAmount: number | null;
  extra: Record<string, string>;
}

export interface ExhibitorParseResult {
  records: ExhibitorRecord[];
  problems: RowProblem[];
  fatal: string[];
  emptyLines: number;
}

/** A floor area: "36", "36.5", "36㎡", "36 m2", "36平方米"; null when empty, undefined when not a number of m². */
export function parseArea(raw: string): number | null | undefined {
  const text = toHalfWidth(raw.normalize('NFKC')).replace(/,/g, '').trim();
  if (!text) return null;
  const m = /^(\d+(?:\.\d+)?)\s*(m2|m²|sqm|平方米|平米|平方)?$/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A contract amount in yuan: "120000", "120,000.00", "¥120,000", "RMB 120000", "12万", "12万元". */
export function parseAmount(raw: string): number | null | undefined {
  const text = toHalfWidth(raw.normalize('NFKC'))
    .replace(/[,\s]/g, '')
    .replace(/^(¥|￥|rmb|cny|人民币)/i, '')
    .replace(/(元|rmb|cny)$/i, '');
  if (!text) return null;
  const m = /^(\d+(?:\.\d{1,2})?)(万)?$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * (m[2] ? 10_000 : 1);
  return Math.round(value * 100) / 100;
}

export function parseExhibitorRows(header: readonly string[], rows: ReadonlyArray<readonly string[]>, lines?: readonly number[]): ExhibitorParseResult {
  const fields: Partial<Record<ExhibitorField, number>> = {};
  const extra: Array<{ index: number; header: string }> = [];
  const fatal: string[] = [];
  header.forEach((h, index) => {
    const field = LOOKUP.get(labelKey(h));
    if (!field) {
      if (h.trim()) extra.push({ index, header: h.trim() });
    } else if (fields[field] !== undefined) fatal.push(`column ${field} appears more than once: ${header[fields[field] as number]}, ${h}`);
    else fields[field] = index;
  });
  if (fields.name === undefined) fatal.push('missing required column: company name (e.g. 公司名称 / company)');
  const result: ExhibitorParseResult = { records: [], problems: [], fatal, emptyLines: 0 };
  if (fatal.length) return result;

  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = lines?.[i] ?? i + 2;
    if (row.every((c) => !c || !c.trim())) {
      result.emptyLines++;
      return;
    }
    const problems: RowProblem[] = [];
    for (const [index, value] of row.entries()) {
      if (value && value.length > MAX_CELL_CHARS) problems.push({ line, message: `cell in column ${index + 1} is ${value.length} characters long (at most ${MAX_CELL_CHARS})` });
      else if (value && looksLikeFormula(value)) {
        problems.push({ line, message: `column ${index + 1} (${header[index] ?? '?'}) holds a spreadsheet formula (${value.trim().slice(0, 40)}); save the file with values only` });
      }
    }
    if (problems.length) {
      result.problems.push(...problems);
      return;
    }
    const cell = (field: ExhibitorField): string => {
      const index = fields[field];
      return index === undefined ? '' : (row[index] ?? '').normalize('NFC').trim();
    };
    const name = cell('name');
    if (!name) problems.push({ line, message: 'company name is empty' });

    const rawCode = cell('creditCode');
    const creditCode = rawCode ? normaliseCreditCode(rawCode) : '';
    const codeProblem = creditCode ? creditCodeProblem(creditCode) : null;
    if (codeProblem === 'length') problems.push({ line, message: `credit code "${rawCode}" must have 18 characters (it has ${creditCode.length})` });
    else if (codeProblem === 'characters') problems.push({ line, message: `credit code "${rawCode}" has characters a credit code never uses (I, O, Z, S, V or punctuation)` });
    else if (codeProblem === 'check_digit') problems.push({ line, message: `credit code "${rawCode}" has a wrong check digit (GB 32100-2015): a character was mistyped` });

    const rawMobile = cell('mobile');
    let mobile = '';
    if (rawMobile) {
      const phone = parsePhone(rawMobile);
      if (phone) mobile = phone.e164;
      else problems.push({ line, message: `"${rawMobile}" is not a valid phone number` });
    }
    const rawEmail = cell('email');
    const email = rawEmail ? normaliseEmail(rawEmail) : '';
    if (email && !isEmail(email)) problems.push({ line, message: `"${rawEmail}" is not a valid email address` });

    const area = parseArea(cell('floorArea'));
    if (area === undefined) problems.push({ line, message: `floor area "${cell('floorArea')}" is not a number of square metres (e.g. 36 or 36.5)` });
    const amount = parseAmount(cell('contractAmount'));
    if (amount === undefined) problems.push({ line, message: `contract amount "${cell('contractAmount')}" is not an amount in yuan (e.g. 120000, 120,000.00 or 12万)` });

    const importKey = creditCode ? `credit:${creditCode}` : `name:${companyKey(name)}`;
    const first = seen.get(importKey);
    if (first !== undefined) problems.push({ line, message: `same exhibitor as line ${first} (${creditCode ? 'credit code' : 'company name'})` });
    if (problems.length) {
      result.problems.push(...problems);
      return;
    }
    seen.set(importKey, line);
    const kept: Record<string, string> = {};
    for (const { index, header: h } of extra) {
      const value = (row[index] ?? '').trim();
      if (value) kept[h] = value;
    }
    result.records.push({
      line,
      importKey,
      name,
      creditCode,
      countryText: cell('country'),
      provinceText: cell('province'),
      contactName: cell('contactName'),
      mobile,
      email,
      booth: cell('booth'),
      floorArea: area ?? null,
      contractAmount: amount ?? null,
      extra: kept,
    });
  });
  return result;
}
