// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cardFieldsFromQr, parseMecard, parseVCard } from '../../../src/core/cards/vcard';

/** Quoted-printable of a string's bytes in a charset (what old phones write in vCard 2.1). */
function qp(bytes: Uint8Array): string {
  return [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
const utf8 = (s: string) => qp(new TextEncoder().encode(s));

describe('vCard 2.1', () => {
  it('decodes QUOTED-PRINTABLE UTF-8 values, soft line breaks and bare TEL types', () => {
    const org = utf8('深圳华强科技有限公司');
    const card = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${utf8('张')};${utf8('伟')};;;`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${utf8('张伟')}`,
      // A long value broken with soft line breaks ("=" at the end of a line).
      `ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${org.slice(0, 30)}=`,
      `${org.slice(30)};${utf8('销售部')}`,
      `TITLE;CHARSET=UTF-8;QUOTED-PRINTABLE:${utf8('销售总监')}`,
      'TEL;CELL;VOICE:+86 138 0013 8000',
      'TEL;WORK;VOICE:0755-88886666',
      'TEL;WORK;FAX:0755-88886667',
      'EMAIL;PREF;INTERNET:Zhang.Wei@Example.cn',
      'URL:http://www.example.cn',
      `ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;${utf8('科技园路88号')};${utf8('深圳市')};${utf8('广东省')};518057;${utf8('中国')}`,
      'END:VCARD',
    ].join('\r\n');
    expect(parseVCard(card)).toEqual({
      name: '张伟',
      title: '销售总监',
      company: '深圳华强科技有限公司',
      mobile: '+8613800138000',
      phone: '+8675588886666',
      fax: '+8675588886667',
      email: 'zhang.wei@example.cn',
      website: 'http://www.example.cn',
      address: '中国广东省深圳市科技园路88号',
    });
  });

  it('decodes QUOTED-PRINTABLE in CHARSET=GBK / GB2312 and BASE64 values', () => {
    // 张伟 and 销售总监 in GBK.
    const card = ['BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=D5=C5;=CE=B0', 'TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=GB2312:=CF=FA=CA=DB=D7=DC=BC=E0', `ORG;CHARSET=UTF-8;ENCODING=BASE64:${btoa(String.fromCharCode(...new TextEncoder().encode('华强')))}`, 'END:VCARD'].join('\r\n');
    expect(parseVCard(card)).toMatchObject({ name: '张伟', title: '销售总监', company: '华强' });
  });
});

describe('vCard 3.0 and 4.0', () => {
  it('reads 3.0: TYPE= lists, folded lines, escaped commas and a structured Chinese address', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:王;小明;;;',
      'FN:王小明',
      'ORG:北京示例科技有限公司;研发部',
      'TITLE:高级工程师',
      'TEL;TYPE=CELL,VOICE:13912345678',
      'TEL;TYPE=WORK:+86 10 6234 5678',
      'TEL;TYPE=WORK,FAX:+86 10 6234 5679',
      'EMAIL;TYPE=INTERNET,WORK:xm.wang@example.com',
      'ADR;TYPE=WORK:;;中关村大街1号;海淀区;北京市;100080;中国',
      'NOTE:Met at booth A12\\, interested in pumps',
      'URL:https://www.example.com/',
      ' about',
      'END:VCARD',
    ].join('\n');
    expect(parseVCard(card)).toEqual({
      name: '王小明',
      title: '高级工程师',
      company: '北京示例科技有限公司',
      mobile: '+8613912345678',
      phone: '+861062345678',
      fax: '+861062345679',
      email: 'xm.wang@example.com',
      website: 'https://www.example.com/about',
      address: '中国北京市海淀区中关村大街1号',
    });
  });

  it('reads 4.0: tel: URIs with extensions, quoted TYPE lists, ADR with a LABEL, an English address', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:李娜',
      'N:李;娜;;;',
      'ORG:上海东方国际贸易股份有限公司',
      'TEL;TYPE="cell,voice";VALUE=uri:tel:+86-139-1234-5678',
      'TEL;TYPE=work;VALUE=uri:tel:+86-21-6888-1234;ext=102',
      'EMAIL;TYPE=work:lina@dongfang.com',
      'ADR;TYPE=work;LABEL="上海市浦东新区世纪大道100号":;;世纪大道100号;上海市;;200120;中国',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVCard(card)).toMatchObject({ name: '李娜', company: '上海东方国际贸易股份有限公司', mobile: '+8613912345678', phone: '+862168881234 ext. 102', address: '上海市浦东新区世纪大道100号' });

    const english = ['BEGIN:VCARD', 'VERSION:4.0', 'N:Smith;John;;Mr.;', 'TEL;VALUE=uri;TYPE=cell:tel:+1-415-823-4567', 'ADR;TYPE=work:;Suite 500;1200 Market Street;San Francisco;CA;94103;USA', 'END:VCARD'].join('\r\n');
    expect(parseVCard(english)).toMatchObject({ name: 'John Smith', mobile: '+14158234567', address: 'Suite 500, 1200 Market Street, San Francisco, CA 94103, USA' });
  });
});

describe('MECARD and the QR dispatcher', () => {
  it('reads MECARD with a Chinese name, escaped colons and several numbers', () => {
    expect(parseMecard('MECARD:N:张,伟;SOUND:zhang,wei;TEL:13800138000;TEL:0755-88886666;EMAIL:zw@example.cn;ORG:深圳华强科技有限公司;TITLE:经理;URL:http\\://www.example.cn;ADR:广东省深圳市南山区科技园路88号;;')).toEqual({
      name: '张伟',
      title: '经理',
      company: '深圳华强科技有限公司',
      mobile: '+8613800138000',
      phone: '+8675588886666',
      fax: null,
      email: 'zw@example.cn',
      website: 'http://www.example.cn',
      address: '广东省深圳市南山区科技园路88号',
    });
    expect(parseMecard('MECARD:N:Owen,Sean;TEL:+12125551212;EMAIL:srowen@example.com;;').name).toBe('Sean Owen');
  });

  it('dispatches vCard, MECARD and BIZCARD and turns away codes that are no contact', () => {
    expect(cardFieldsFromQr('\uFEFFBEGIN:VCARD\nVERSION:3.0\nFN:陈静\nEND:VCARD')?.name).toBe('陈静');
    expect(cardFieldsFromQr('mecard:N:陈,静;;')?.name).toBe('陈静');
    expect(cardFieldsFromQr('BIZCARD:N:Sean;X:Owen;T:Engineer;C:Example Inc.;B:+12125551212;E:sean@example.com;;')).toMatchObject({ name: 'Sean Owen', title: 'Engineer', company: 'Example Inc.', email: 'sean@example.com' });
    expect(cardFieldsFromQr('https://example.com')).toBeNull();
    expect(cardFieldsFromQr('SF1ABCDEFGH')).toBeNull();
  });
});
