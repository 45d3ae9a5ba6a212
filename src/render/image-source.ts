import { localPath } from '../article/references.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { hostOf, shorten } from './mdast-text.js';
import { RenderError } from './render-types.js';

/**
 * Where an image of the body comes from: already on WeChat (kept as is), elsewhere on the web or in a data: URL
 * (dropped, with the warning the author sees, since WeChat would filter it), or a file of the article folder
 * (uploaded; `path` as the renderer's `imageUrl` takes it). A path that leaves the folder is a RenderError.
 */
export type ImageSource =
  | { kind: 'hosted'; src: string }
  | { kind: 'dropped'; warning: LocalizedText }
  | { kind: 'local'; path: string };

export function imageSource(url: string, line: number, imageHosts: ReadonlySet<string>): ImageSource {
  const drive = /^[a-z]:[\\/]/i.test(url);
  const scheme = drive ? undefined : /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined || url.startsWith('//')) {
    const host = hostOf(url.startsWith('//') ? `https:${url}` : url);
    if ((scheme === 'http' || scheme === 'https' || scheme === undefined) && imageHosts.has(host ?? '')) {
      return { kind: 'hosted', src: url.startsWith('//') ? `https:${url}` : url };
    }
    return {
      kind: 'dropped',
      warning: {
        zh: `图片「${shorten(url)}」不是文章目录里的文件，微信会过滤外部图片，已从正文中去掉。请把图片放进文章目录并用文件名引用。`,
        en: `Image "${shorten(url)}" is not a file in the article folder; WeChat filters external images, so it was left out. Put it in the article folder and refer to it by name.`,
      },
    };
  }
  const path = localPath(url);
  if (path === '' || path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').includes('..')) {
    throw new RenderError(line, {
      zh: `图片「${shorten(url)}」不在本文目录里，无法上传。请把图片放进文章目录（与 index.md 同级）并用相对路径引用。`,
      en: `Image "${shorten(url)}" is not inside the article folder and cannot be uploaded. Put it beside index.md and use a relative path.`,
    });
  }
  return { kind: 'local', path };
}
