/**
 * What the emulator serves besides the API: the images it stored (at mmbiz.qpic.cn-shaped URLs) and the article
 * pages its publications link to, deleted and banned ones as WeChat shows them.
 */
import type { ServerResponse } from 'node:http';
import { escapeHtml } from '../../text/escape.js';
import type { EmulatorState } from './state.js';
import type { Store } from './store.js';

export function serveImage(res: ServerResponse, store: Store, key: string): void {
  const blob = store.getBlob(key);
  if (!blob) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such image');
    return;
  }
  res
    .writeHead(200, {
      'content-type': blob.contentType,
      'content-length': blob.bytes.length,
      'cache-control': 'public, max-age=31536000, immutable',
    })
    .end(blob.bytes);
}

export function servePage(
  res: ServerResponse,
  state: EmulatorState,
  id: string,
  params: URLSearchParams,
): void {
  const store = state.store;
  state.settleAll();
  const pub = store.data.publications.find((p) => p.article_id === id && p.article_id !== null);
  const draft = pub ? undefined : store.data.drafts[id];
  const idx = Math.max(1, Number(params.get('idx') ?? 1)) - 1;
  const articles = pub?.articles ?? draft?.articles;
  const item = articles?.[idx];
  if (!item) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml('该内容不存在', ''));
    return;
  }
  if (pub && (pub.deleted || item.is_deleted || pub.status === 6)) {
    const why = pub.status === 6 ? '此内容因违规无法查看' : '该内容已被发布者删除';
    res.writeHead(410, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(why, ''));
    return;
  }
  const meta = `<p style="color:#888;font-size:14px">${escapeHtml(item.author)}${draft ? '（草稿预览）' : ''}</p>`;
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(pageHtml(item.title, `${meta}${item.content}`));
}

function pageHtml(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="max-width:677px;margin:0 auto;padding:20px 16px;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif"><h1 style="font-size:22px;line-height:1.4">${escapeHtml(title)}</h1>${body}</body></html>`;
}
