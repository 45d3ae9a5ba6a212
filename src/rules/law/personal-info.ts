import type { Article } from '../../article/article.js';
import type { Segment } from '../../article/prose.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import { defineRule, spanOf } from '../types.js';

/**
 * Personal data in the article: mainland mobile numbers, resident ID numbers and bank card numbers. Every prose
 * segment is searched, code and tables included: a number in a code block is published all the same.
 *
 * - Mobile: 1[3-9]X XXXX XXXX, written together or grouped 3-4-4 by one kind of space or hyphen, optionally after
 *   +86/0086/86. Landlines (0xx-…) and company hotlines (400/800-…) never match.
 * - Resident ID (GB 11643-1999): 6-digit area, a real birth date in 19xx/20xx, 3-digit sequence and a check digit
 *   that is correct. An 18-digit number with a wrong check digit is an order number, not an ID.
 * - Bank card: 16–19 digits (together or in groups of four) starting with a common IIN (62, 3, 4, 5) that pass the
 *   Luhn check.
 * A number that is part of a longer run of digits or letters (an order number, a hash) matches none of them.
 * Full-width digits (１３８…) are read as digits. In code blocks and table cells, where serial numbers, hashes
 * and benchmark figures abound, a number counts only next to a word that says it is personal: on the same code
 * line, in the same cell, or in the header of the cell's column (手机, 身份证, 卡号, 账户, 转账…).
 * Messages and `actual` show the number masked, so the report does not spread it further.
 */
export default defineRule({
  meta: {
    id: 'law/personal-info',
    description: {
      zh: '正文不公开个人手机号、身份证号、银行卡号',
      en: 'The article does not publish personal mobile numbers, ID numbers or bank card numbers',
    },
    defaultSeverity: 'error',
    source:
      '网络信息内容生态治理规定第六条第（十）项；个人信息保护法第二十八条（身份证号、金融账户为敏感个人信息）',
    defaults: {},
  },
  check(article, { report }) {
    let headers: ColumnHeaders | undefined;
    for (const segment of article.segments) {
      const text = halfWidthDigits(segment.text);
      // Each number has four digits in a row, and most segments have none: one quick test spares three searches.
      if (!FOUR_DIGITS.test(text)) continue;
      const needsContext = segment.kind === 'code' || segment.kind === 'tableCell';
      if (segment.kind === 'tableCell') headers ??= columnHeaders(article);
      const personal = (start: number) =>
        !needsContext ||
        PERSONAL_CONTEXT.test(segment.kind === 'code' ? lineAround(text, start) : text) ||
        (segment.kind === 'tableCell' && PERSONAL_CONTEXT.test(headers!.of(segment)));
      const found: Array<{ start: number; end: number; message: LocalizedText; masked: string }> = [];
      const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);

      for (const m of text.matchAll(ID_NUMBER)) {
        const digits = `${m[1]}${m[3]}${m[4]}`;
        if (!isIdNumber(digits) || !personal(m.index)) continue;
        const masked = `${digits.slice(0, 6)}********${digits.slice(14)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）是有效的居民身份证号码（校验位正确）。身份证号是敏感个人信息，不得公开：请从文中删除；确需指明本人时，只写“身份证尾号 ${digits.slice(-4)}”。`,
            en: `"${masked}" (masked here) is a valid resident ID number (its check digit is correct). ID numbers are sensitive personal information and must not be published: delete it from the article; where the person must be identified, write only "ID ending ${digits.slice(-4)}".`,
          },
        });
      }
      for (const m of text.matchAll(BANK_CARD)) {
        const digits = m[0].replace(/[ -]/g, '');
        if (!luhn(digits) || overlaps(m.index, m.index + m[0].length) || !personal(m.index)) continue;
        const masked = `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）像是银行卡号（${digits.length} 位，通过 Luhn 校验）。金融账户是敏感个人信息，不得公开：请从文中删除，或只写“尾号 ${digits.slice(-4)}”；收款请写单位对公账户。`,
            en: `"${masked}" (masked here) looks like a bank card number (${digits.length} digits, passes the Luhn check). Financial accounts are sensitive personal information and must not be published: delete it from the article or write only "ending ${digits.slice(-4)}"; for payments give the company account.`,
          },
        });
      }
      for (const m of text.matchAll(MOBILE)) {
        if (overlaps(m.index, m.index + m[0].length) || !personal(m.index)) continue;
        const digits = `${m[1]}${m[3]}${m[4]}`;
        const masked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          masked,
          message: {
            zh: `「${masked}」（此处已打码）像是个人手机号码。公开个人手机号会泄露个人信息：请改用单位电话或客服热线（如 400 电话）；确需提及时，只写“尾号 ${digits.slice(-4)}”。`,
            en: `"${masked}" (masked here) looks like a personal mobile number. Publishing it exposes personal information: give a company line or hotline (e.g. a 400 number) instead; where it must be mentioned, write only "ending ${digits.slice(-4)}".`,
          },
        });
      }
      for (const f of found) {
        report({ ...spanOf(article.text, segment, f.start, f.end), message: f.message, actual: f.masked });
      }
    }
  },
});

/** Words that say a number in code or a table is someone's: phone, ID, card or account. */
const PERSONAL_CONTEXT =
  /卡号|银行卡|账号|帐号|账户|帐户|转账|汇款|收款|身份证|证件号|手机|电话|联系方式|联系人|微信号|tel|phone|mobile|id ?card|card/iu;

/** Full-width digits, hyphen, plus and space read as their ASCII forms; one unit each, so offsets stay valid. */
function halfWidthDigits(text: string): string {
  return /[\uff10-\uff19\uff0b\uff0d\u3000]/u.test(text)
    ? text
        .replace(/[\uff10-\uff19\uff0b\uff0d]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/\u3000/gu, ' ')
    : text;
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The header text of each table cell's column, looked up by the cell's source offset. */
interface ColumnHeaders {
  of(segment: Segment): string;
}

function columnHeaders(article: Article): ColumnHeaders {
  const cells: { start: number; end: number; header: string }[] = [];
  for (const table of article.nodes.ofType('table')) {
    const [head, ...rows] = table.children;
    const names = (head?.children ?? []).map((cell) =>
      article.text.slice(cell.position?.start.offset ?? 0, cell.position?.end.offset ?? 0),
    );
    for (const row of [head, ...rows]) {
      row?.children.forEach((cell, i) => {
        const { start, end } = cell.position ?? {};
        if (start?.offset !== undefined && end?.offset !== undefined) {
          cells.push({ start: start.offset, end: end.offset, header: names[i] ?? '' });
        }
      });
    }
  }
  return {
    of(segment) {
      const at = segment.offsets[0] ?? -1;
      return cells.find((c) => c.start <= at && at < c.end)?.header ?? '';
    },
  };
}

/**
 * Not preceded by a digit, letter or underscore, nor by a digit joined with - or . (part of a longer number), nor
 * by @ (a user name made of digits, as on GitHub, is chosen to be public).
 */
const BEFORE = '(?<![0-9A-Za-z_@]|[0-9][-.])';
const AFTER = '(?![0-9A-Za-z_]|[-.][0-9])';

const MOBILE = new RegExp(
  `${BEFORE}(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9])([ -]?)([0-9]{4})\\2([0-9]{4})${AFTER}`,
  'g',
);
/** 6-digit area code, then birth date + sequence + check, optionally grouped 6-8-4 by single spaces. */
const ID_NUMBER = new RegExp(
  `${BEFORE}([1-9][0-9]{5})( ?)((?:19|20)[0-9]{6})\\2([0-9]{3}[0-9Xx])${AFTER}`,
  'g',
);
const BANK_CARD = new RegExp(
  `${BEFORE}(?:62[0-9]{14,17}|[345][0-9]{15,18}|(?:62[0-9]{2}|[345][0-9]{3})([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{1,3})?)${AFTER}`,
  'g',
);

/** In every match of MOBILE, ID_NUMBER and BANK_CARD. */
const FOUR_DIGITS = /[0-9]{4}/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** 18 characters with a real birth date and a correct GB 11643 check digit. */
function isIdNumber(id: string): boolean {
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > days[month - 1]!) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
