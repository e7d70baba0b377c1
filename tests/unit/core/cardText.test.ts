// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { decodeCtc, layoutLines, type OcrBox } from '../../../src/core/cards/ocr/pipeline';
import { parseCardText } from '../../../src/core/cards/parseText';
import { readCardText } from '../../../src/core/cards/readCard';

describe('parseCardText on Chinese cards', () => {
  it('reads a labelled card: 手机 / 电话 / 传真 with full-width colons, company, title, address', () => {
    const fields = parseCardText([
      '深圳市华强电子科技有限公司',
      '张 伟',
      '销售总监',
      '手机：138 0013 8000',
      '电话：0755-8888 6666  传真：0755-8888 6667',
      '邮箱：zhang.wei@huaqiang-tech.com.cn',
      '网址：www.huaqiang-tech.com.cn',
      '地址：广东省深圳市南山区科技园路88号华强大厦12楼',
    ]);
    expect(fields).toEqual({
      name: '张伟',
      title: '销售总监',
      company: '深圳市华强电子科技有限公司',
      mobile: '+8613800138000',
      phone: '+8675588886666',
      fax: '+8675588886667',
      email: 'zhang.wei@huaqiang-tech.com.cn',
      website: 'www.huaqiang-tech.com.cn',
      address: '广东省深圳市南山区科技园路88号华强大厦12楼',
    });
  });

  it('tells numbers apart without labels: a 1xx number is the mobile, an area code a landline', () => {
    const fields = parseCardText(['李娜', '市场经理', '上海东方国际贸易股份有限公司', '+86-13912345678', '(021) 68881234', 'lina@dongfang.com', '上海市浦东新区世纪大道100号环球金融中心58层']);
    expect(fields.mobile).toBe('+8613912345678');
    expect(fields.phone).toBe('+862168881234');
    expect(fields.fax).toBeNull();
    expect(fields.address).toBe('上海市浦东新区世纪大道100号环球金融中心58层');
  });

  it('splits a name and title printed on one line, and a department after the company', () => {
    const fields = parseCardText(['李娜 市场经理', '上海东方国际贸易股份有限公司 市场部', 'M 13912345678']);
    expect(fields.name).toBe('李娜');
    expect(fields.title).toBe('市场经理');
    expect(fields.company).toBe('上海东方国际贸易股份有限公司');
  });

  it('keeps a title that has no surname in front as the title ("外贸业务员" is no name)', () => {
    const fields = parseCardText(['徐海燕', '外贸业务员', '宁波市远航医疗器械有限公司']);
    expect(fields.name).toBe('徐海燕');
    expect(fields.title).toBe('外贸业务员');
  });

  it('joins a company name and an address that wrapped onto the next line, and drops a logo glyph', () => {
    expect(parseCardText(['北京中科包装材料集', '团有限公司', '邓文博']).company).toBe('北京中科包装材料集团有限公司');
    expect(parseCardText(['瑞 宁波瑞丰国际贸易集团有限公司', '罗文博']).company).toBe('宁波瑞丰国际贸易集团有限公司');
    expect(parseCardText(['周杰', '地址：北京市海淀区中关村大街168号华强大', '厦30楼']).address).toBe('北京市海淀区中关村大街168号华强大厦30楼');
  });

  it('reads numbers OCR ran together with their labels', () => {
    const fields = parseCardText(['电话+8675556518131传真（0755）20863993', '手机186-1611-0444', '电话：010-6234 5678 转 8001']);
    expect(fields.mobile).toBe('+8618616110444');
    expect(fields.phone).toBe('+8675556518131');
    expect(fields.fax).toBe('+8675520863993');
  });

  it('prefers the Chinese version of each field on a bilingual card', () => {
    const fields = parseCardText([
      '梁文博',
      'Wenbo Liang',
      '技术总监',
      'Technical Director',
      '永信电子科技股份有限公司',
      'Guangzhou Yongxin Electronic Technology Co., Ltd.',
      'Mobile: +86 177 8708 6912',
      'Add: 广东省广州市天河区珠江新城花城大道58号',
      'No. 58 Huacheng Avenue, Tianhe District',
      'Guangzhou 510620, China',
    ]);
    expect(fields).toMatchObject({ name: '梁文博', title: '技术总监', company: '永信电子科技股份有限公司', mobile: '+8617787086912', address: '广东省广州市天河区珠江新城花城大道58号' });
  });
});

describe('parseCardText on English cards', () => {
  it('reads M / T / F labels, a Co., Ltd. company and a street address over two lines', () => {
    const fields = parseCardText([
      'John Smith',
      'Sales Director',
      'Acme Trading Co., Ltd.',
      'M: +86 139 1234 5678',
      'T: +86 21 6123 4567',
      'F: +86 21 6123 4568',
      'E: john.smith@acme-trading.com',
      'www.acme-trading.com',
      '1200 Market Street, Suite 500',
      'San Francisco, CA 94103, USA',
    ]);
    expect(fields).toEqual({
      name: 'John Smith',
      title: 'Sales Director',
      company: 'Acme Trading Co., Ltd.',
      mobile: '+8613912345678',
      phone: '+862161234567',
      fax: '+862161234568',
      email: 'john.smith@acme-trading.com',
      website: 'www.acme-trading.com',
      address: '1200 Market Street, Suite 500, San Francisco, CA 94103, USA',
    });
  });

  it('reads foreign numbers, GmbH, a German street and a Tel/Fax label that gives both', () => {
    const fields = parseCardText(['Müller Maschinenbau GmbH', 'Dr. Anna Müller', 'Managing Director', 'Tel/Fax: +49 30 12345678', 'Mobile +49 151 23456789', 'anna.mueller@mueller-mb.de', 'Friedrichstraße 123', '10117 Berlin, Germany']);
    expect(fields).toMatchObject({
      name: 'Anna Müller',
      title: 'Managing Director',
      company: 'Müller Maschinenbau GmbH',
      mobile: '+4915123456789',
      phone: '+493012345678',
      fax: '+493012345678',
      address: 'Friedrichstraße 123, 10117 Berlin, Germany',
    });
  });

  it('takes the only number of an ambiguous (North American) type as the mobile, and reads Inc.', () => {
    const fields = parseCardText(['Laura Hughes', 'Business Development Manager', 'Summit Industrial Inc.', '+1 (646) 773-7360', 'laura@summit-industrial.com']);
    expect(fields.company).toBe('Summit Industrial Inc.');
    expect(fields.mobile).toBe('+16467737360');
    expect(fields.phone).toBeNull();
  });

  it('puts back spaces OCR dropped and the ß the model cannot read', () => {
    const fields = parseCardText(['Northwind SolutionsPLC', 'Emma Smith', 'PurchasingManager', 'Tel:+442079333450', 'Add:58KingStreet', 'LondonE145LQ,UnitedKingdom', 'A:HauptstraBe175']);
    expect(fields.company).toBe('Northwind Solutions PLC');
    expect(fields.title).toBe('Purchasing Manager');
    expect(fields.phone).toBe('+442079333450');
    expect(fields.address).toMatch(/^58 King Street, London/);
  });

  it('joins an English company name wrapped over lines and a legal form alone on the last line', () => {
    const lines = [
      { text: 'Olivia Becker', height: 46 },
      { text: 'Suzhou', height: 31 },
      { text: 'Chuangxin Auto', height: 31 },
      { text: 'Parts Co., Ltd.', height: 30 },
    ];
    expect(parseCardText(lines).company).toBe('Suzhou Chuangxin Auto Parts Co., Ltd.');
    expect(parseCardText([{ text: 'Robert Martin', height: 43 }, { text: 'Crestline Electronics', height: 26 }, { text: 'PLC', height: 27 }]).company).toBe('Crestline Electronics PLC');
  });

  it('joins a title wrapped after a function word, and a street alone above its postcode line', () => {
    expect(parseCardText(['Julia Hughes', 'Head of', 'Procurement', 'Meridian Components LLC']).title).toBe('Head of Procurement');
    expect(parseCardText(['John Wright', 'Am Hafen 84', '70173 Stuttgart, Germany']).address).toBe('Am Hafen 84, 70173 Stuttgart, Germany');
    expect(parseCardText(['Julia Johnson', 'Nova Electronics', 'Company Limited']).company).toBe('Nova Electronics Company Limited');
  });

  it('finishes titles and company names wrapped in a narrow column, leaving the logo letter out', () => {
    const L = (text: string, height: number) => ({ text, height });
    expect(parseCardText([L('Kevin Clarke', 38), L('Regional Sales', 29), L('Manager', 31), L('M:+8619913519457', 24)]).title).toBe('Regional Sales Manager');
    expect(parseCardText([L('Kevin Clarke', 38), L('Sales Manager', 29), L('Director', 31)]).title).toBe('Sales Manager');
    expect(parseCardText([L('Peter Johnson', 41), L('M', 40), L('Meridian', 29), L('Technologies PLC', 32)]).company).toBe('Meridian Technologies PLC');
    expect(parseCardText([L('Hannah Morgan', 47), L('H', 43), L('Hangzhou Zhongke', 29), L('Medical Devices', 27), L('Co., Ltd.', 29)]).company).toBe('Hangzhou Zhongke Medical Devices Co., Ltd.');
    expect(parseCardText([L('吴艳', 50), L('佳', 52), L('佳联电子科技有限责任公', 27), L('同', 31)]).company).toBe('佳联电子科技有限责任公司');
  });

  it('uses the largest text as the name when several lines could be one', () => {
    const fields = parseCardText([
      { text: 'Global Sourcing', height: 20 },
      { text: 'Peter Wright', height: 44 },
      { text: 'peter@example.com', height: 20 },
    ]);
    expect(fields.name).toBe('Peter Wright');
  });
});

describe('parseCardText on text that is no card', () => {
  it('finds nothing in a shop sign or an empty reading', () => {
    expect(parseCardText([])).toEqual(emptyCardFields());
    expect(parseCardText(['SALE', '50% OFF', 'OPEN 9-18'])).toEqual(emptyCardFields());
  });

  it('never takes the digits of an email or a postcode for a phone number', () => {
    const fields = parseCardText(['li88888888@example.cn', 'Shenzhen 518057, China']);
    expect(fields.email).toBe('li88888888@example.cn');
    expect(fields.mobile).toBeNull();
    expect(fields.phone).toBeNull();
  });
});

describe('OCR decoding and layout', () => {
  /** A [1, T, C] softmax output where each step is certain of one class, optionally with a runner-up. */
  function tensor(classes: string[], steps: Array<[string, number, string?, number?]>) {
    const c = classes.length;
    const data = new Float32Array(steps.length * c);
    steps.forEach(([ch, p, alt, pAlt], t) => {
      data[t * c + classes.indexOf(ch)] = p;
      if (alt) data[t * c + classes.indexOf(alt)] = pAlt ?? 0;
    });
    return { data, dims: [1, steps.length, c] };
  }
  const classes = ['', ...'abcdefghijklmnopqrstuvwxyz0123456789@.'.split(''), ' '];

  it('collapses repeats and blanks, and reads a look-alike letter between digits as the digit the model also saw', () => {
    const out = tensor(classes, [
      ['a', 0.9],
      ['a', 0.9],
      ['', 0.9],
      ['a', 0.9],
      ['o', 0.6, '0', 0.3],
      ['9', 0.9],
      ['@', 0.9],
    ]);
    expect(decodeCtc(out, 0, classes).text).toBe('aa09@');
    const sure = tensor(classes, [
      ['h', 0.9],
      ['o', 0.95, '0', 0.01],
      ['7', 0.9],
    ]);
    expect(decodeCtc(sure, 0, classes).text).toBe('ho7');
  });

  it('orders boxes by columns, keeps a far box on the same row apart, and undoes a tilt', () => {
    const box = (text: string, x: number, y: number, w: number, h: number, tilt = 0): OcrBox => {
      const dy = Math.tan(tilt) * w;
      return { text, score: 0.9, height: h, angle: tilt, quad: [[x, y], [x + w, y + dy], [x + w, y + dy + h], [x, y + h]] };
    };
    const tilt = 0.12;
    const lines = layoutLines([
      box('Phone', 500, 100 + 500 * Math.tan(tilt), 300, 30, tilt),
      box('Name', 50, 100, 200, 50, tilt),
      box('Email', 500, 140 + 500 * Math.tan(tilt), 300, 30, tilt),
      box('Title', 50, 160, 200, 30, tilt),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Name', 'Title', 'Phone', 'Email']);
  });
});

describe('parseCardText on layouts it was not written for (issue 17)', () => {
  it('keeps the brand of a logo block out of the name, beside it or run into it by OCR', () => {
    const beside = parseCardText(['华信 吴芳', '上海华信科技有限公司', '销售经理', '手机 13812345678']);
    expect(beside.name).toBe('吴芳');
    expect(beside.company).toBe('上海华信科技有限公司');
    const glued = parseCardText(['华信吴芳', '上海华信科技有限公司', '手机13812345678']);
    expect(glued.name).toBe('吴芳');
    // A compound surname is no brand, though 「司」 is in every 公司.
    expect(parseCardText(['司徒慧敏', '广州嘉禾贸易有限公司', '手机13812345678']).name).toBe('司徒慧敏');
  });

  it('reads one-letter labels glued to their values, and an unallocated number with its country code', () => {
    const fields = parseCardText([
      'Dr. Daniel J. Brown, PhD',
      'Head of Research',
      'Brownfield Analytics Ltd',
      'M +44 7700 900123',
      'Edaniel.brown@brownfield.co.uk',
      'Wwww.brownfield.co.uk',
      'A12 King Street',
      'Bristol BS1 4DJ, United Kingdom',
    ]);
    expect(fields).toMatchObject({
      name: 'Daniel J. Brown',
      title: 'Head of Research',
      company: 'Brownfield Analytics Ltd',
      mobile: '+447700900123',
      email: 'daniel.brown@brownfield.co.uk',
      website: 'www.brownfield.co.uk',
      address: '12 King Street, Bristol BS1 4DJ, United Kingdom',
    });
    expect(parseCardText(['Wbrownfield.co.uk']).website).toBe('brownfield.co.uk');
    // An email printed with the capital of the name it spells keeps its E.
    expect(parseCardText(['Emma Wilson', 'Northwind Ltd', 'Emma@northwind.co.uk']).email).toBe('emma@northwind.co.uk');
    expect(parseCardText(['Emma Wilson', 'Eemma@northwind.co.uk']).email).toBe('emma@northwind.co.uk');
  });

  it('reads a stacked bilingual card: two labels in a row, the Chinese title of a doubled one, no postcode in the address', () => {
    const fields = parseCardText([
      '天津市华信电梯有限公司',
      'Tianjin Huaxin Elevator Co., Ltd.',
      '范若曦',
      'Ruoxi Fan',
      '合伙人Partner',
      '手机Mobile：17389807493',
      '传真号码：022-79135661',
      '公司网站：huaxin.com.cn',
      'AddreSS：天津市南开区友谊路116号泰达服务中心13层1308',
      '邮编：300074',
    ]);
    expect(fields).toMatchObject({
      name: '范若曦',
      title: '合伙人',
      company: '天津市华信电梯有限公司',
      mobile: '+8617389807493',
      fax: '+862279135661',
      website: 'huaxin.com.cn',
      address: '天津市南开区友谊路116号泰达服务中心13层1308',
    });
  });

  it('splits a name from a department the title list does not know, but no title into a name', () => {
    expect(parseCardText(['贾秀英品质部主管', '合肥锦程光伏能源有限公司'])).toMatchObject({ name: '贾秀英', title: '品质部主管' });
    expect(parseCardText(['海外事业部经理', '陆雨萱', '合肥锦程光伏能源有限公司'])).toMatchObject({ name: '陆雨萱', title: '海外事业部经理' });
  });

  it('joins a street and its city read apart in two columns, and ends an address at its country', () => {
    const fields = parseCardText(['3-8-5 Shiba, Minato-ku', 'Victoria Alan Mendoza', 'Partner', 'Marlow Furniture Works Co.,Ltd.', 'Tokyo 105-0014,Japan']);
    expect(fields.address).toBe('3-8-5 Shiba, Minato-ku, Tokyo 105-0014, Japan');
    expect(fields.name).toBe('Victoria Alan Mendoza');
    const ended = parseCardText(['One Financial Center, Suite 1300', 'Boston,MA 02110, USA', 'Harriet Castellano, P.E.', 'Head of Sourcing', 'Foxhall Packaging Films Inc.']);
    expect(ended).toMatchObject({ address: 'One Financial Center, Suite 1300, Boston, MA 02110, USA', name: 'Harriet Castellano' });
  });

  it('reads labels behind bars and slashes, an address wrapped between street and city, and a name beside a number', () => {
    const fields = parseCardText([
      { text: 'LAKEMONT', height: 45 },
      { text: "Raymond O'Hara PhD M|+1 (619) 884-1096", height: 37 },
      { text: 'Key Account Manager', height: 29 },
      { text: 'Lakemont Marine Supplies', height: 29 },
      { text: 'GmbH', height: 27 },
      { text: 'Email / samuel@lakemont-global.de', height: 29 },
      { text: 'Web I www.lakemont-global.de', height: 28 },
      { text: 'Address / Hanauer Landstrasse 136', height: 29 },
      { text: 'Haus C', height: 25 },
      { text: '60327Frankfurt am Main, Germany', height: 28 },
    ]);
    expect(fields).toMatchObject({
      name: "Raymond O'Hara",
      mobile: '+16198841096',
      company: 'Lakemont Marine Supplies GmbH',
      email: 'samuel@lakemont-global.de',
      website: 'www.lakemont-global.de',
      address: 'Hanauer Landstrasse 136, Haus C, 60327 Frankfurt am Main, Germany',
    });
    expect(parseCardText(['Tel/Fax: +49 30 12345678'])).toMatchObject({ phone: '+493012345678', fax: '+493012345678' });
  });

  it('splits a name in capitals that lost its space where the email says, and a degree run into a name', () => {
    expect(parseCardText(['AMELIALINDQVIST,CPA', 'Key Account Manager', 'Foxhall Wine Imports LLC', 'MI+1 303.779.5259', 'Ealindqvist@foxhall.com'])).toMatchObject({
      name: 'Amelia Lindqvist',
      mobile: '+13037795259',
      email: 'alindqvist@foxhall.com',
    });
    expect(parseCardText(['FREDERICKHUGHES-WHITFIELD', 'Country Manager', 'Efhugheswhitfield@stonegate.de']).name).toBe('Frederick Hughes-Whitfield');
    expect(parseCardText(['WalterMcAllisterMSc', 'Supply Chain Manager', 'walter@ironbridge.co.jp']).name).toBe('Walter McAllister');
  });

  it('keeps the extension printed after an office number', () => {
    const fields = parseCardText(['电话：010-6234 5678 转 8001', 'T +1 303 555 0142 x204', '手机 138 0013 8000']);
    expect(fields.phone).toBe('+861062345678 ext. 8001');
    expect(fields.mobile).toBe('+8613800138000');
    expect(parseCardText(['T +1 303 555 0142 x204']).phone).toBe('+13035550142 ext. 204');
  });
});

describe('readCardText', () => {
  it("merges the card's contact QR code over the printed text, and ignores a QR that is no contact", () => {
    const printed = ['Jane Doe', 'Sales Director', 'Acme Trading Ltd', 'T +1 415 555 0100'];
    const merged = readCardText(printed, 'MECARD:N:Doe,Jane;TEL:+14158234567;EMAIL:jane@acme.com;;').fields;
    expect(merged).toMatchObject({ name: 'Jane Doe', title: 'Sales Director', company: 'Acme Trading Ltd', email: 'jane@acme.com' });
    expect(readCardText(printed, 'https://u.wechat.com/abc').fields).toEqual(parseCardText(printed));
  });
});

describe('unsure fields', () => {
  it('marks a number no range allocates, a line read with low confidence and a name without a known surname, never a QR field', () => {
    const lines = [
      { text: '鲜于明', height: 50, score: 0.99 },
      { text: 'Lakemont Trading Ltd', height: 30, score: 0.72 },
      { text: 'M +44 7700 900123', height: 24, score: 0.98 },
      { text: 'E ming@lakemont.co.uk', height: 24, score: 0.99 },
    ];
    const read = readCardText(lines);
    expect(read.fields).toMatchObject({ company: 'Lakemont Trading Ltd', mobile: '+447700900123', email: 'ming@lakemont.co.uk' });
    expect(read.unsure).toContain('company');
    expect(read.unsure).toContain('mobile');
    expect(read.unsure).not.toContain('email');
    const withQr = readCardText(lines, 'MECARD:N:Lakemont,Ming;ORG:Lakemont Trading Ltd;TEL:+447700900123;;');
    // The QR's number has no type: it fills the phone, exact, while the printed mobile stays unsure.
    expect(withQr.fields.phone).toBe('+447700900123');
    expect(withQr.unsure).toEqual(['mobile']);
    expect(readCardText(['贝多芬', '手机 13800138000']).unsure).toEqual(['name']);
    expect(readCardText(['张伟', '手机 13800138000']).unsure).toEqual([]);
  });
});
