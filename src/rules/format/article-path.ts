import { localDate } from '../../platform/time.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { defineRule } from '../types.js';

const LAYOUT = /^content\/([a-z0-9][a-z0-9-]*)\/(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)\/index\.md$/;

export default defineRule({
  meta: {
    id: 'format/article-path',
    description: {
      zh: '文章位于 content/<账号>/<YYYY-MM-DD>-<slug>/index.md，账号在 policies/accounts.yml 中，目录日期与 publish_at 一致',
      en: 'Articles live at content/<account>/<YYYY-MM-DD>-<slug>/index.md, the account is in policies/accounts.yml, and the folder date matches publish_at',
    },
    defaultSeverity: 'error',
    source: 'wxgate 文章目录约定（一篇文章一个目录）',
    defaults: {},
  },
  check(article, { report, known }) {
    const at = article.path.indexOf('content/');
    // Only files in a content/ tree are articles bound for publishing; examples and drafts elsewhere are free.
    if (at === -1) return;
    const path = article.path.slice(at);
    const m = LAYOUT.exec(path);
    if (!m) {
      report({
        start: 0,
        end: 0,
        actual: path,
        message: {
          zh: `文章路径「${path}」不符合约定，应为 content/<账号>/<YYYY-MM-DD>-<slug>/index.md（账号和 slug 用小写字母、数字和连字符）。`,
          en: `Article path "${path}" does not follow content/<account>/<YYYY-MM-DD>-<slug>/index.md (lower-case letters, digits and hyphens).`,
        },
      });
      return;
    }
    const account = m[1]!;
    if (known.accounts && !known.accounts.includes(account)) {
      // The publisher finds no account for the folder and cannot publish it: say so before the merge.
      const guess = didYouMean(account, known.accounts);
      const list = known.accounts.join(', ');
      report({
        start: 0,
        end: 0,
        actual: account,
        message: {
          zh: `文章目录 content/${account}/ 没有对应的公众号：policies/accounts.yml 只有 ${list}。${guess ? `是不是 content/${guess}/？` : '请移到正确的账号目录，或先在 accounts.yml 中登记账号。'}`,
          en: `The folder content/${account}/ belongs to no account: policies/accounts.yml has ${list}. ${guess ? `Did you mean content/${guess}/?` : 'Move the article to the right account folder, or register the account in accounts.yml first.'}`,
        },
      });
    }
    const publishAt = article.frontMatter.fields.publishAt;
    if (publishAt === undefined) return;
    const date = localDate(publishAt, article.timeZone);
    if (date !== m[2]) {
      const line = article.frontMatter.keyLines.get('publish_at') ?? 1;
      const start = article.lines.lineStart(line);
      report({
        start,
        end: start + 'publish_at'.length,
        actual: m[2]!,
        message: {
          zh: `目录日期 ${m[2]} 与 publish_at 的发布日期 ${date}（${article.timeZone}）不一致。请改目录名或发布时间，使两者一致。`,
          en: `Folder date ${m[2]} differs from the publish_at date ${date} (${article.timeZone}). Rename the folder or fix publish_at.`,
        },
      });
    }
  },
});
