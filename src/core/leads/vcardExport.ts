/**
 * Leads as a vCard 3.0 file (.vcf), one card per lead, for importing into a phone's or mail
 * program's contacts. UTF-8 (vCard 3.0 default); text values escaped as RFC 2426 says
 * (backslash, comma, semicolon, newline); lines folded at 75 octets without splitting a character.
 */
import type { ListedLead } from './filters';

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a content line: continuation lines start with one space; no UTF-8 character is split. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // The first line holds 75 octets; continuations 74 plus their leading space.
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function card(lead: ListedLead): string[] {
  const c = lead.contact;
  const name = c.name ?? c.company ?? c.email ?? lead.shared?.email ?? '';
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeText(name)}`, `N:${escapeText(name)};;;;`];
  if (c.company) lines.push(`ORG:${escapeText(c.company)}`);
  if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
  const mobile = c.mobile ?? (lead.shared?.mobile || null);
  if (mobile) lines.push(`TEL;TYPE=CELL:${escapeText(mobile)}`);
  if (c.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(c.phone)}`);
  if (c.fax) lines.push(`TEL;TYPE=WORK,FAX:${escapeText(c.fax)}`);
  const email = c.email ?? (lead.shared?.email || null);
  if (email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(email)}`);
  if (c.website) lines.push(`URL:${escapeText(c.website)}`);
  // The address as read from the card is one line: it goes in the street component.
  if (c.address) lines.push(`ADR;TYPE=WORK:;;${escapeText(c.address)};;;;`);
  if (lead.notes) lines.push(`NOTE:${escapeText(lead.notes)}`);
  lines.push(`UID:urn:uuid:${lead.id}`, 'END:VCARD');
  return lines.map(foldLine);
}

export function leadsToVcf(leads: readonly ListedLead[]): string {
  return leads.flatMap(card).join('\r\n') + (leads.length ? '\r\n' : '');
}
