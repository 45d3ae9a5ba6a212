import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/lexicon/entry.js';
import rule from '../../../src/rules/typo/fullwidth-punct.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const S = '（依据：GB/T 15834-2011《标点符号用法》；中文文案排版指北：使用全角中文标点）';
// This rule reads no word lists: an empty lexicon keeps the tests independent of policies/lexicons.
const lexicon: Lexicon = EMPTY_LEXICON;
const check = (body: string, options: Parameters<typeof messagesOf>[2] = {}) =>
  messagesOf(rule, FRONT_MATTER + body, { lexicon, ...options });

describe('typo/fullwidth-punct', () => {
  it('reports , . ! ? : ; next to Chinese, a run such as ?! as one', () => {
    expect(check('你好,世界。完成.\n\n真的吗?!太好了!注意:这里;那里\n')).toEqual([
      `7:3-7:4 warning 中文里应使用全角标点：「好,世」应写作「好，世」。${S}`,
      `7:9-7:10 warning 中文里应使用全角标点：「成.」应写作「成。」。${S}`,
      `9:4-9:6 warning 中文里应使用全角标点：「吗?!太」应写作「吗？！太」。${S}`,
      `9:9-9:10 warning 中文里应使用全角标点：「了!注」应写作「了！注」。${S}`,
      `9:12-9:13 warning 中文里应使用全角标点：「意:这」应写作「意：这」。${S}`,
      `9:15-9:16 warning 中文里应使用全角标点：「里;那」应写作「里；那」。${S}`,
    ]);
  });

  it('sees Chinese context through quotes and on the following side', () => {
    expect(check('“中文”,以及「引用」.OK,我们走。Note:这个很重要。他说“好”.\n')).toEqual([
      `7:5-7:6 warning 中文里应使用全角标点：「”,以」应写作「”，以」。${S}`,
      `7:15-7:16 warning 中文里应使用全角标点：「K,我」应写作「K，我」。${S}`,
      `7:24-7:25 warning 中文里应使用全角标点：「e:这」应写作「e：这」。${S}`,
      `7:36-7:37 warning 中文里应使用全角标点：「”.」应写作「”。」。${S}`,
    ]);
  });

  it('reports half-width brackets around or next to Chinese as a pair, and strays', () => {
    const body =
      '微信(WeChat)是一款应用（注意:这里）。\n\n(1)第一点，1)第二点，答案是()。\n\n说明(这是一个很长很长很长很长的括号里的说明文字)结束\n';
    expect(check(body)).toEqual([
      `7:3-7:11 warning 中文里应使用全角标点：「信(WeChat)是」应写作「信（WeChat）是」。${S}`,
      `7:19-7:20 warning 中文里应使用全角标点：「意:这」应写作「意：这」。${S}`,
      `9:1-9:4 warning 中文里应使用全角标点：「(1)第」应写作「（1）第」。${S}`,
      `9:9-9:10 warning 中文里应使用全角标点：「1)第」应写作「1）第」。${S}`,
      `9:17-9:19 warning 中文里应使用全角标点：「是()。」应写作「是（）。」。${S}`,
      `11:3-11:26 warning 中文里应使用全角标点：「明(这是一个很长很长很长很长…)结」应写作「明（这是一个很长很长很长很长…）结」。${S}`,
    ]);
  });

  it('maps positions through block quotes, list continuations, tables, escapes, references and HTML', () => {
    const body = [
      '> 引用里的逗号,在这里',
      '',
      '- 列表',
      '  续行,这里',
      '',
      '| 表 | 格 |',
      '| - | - |',
      '| 单元格,逗号 | a,b |',
      '',
      '中文\\,逗号和中文&#44;逗号',
      '',
      '<p>中文&nbsp;中文;结束，链接 https://example.com/a,然后</p>',
      '',
    ].join('\n');
    expect(check(body)).toEqual([
      `7:9-7:10 warning 中文里应使用全角标点：「号,在」应写作「号，在」。${S}`,
      `10:5-10:6 warning 中文里应使用全角标点：「行,这」应写作「行，这」。${S}`,
      `14:6-14:7 warning 中文里应使用全角标点：「格,逗」应写作「格，逗」。${S}`,
      `16:3-16:5 warning 中文里应使用全角标点：「文,逗」应写作「文，逗」。${S}`,
      `16:10-16:15 warning 中文里应使用全角标点：「文,逗」应写作「文，逗」。${S}`,
      `18:14-18:15 warning 中文里应使用全角标点：「文;结」应写作「文；结」。${S}`,
      `18:42-18:43 warning 中文里应使用全角标点：「a,然」应写作「a，然」。${S}`,
    ]);
  });

  it('checks the front-matter title and digest but not the author', () => {
    const fm = FRONT_MATTER.replace('title: 澜川集团发布第三季度经营简报', 'title: 公告:新功能上线').replace(
      'author: 集团市场部',
      'author: 张三,李四\ndigest: 快来看看吧!',
    );
    expect(messagesOf(rule, `${fm}正文。\n`, { lexicon })).toEqual([
      `2:10-2:11 warning 中文里应使用全角标点：「告:新」应写作「告：新」。${S}`,
      `4:14-4:15 warning 中文里应使用全角标点：「吧!」应写作「吧！」。${S}`,
    ]);
  });

  it('leaves numbers, times, file names, URLs, e-mail, English, ellipses, code and emoticons alone', () => {
    const body = [
      '圆周率3.14，10:30开会，共1,000元，比分2:1，版本v1.2.3，打开index.md和说明.md文件。',
      '',
      '访问 https://example.com/a?b=1,c 或写信到me@example.com吧。',
      '',
      '他说：This is English, really. OK? Yes: fine; done!',
      '',
      '等等...还有，1.第一项，用`a,b`表示，好的:)',
      '',
      '调用f(x)和print()函数，MySQL(5.7)版本，微信 (WeChat) 是，Tom&amp;Jerry; 中文',
      '',
      '```',
      '代码,里面:不算(真的)',
      '```',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('speaks English with --locale en', () => {
    expect(check('你好,世界。\n', { locale: 'en' })).toEqual([
      '7:3-7:4 warning Use full-width punctuation in Chinese text: write 「好，世」 instead of 「好,世」. (Source: GB/T 15834-2011《标点符号用法》；中文文案排版指北：使用全角中文标点)',
    ]);
  });
});
