import { linkTargets } from '../../article/references.js';
import type { LocalizedText } from '../../text/vocabulary.js';
import { defineRule } from '../types.js';

/**
 * WeChat keeps only links to mp.weixin.qq.com clickable in an article body (ordinary accounts; `<a>` to other
 * hosts is rejected by draft/add with 40066/45166). wxgate's renderer turns every other link into a numbered
 * footnote (参考资料), so this is information for the author, not a fault: the reader sees the address as text.
 * Covers inline links, autolinks (`<https://…>`, bare `www.…`), reference links and `<a href>` written as HTML.
 */
export default defineRule({
  meta: {
    id: 'wechat/external-link',
    description: {
      zh: '非 mp.weixin.qq.com 的链接在公众号里不能点击，会转为文末脚注',
      en: 'Links outside mp.weixin.qq.com are not clickable in WeChat and become footnotes',
    },
    defaultSeverity: 'info',
    source: '微信公众号正文链接规则（仅 mp.weixin.qq.com 链接可点击）',
    defaults: {
      allowed_hosts: ['mp.weixin.qq.com'],
    },
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_hosts.map((h) => h.toLowerCase()));
    for (const { url, start, end } of linkTargets(article, 'link')) {
      const message = linkProblem(url, allowed);
      if (message) report({ start, end, message, actual: url });
    }
  },
});

const FOOTNOTE_ZH = 'wxgate 发布时会把它转为文末编号脚注（参考资料），读者只能看到网址文字';
const FOOTNOTE_EN =
  "wxgate's renderer turns it into a numbered footnote (参考资料), so readers see the address as text";

function linkProblem(url: string, allowed: ReadonlySet<string>): LocalizedText | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  const shown = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (trimmed.startsWith('//') || scheme === 'http' || scheme === 'https') {
    let host: string;
    try {
      host = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed).hostname.toLowerCase();
    } catch {
      host = '';
    }
    if (allowed.has(host)) return undefined;
    return {
      zh: `链接「${shown}」指向 ${host || '无法识别的网站'}，公众号正文里只有 ${[...allowed].join('、')} 的链接可以点击；${FOOTNOTE_ZH}。如需读者点击，请改用公众号文章链接或「阅读原文」。`,
      en: `Link "${shown}" goes to ${host || 'an unrecognisable host'}; WeChat articles keep only ${[...allowed].join(', ')} links clickable, and ${FOOTNOTE_EN}. If readers must click it, link a WeChat article or use "Read more" (阅读原文).`,
    };
  }
  if (scheme !== undefined) {
    return {
      zh: `链接「${shown}」（${scheme}:）在公众号正文里不能点击；${FOOTNOTE_ZH}。请直接写出联系方式或改用 ${[...allowed].join('、')} 链接。`,
      en: `Link "${shown}" (${scheme}:) is not clickable in a WeChat article, and ${FOOTNOTE_EN}. Write the contact details out, or link ${[...allowed].join(', ')}.`,
    };
  }
  return {
    zh: `链接「${shown}」是相对地址（文章目录里的文件或页内锚点），公众号里无法点击或下载；${FOOTNOTE_ZH}。请把内容写进正文，或改用 ${[...allowed].join('、')} 链接。`,
    en: `Link "${shown}" is relative (a file in the article folder or an anchor) and cannot be opened in WeChat, and ${FOOTNOTE_EN}. Put the content in the article or link ${[...allowed].join(', ')}.`,
  };
}
