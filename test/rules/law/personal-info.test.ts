import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/law/personal-info.js';
import { EMPTY_LEXICON, FRONT_MATTER, lint, type MessageOptions, messagesOf, said } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE =
  '（依据：网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息））';
const mobile = (masked: string) =>
  `「${masked}」（此处已打码）像是个人手机号码。公开个人手机号会泄露个人信息：请改用单位电话或客服热线（如 400 电话）；确需提及时，只写“尾号 ${masked.slice(-4)}”。${SOURCE}`;
const id = (masked: string) =>
  `「${masked}」（此处已打码）是有效的居民身份证号码（校验位正确）。身份证号是敏感个人信息，不得公开：请从文中删除；确需指明本人时，只写“身份证尾号 ${masked.slice(-4)}”。${SOURCE}`;
const card = (masked: string, length: number) =>
  `「${masked}」（此处已打码）像是银行卡号（${length} 位，通过 Luhn 校验）。金融账户是敏感个人信息，不得公开：请从文中删除，或只写“尾号 ${masked.slice(-4)}”；收款请写单位对公账户。${SOURCE}`;

describe('law/personal-info', () => {
  it('reads full-width digits as digits', () => {
    expect(check(`${FRONT_MATTER}联系人电话：１３８１２３４５６７８。\n`)).toEqual([
      `7:7-7:18 error ${mobile('138****5678')}`,
    ]);
  });

  it('in a table, counts a number only under a personal header or beside a personal word', () => {
    const table = [
      '| 序号 | 测试值 | 手机 |',
      '| --- | --- | --- |',
      '| 1 | 13812345678 | 13912345678 |',
      '| 2 | 电话 13712345678 | - |',
      '',
    ].join('\n');
    expect(check(`${FRONT_MATTER}${table}`)).toEqual([
      `9:21-9:32 error ${mobile('139****5678')}`,
      `10:10-10:21 error ${mobile('137****5678')}`,
    ]);
  });

  it('in code, counts a number only on a line that says it is personal', () => {
    const code = '```text\nrequest_id=13812345678\nphone=13912345678\n```\n';
    expect(check(`${FRONT_MATTER}${code}`)).toEqual([`9:7-9:18 error ${mobile('139****5678')}`]);
  });

  it('reports a mobile number, masked', () => {
    expect(check(`${FRONT_MATTER}联系人张先生，电话 13812345678。\n`)).toEqual([
      `7:11-7:22 error ${mobile('138****5678')}`,
    ]);
  });

  it('reports mobile numbers grouped by hyphens or spaces and with a +86 prefix', () => {
    expect(
      check(
        `${FRONT_MATTER}手机：138-1234-5678，或 138 1234 5678，或 +86 138 1234 5678，或 +8613812345678。\n`,
      ),
    ).toEqual([
      `7:4-7:17 error ${mobile('138****5678')}`,
      `7:20-7:33 error ${mobile('138****5678')}`,
      `7:36-7:53 error ${mobile('138****5678')}`,
      `7:56-7:70 error ${mobile('138****5678')}`,
    ]);
  });

  it('never reports company hotlines or landlines', () => {
    expect(
      check(`${FRONT_MATTER}客服热线 400-123-4567，800-820-8820，座机 010-12345678，021-6123 4567。\n`),
    ).toEqual([]);
  });

  it('does not report a mobile-like run inside a longer number or identifier', () => {
    expect(
      check(
        `${FRONT_MATTER}订单号 2026113812345678901 已发货；编号 A13812345678；金额 1.13812345678 元；138-1234-56789。\n`,
      ),
    ).toEqual([]);
  });

  it('reports valid ID numbers, including an X check digit and a leap day', () => {
    expect(check(`${FRONT_MATTER}身份证号 11010519491231002X，另一个 110105200002290013。\n`)).toEqual([
      `7:6-7:24 error ${id('110105********002X')}`,
      `7:29-7:47 error ${id('110105********0013')}`,
    ]);
  });

  it('reports an ID number written in groups', () => {
    expect(check(`${FRONT_MATTER}分组写法 110105 19491231 002X。\n`)).toEqual([
      `7:6-7:26 error ${id('110105********002X')}`,
    ]);
  });

  it('does not report 18-digit numbers with a wrong check digit or an impossible date', () => {
    // 440304199003071234 would need X; 1990-02-30 does not exist.
    expect(check(`${FRONT_MATTER}订单号 440304199003071234，110105199002301234。\n`)).toEqual([]);
  });

  it('reports bank card numbers that pass Luhn, together or grouped', () => {
    expect(
      check(`${FRONT_MATTER}卡号 6222021234567890128，分组 6222 0212 3456 7890 128，4532-0151-1283-0366。\n`),
    ).toEqual([
      `7:4-7:23 error ${card('6222***********0128', 19)}`,
      `7:27-7:50 error ${card('6222***********0128', 19)}`,
      `7:51-7:70 error ${card('4532********0366', 16)}`,
    ]);
  });

  it('does not report digit runs that fail Luhn, are too long or start with another digit', () => {
    expect(
      check(
        `${FRONT_MATTER}流水号 6222021234567890127，序列 12345678901234567890123，单号 8222021234567890128。\n`,
      ),
    ).toEqual([]);
  });

  it('looks in code blocks, tables and the front matter too', () => {
    expect(
      check(
        `${FRONT_MATTER.replace('author: 集团市场部', 'author: 张三 13812345678')}\`\`\`\nphone = "13912345678"\n\`\`\`\n\n| 姓名 | 电话 |\n| --- | --- |\n| 李 | 15912345678 |\n`,
      ),
    ).toEqual([
      `3:12-3:23 error ${mobile('138****5678')}`,
      `8:10-8:21 error ${mobile('139****5678')}`,
      `13:7-13:18 error ${mobile('159****5678')}`,
    ]);
  });

  it('keeps the number masked in the JSON actual field', () => {
    const result = lint(`${FRONT_MATTER}电话 13812345678\n`, {
      rules: [rule],
      lexicon: EMPTY_LEXICON,
    });
    expect(result.messages.map((m) => m.actual)).toEqual(['138****5678']);
  });

  it('speaks English', () => {
    expect(
      check(`${FRONT_MATTER}电话 13812345678，身份证 11010519491231002X，卡号 6222021234567890128。\n`, {
        locale: 'en',
      }),
    ).toEqual([
      '7:4-7:15 error "138****5678" (masked here) looks like a personal mobile number. Publishing it exposes personal information: give a company line or hotline (e.g. a 400 number) instead; where it must be mentioned, write only "ending 5678". (Source: 网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息）)',
      '7:20-7:38 error "110105********002X" (masked here) is a valid resident ID number (its check digit is correct). ID numbers are sensitive personal information and must not be published: delete it from the article; where the person must be identified, write only "ID ending 002X". (Source: 网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息）)',
      '7:42-7:61 error "6222***********0128" (masked here) looks like a bank card number (19 digits, passes the Luhn check). Financial accounts are sensitive personal information and must not be published: delete it from the article or write only "ending 0128"; for payments give the company account. (Source: 网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息）)',
    ]);
  });
});

describe('law/personal-info messages', () => {
  it('quote the number masked once, and suggest a fix that differs from what they quote', () => {
    const messages = lint(
      `${FRONT_MATTER}\n电话 13812345678，身份证 11010519491231002X，卡号 6222021234567890128。\n`,
      { rules: [rule] },
    ).messages.map((m) => said(m));
    expect(messages).toHaveLength(3);
    const expected: [string, string, string][] = [
      [messages[0]!, '138****5678', '尾号 5678'],
      [messages[1]!, '110105********002X', '身份证尾号 002X'],
      [messages[2]!, '6222***********0128', '尾号 0128'],
    ];
    for (const [message, masked, fix] of expected) {
      expect(message.split(masked)).toHaveLength(2);
      expect(message).toContain(`只写“${fix}”`);
    }
  });
});
