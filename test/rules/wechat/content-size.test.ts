import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/wechat/content-size.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：微信草稿接口 draft/add：content 小于 2 万字符、小于 1 MB）';
const TAIL =
  '。微信草稿接口要求正文 HTML（标签和属性也计入）少于 2 万字符且小于 1 MB，超出会被拒收。请拆成两篇或删减内容，并留出余量（排版时还会加入样式）。';
const limits = (rules: string) => ({ policy: `rules:\n  wechat/content-size:\n${rules}` });

describe('wechat/content-size', () => {
  it('accepts an ordinary article', () => {
    expect(check(`${FRONT_MATTER}## 小标题\n\n正文段落。\n`)).toEqual([]);
  });

  // `段落` is rendered as the styled `<section style="…"><p style="…">段落</p></section>` of the built-in theme:
  // 330 characters, 334 bytes; the front matter is not part of the body.
  it('measures the HTML, tags included, and treats the limit itself as too large', () => {
    expect(check(`${FRONT_MATTER}段落\n`, limits('    max_chars: 331\n'))).toEqual([]);
    expect(check(`${FRONT_MATTER}段落\n`, limits('    max_chars: 330\n'))).toEqual([
      `1:1-1:4 error 正文转成 HTML 后约 330 个字符（须少于 330）${TAIL}${SOURCE}`,
    ]);
  });

  it('measures bytes as UTF-8', () => {
    expect(check(`${FRONT_MATTER}段落\n`, limits('    max_bytes: 335\n'))).toEqual([]);
    expect(check(`${FRONT_MATTER}段落\n`, limits('    max_bytes: 334\n'))).toEqual([
      `1:1-1:4 error 正文转成 HTML 后约 334 字节（须小于 334）${TAIL}${SOURCE}`,
    ]);
  });

  it('names both limits in one message when both are exceeded', () => {
    expect(check(`${FRONT_MATTER}段落\n`, limits('    max_chars: 330\n    max_bytes: 334\n'))).toEqual([
      `1:1-1:4 error 正文转成 HTML 后约 330 个字符（须少于 330），约 334 字节（须小于 334）${TAIL}${SOURCE}`,
    ]);
  });

  it('keeps raw HTML and its attributes in the count', () => {
    // <div onclick="x">a</div> is sent as a styled <section><p>a</p></section> (the handler never is): 348 characters.
    expect(check(`${FRONT_MATTER}<div onclick="x">a</div>\n`, limits('    max_chars: 348\n'))).toEqual([
      `1:1-1:4 error 正文转成 HTML 后约 348 个字符（须少于 348）${TAIL}${SOURCE}`,
    ]);
  });

  it('applies the WeChat default of 20,000 characters', () => {
    // The styled section and paragraph around n characters = n + 328.
    expect(check(`${FRONT_MATTER}${'段'.repeat(19671)}\n`)).toEqual([]);
    expect(check(`${FRONT_MATTER}${'段'.repeat(19672)}\n`)).toEqual([
      `1:1-1:4 error 正文转成 HTML 后约 20000 个字符（须少于 20000）${TAIL}${SOURCE}`,
    ]);
  });

  it('counts an emoji as one character', () => {
    expect(check(`${FRONT_MATTER}${'😀'.repeat(3)}\n`, limits('    max_chars: 332\n'))).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(`${FRONT_MATTER}段落\n`, { ...limits('    max_chars: 330\n'), locale: 'en' })).toEqual([
      '1:1-1:4 error The body as HTML is about 330 characters (must be under 330). WeChat draft/add takes body HTML (tags and attributes included) under 20,000 characters and under 1 MB and rejects more. Split the article or shorten it, with margin (styling adds more). (Source: 微信草稿接口 draft/add：content 小于 2 万字符、小于 1 MB)',
    ]);
  });
});
