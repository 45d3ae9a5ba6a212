import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/article-path.js';
import { EMPTY_LEXICON, FRONT_MATTER, messagesOf } from '../../helpers.js';

const EMPTY = EMPTY_LEXICON;
const check = (path: string, fm = FRONT_MATTER) =>
  messagesOf(rule, `${fm}\n正文。\n`, { path, lexicon: EMPTY });
const SOURCE = '（依据：wxgate 文章目录约定（一篇文章一个目录））';

describe('format/article-path', () => {
  it('accepts the layout with a folder date equal to publish_at in Asia/Shanghai', () => {
    expect(check('content/group/2026-11-25-sample/index.md')).toEqual([]);
    expect(check('repo/content/lanchuan-pharma/2026-11-25-a-b-1/index.md')).toEqual([]);
  });

  it('ignores files outside content/ (examples, drafts)', () => {
    expect(check('examples/whatever.md')).toEqual([]);
  });

  it('reports a path that breaks the layout', () => {
    for (const path of [
      'content/group/sample.md',
      'content/group/2026-11-25-sample/article.md',
      'content/group/20261125-sample/index.md',
      'content/Group/2026-11-25-sample/index.md',
      'content/group/2026-11-25-样例/index.md',
    ]) {
      expect(check(path)).toEqual([
        `1:1-1:1 error 文章路径「${path}」不符合约定，应为 content/<账号>/<YYYY-MM-DD>-<slug>/index.md（账号和 slug 用小写字母、数字和连字符）。${SOURCE}`,
      ]);
    }
  });

  it('compares the folder date with the publish date in the policy time zone, across midnight', () => {
    const lateUtc = FRONT_MATTER.replace('2026-11-25T09:00:00+08:00', '2026-11-24T16:30:00Z');
    expect(check('content/group/2026-11-25-sample/index.md', lateUtc)).toEqual([]);
    expect(check('content/group/2026-11-24-sample/index.md', lateUtc)).toEqual([
      `4:1-4:11 error 目录日期 2026-11-24 与 publish_at 的发布日期 2026-11-25（Asia/Shanghai）不一致。请改目录名或发布时间，使两者一致。${SOURCE}`,
    ]);
  });
});
