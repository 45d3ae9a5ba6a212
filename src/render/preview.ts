import type { Article } from '../article/article.js';
import { escapeHtml } from '../text/escape.js';
import type { Locale } from '../text/vocabulary.js';
import { type RenderResult, type RenderWarning, renderArticle } from './render.js';
import type { Theme } from './theme.js';

export interface PreviewOptions {
  theme: Theme;
  /** Bytes of a file in the article folder (`localPath` as `imageUrl` gets it), or undefined when it is missing. */
  readFile: (localPath: string) => Uint8Array | undefined;
  /** The account's display name (policies/accounts.yml), else its folder id. */
  accountName?: string;
  locale?: Locale;
}

export interface Preview {
  html: string;
  render: RenderResult;
  /** Rendering warnings plus what the page could not show (a missing cover). */
  warnings: RenderWarning[];
}

/** Content width of the page: a phone (iPhone 12–15 are 390 CSS px wide; the range WeChat lays out for is 375–414). */
export const PREVIEW_WIDTH = 390;

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
};

/**
 * A self-contained page that shows an article as followers see it: the message card (cover, title, digest), then
 * the article page (title, author, account, date, body rendered exactly as it will be sent). Images are inlined as
 * data: URLs, so the file can be moved, mailed or opened offline, and a Content-Security-Policy forbids every
 * request (`default-src 'none'`): opening a preview never touches the network. Pure given `readFile`.
 */
export function renderPreview(article: Article, options: PreviewOptions): Preview {
  const zh = (options.locale ?? 'zh-CN') === 'zh-CN';
  const dataUrl = (path: string): string | undefined => {
    const mime = MIME[path.split('.').pop()?.toLowerCase() ?? ''];
    const bytes = mime ? options.readFile(path) : undefined;
    return bytes && mime ? `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` : undefined;
  };
  const render = renderArticle(article, { theme: options.theme, imageUrl: dataUrl });
  const warnings = [...render.warnings];
  const fm = article.frontMatter.fields;
  const title = fm.title ?? (zh ? '（无标题）' : '(no title)');
  const cover = fm.cover === undefined ? undefined : dataUrl(fm.cover);
  if (fm.cover !== undefined && cover === undefined) {
    warnings.push({
      line: article.frontMatter.keyLines.get('cover') ?? 1,
      message: {
        zh: `封面图「${fm.cover}」在文章目录里找不到，或不是图片文件。`,
        en: `Cover image "${fm.cover}" is not in the article folder or is not an image.`,
      },
    });
  }
  const date = fm.publishAt === undefined ? '' : formatDate(fm.publishAt, article.timeZone);
  const account = options.accountName ?? article.account ?? '';
  const digest = fm.digest ?? '';
  const notes = [
    ...article.frontMatter.problems.map((p) => ({ line: p.line, message: p.message })),
    ...warnings,
  ].sort((a, b) => a.line - b.line);

  const html = `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(`${zh ? '预览：' : 'Preview: '}${title}`)}</title>
<style>
html { background: #ededed; }
body { margin: 0; padding: 16px 0 48px; font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', sans-serif; }
.phone { box-sizing: border-box; width: ${PREVIEW_WIDTH}px; max-width: 100%; margin: 0 auto; }
.label { margin: 16px 16px 8px; font-size: 12px; color: #888; }
.notes { margin: 0 0 12px; padding: 10px 16px; background: #fff7e6; color: #8a5a00; font-size: 13px; line-height: 1.6; }
.notes p { margin: 0; }
.card { margin: 0 0 8px; background: #fff; border-radius: 8px; overflow: hidden; }
.card img { display: block; width: 100%; aspect-ratio: 2.35 / 1; object-fit: cover; }
.card .cover-missing { display: flex; align-items: center; justify-content: center; aspect-ratio: 2.35 / 1; background: #ddd; color: #888; font-size: 13px; }
.card h2 { margin: 10px 14px 4px; font-size: 17px; line-height: 1.4; color: #1a1a1a; }
.card p { margin: 0 14px 12px; font-size: 13px; line-height: 1.5; color: #999; }
.page { background: #fff; padding: 20px 16px 32px; }
.title { margin: 0 0 12px; font-size: 22px; line-height: 1.4; font-weight: bold; color: #1a1a1a; }
.meta { margin: 0 0 24px; font-size: 15px; line-height: 1.5; color: rgba(0, 0, 0, 0.3); }
.meta .account { color: #576b95; }
.meta span + span { margin-left: 8px; }
</style>
</head>
<body>
<main class="phone">
${
  notes.length > 0
    ? `<section class="notes">${notes.map((n) => `<p>${escapeHtml(`${zh ? '第' : 'line '}${n.line}${zh ? ' 行：' : ': '}${zh ? n.message.zh : n.message.en}`)}</p>`).join('')}</section>\n`
    : ''
}<p class="label">${zh ? '消息列表中的样子' : 'In the message list'}</p>
<section class="card">
${cover ? `<img src="${cover}" alt="${escapeHtml(zh ? '封面' : 'cover')}">` : `<div class="cover-missing">${escapeHtml(zh ? '没有封面图' : 'no cover image')}</div>`}
<h2>${escapeHtml(title)}</h2>
${digest ? `<p>${escapeHtml(digest)}</p>` : ''}
</section>
<p class="label">${zh ? '文章页' : 'Article page'}</p>
<article class="page">
<h1 class="title">${escapeHtml(title)}</h1>
<div class="meta">${[fm.author ? `<span class="author">${escapeHtml(fm.author)}</span>` : '', account ? `<span class="account">${escapeHtml(account)}</span>` : '', date ? `<span class="date">${escapeHtml(date)}</span>` : ''].join('')}</div>
${render.html}
</article>
</main>
</body>
</html>
`;
  return { html, render, warnings };
}

/** `2026年11月12日 10:00` in the policy time zone, as WeChat writes an article's time. */
export function formatDate(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}年${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}
