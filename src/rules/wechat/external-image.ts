import { linkTargets, localPath } from '../../article/references.js';
import type { LocalizedText, Severity } from '../../text/vocabulary.js';
import { defineRule } from '../types.js';

/**
 * Images WeChat will not show. draft/add filters image URLs that did not come from its upload API (mmbiz.qpic.cn),
 * so a remote or data: image disappears (warning). A local image must be a file in the article folder, where
 * wxgate's publisher uploads it from; a path outside the folder or a file that does not exist would fail at publish
 * time, so those are errors. The front-matter cover is checked for existence the same way. "Exists" means listed
 * in `article.assets` (paths relative to the article folder, forward slashes).
 */
export default defineRule({
  meta: {
    id: 'wechat/external-image',
    description: {
      zh: '图片须是文章目录里的文件（发布时上传到微信）：外部图片网址会被微信过滤（警告）；目录外或不存在的本地图片和封面图为错误',
      en: 'Images are files in the article folder (uploaded at publish time): WeChat filters remote image URLs (warning); local images or a cover outside the folder or missing are errors',
    },
    defaultSeverity: 'warning',
    source: '微信草稿接口 draft/add（图片须经上传接口，外部图片会被过滤）',
    defaults: {
      allowed_hosts: ['mmbiz.qpic.cn'],
    },
  },
  check(article, { options, report }) {
    const allowed = new Set(options.allowed_hosts.map((h) => h.toLowerCase()));
    for (const { url, start, end } of linkTargets(article, 'image')) {
      const problem = imageProblem(url, allowed, article.assets);
      if (problem)
        report({
          start,
          end,
          message: problem.message,
          actual: url,
          ...(problem.severity ? { severity: problem.severity } : {}),
        });
    }

    const cover = article.frontMatter.fields.cover;
    const coverLine = article.frontMatter.keyLines.get('cover');
    if (cover !== undefined && coverLine !== undefined && isInsideFolder(cover)) {
      const path = localPath(cover);
      if (!article.assets.has(path)) {
        const start = article.lines.lineStart(coverLine);
        const lineEnd = article.text.indexOf('\n', start);
        report({
          start,
          end: lineEnd === -1 ? article.text.length : lineEnd,
          severity: 'error',
          message: {
            zh: `封面图「${cover}」在文章目录里找不到${caseHint(path, article.assets).zh}。请把封面图放进文章目录，或改正 cover 的文件名。`,
            en: `Cover image "${cover}" is not in the article folder${caseHint(path, article.assets).en}. Put the cover in the folder or correct the cover file name.`,
          },
          actual: cover,
        });
      }
    }
  },
});

function imageProblem(
  url: string,
  allowed: ReadonlySet<string>,
  assets: ReadonlySet<string>,
): { message: LocalizedText; severity?: Severity } | undefined {
  const trimmed = url.trim();
  const shown = trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed;
  if (trimmed === '') {
    return {
      severity: 'error',
      message: {
        zh: '图片没有地址。请填写文章目录里的图片文件名，如 ![说明](photo.jpg)。',
        en: 'The image has no address. Give the name of an image file in the article folder, e.g. ![caption](photo.jpg).',
      },
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'data') {
    return {
      message: {
        zh: '图片是 data: 内嵌数据，微信草稿接口不接受，发布后读者看不到。请把图片保存为 jpg 或 png 文件放进文章目录，再用文件名引用。',
        en: 'The image is inline data: WeChat draft/add does not accept it, so readers would not see it. Save it as a jpg or png file in the article folder and refer to it by name.',
      },
    };
  }
  if (scheme !== undefined || trimmed.startsWith('//')) {
    let host = '';
    try {
      host = new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed).hostname.toLowerCase();
    } catch {}
    if ((scheme === 'http' || scheme === 'https' || scheme === undefined) && allowed.has(host))
      return undefined;
    return {
      message: {
        zh: `图片「${shown}」是外部网址，微信草稿接口会过滤外部图片，发布后读者看不到。请把图片下载到文章目录，用文件名引用（如 ![说明](photo.jpg)），wxgate 发布时会上传到微信。`,
        en: `Image "${shown}" is a remote URL; WeChat draft/add filters external images, so readers would not see it. Download it into the article folder and refer to it by name (e.g. ![caption](photo.jpg)); wxgate uploads it when publishing.`,
      },
    };
  }
  if (!isInsideFolder(trimmed)) {
    return {
      severity: 'error',
      message: {
        zh: `图片「${shown}」不在本文目录里。每篇文章的图片要放在它自己的目录中（与 index.md 同级），请把图片复制进来并改用相对路径。`,
        en: `Image "${shown}" is outside this article's folder. Each article keeps its images in its own folder (beside index.md); copy the image there and use a relative path.`,
      },
    };
  }
  const path = localPath(trimmed);
  if (assets.has(path)) return undefined;
  const hint = caseHint(path, assets);
  return {
    severity: 'error',
    message: {
      zh: `图片「${shown}」在文章目录里找不到${hint.zh}，发布时无法上传。请检查文件名，或把图片放进文章目录。`,
      en: `Image "${shown}" is not in the article folder${hint.en}, so it cannot be uploaded. Check the file name or put the image in the folder.`,
    },
  };
}

function isInsideFolder(path: string): boolean {
  const p = localPath(path);
  return !p.startsWith('/') && !/^[a-z]:/i.test(p) && !p.split('/').includes('..');
}

function caseHint(path: string, assets: ReadonlySet<string>): LocalizedText {
  const lower = path.toLowerCase();
  const near = [...assets].find((a) => a.toLowerCase() === lower);
  return near
    ? {
        zh: `（目录里有「${near}」，文件名大小写不一致）`,
        en: ` (the folder has "${near}"; the letter case differs)`,
      }
    : { zh: '', en: '' };
}
