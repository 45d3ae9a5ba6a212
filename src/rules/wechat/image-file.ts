import type { Article } from '../../article/article.js';
import { type ImageFacts, type ImageFormat, isAccepted } from '../../article/image-header.js';
import { linkTargets, localPath } from '../../article/references.js';
import type { LocalizedText, Severity } from '../../text/vocabulary.js';
import { defineRule } from '../types.js';

/** media/uploadimg: "jpg/png only, < 1 MB" (a type it does not take: 40113 / 40137 / 40005; too large: 40009). */
export const CONTENT_IMAGE_MAX_BYTES = 1024 * 1024;
/** material/add_material type=image: "10 MB, bmp/png/jpeg/jpg/gif". */
export const COVER_MAX_BYTES = 10 * 1024 * 1024;
const CONTENT_FORMATS: readonly ImageFormat[] = ['jpeg', 'png'];
const COVER_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'gif', 'bmp'];
/** The feed shows the cover cropped to 2.35:1; square places (share cards, later articles of a post) to 1:1. */
const COVER_RATIO = 2.35;
/** How far from 2.35:1 (or 1:1) a cover may be before the crop cuts visibly into it. */
const RATIO_TOLERANCE = 0.1;

/**
 * Images WeChat refuses at upload, judged from what the files really are (their bytes, read by the loader into
 * `article.images`), not from their names. Body images go through media/uploadimg (jpg/png, under 1 MB); the
 * cover through material/add_material (bmp/png/jpeg/gif, up to 10 MB). Before this rule such an image passed the
 * check and failed after merge, when the publisher uploaded it (40113/40137 for a type WeChat does not take or bytes
 * that are not what the name says, 40005 invalid file type, 40009 invalid image size).
 * A file that was not read (the pull-request check sees names only) is not judged here.
 */
export default defineRule({
  meta: {
    id: 'wechat/image-file',
    description: {
      zh: '图片文件须是微信接受的格式和大小（按文件内容判断）：正文图片 jpg/png 且小于 1 MB，封面 jpg/png/gif/bmp 且不超过 10 MB；封面比例远离 2.35:1 时提示裁切',
      en: 'Image files must be a format and size WeChat accepts (judged by their bytes): body images jpg/png under 1 MB, the cover jpg/png/gif/bmp up to 10 MB; a cover far from 2.35:1 is warned about the crop',
    },
    defaultSeverity: 'error',
    source:
      '微信接口 media/uploadimg（仅 jpg/png，小于 1 MB）、material/add_material（图片 10 MB，bmp/png/jpeg/jpg/gif）；类型不符 errcode 40005/40113/40137，过大 40009',
    defaults: {},
  },
  check(article, { report }) {
    for (const { url, start, end } of linkTargets(article, 'image')) {
      const name = localPath(url);
      const facts = article.images.get(name);
      if (!facts) continue;
      const problem = contentImageProblem(name, facts);
      if (problem) report({ start, end, actual: url, message: problem });
    }
    const cover = article.frontMatter.fields.cover;
    const line = article.frontMatter.keyLines.get('cover');
    if (cover === undefined || line === undefined) return;
    const facts = article.images.get(localPath(cover));
    if (!facts) return;
    const problem = coverProblem(cover, facts);
    if (problem) report({ ...lineSpan(article, line), actual: cover, ...problem });
  },
});

function contentImageProblem(name: string, facts: ImageFacts): LocalizedText | undefined {
  const what = refusal(name, facts, CONTENT_FORMATS);
  if (what) {
    return {
      zh: `正文图片「${name}」${what.zh}，微信上传接口 media/uploadimg 只接受 jpg 和 png，发布时会被微信拒绝。请另存为 png 或 jpg。`,
      en: `Body image "${name}" ${what.en}; WeChat's media/uploadimg takes jpg and png only, so publishing would fail. Save it as png or jpg.`,
    };
  }
  if (facts.bytes >= CONTENT_IMAGE_MAX_BYTES) {
    return {
      zh: `正文图片「${name}」有 ${megabytes(facts.bytes)}，微信上传接口 media/uploadimg 只接受小于 1 MB 的图片，发布时会失败（40009）。请压缩或缩小后再提交。`,
      en: `Body image "${name}" is ${megabytes(facts.bytes)}; WeChat's media/uploadimg takes images under 1 MB only, so publishing would fail (40009). Compress or scale it down.`,
    };
  }
  return undefined;
}

function coverProblem(
  name: string,
  facts: ImageFacts,
): { message: LocalizedText; severity?: Severity } | undefined {
  const what = refusal(name, facts, COVER_FORMATS);
  if (what) {
    return {
      message: {
        zh: `cover：封面「${name}」${what.zh}，微信永久素材接口只接受 jpg、png、gif、bmp，发布时会被微信拒绝。请另存为 jpg 或 png。`,
        en: `cover: the cover "${name}" ${what.en}; WeChat's permanent material takes jpg, png, gif and bmp only, so publishing would fail. Save it as jpg or png.`,
      },
    };
  }
  if (facts.bytes > COVER_MAX_BYTES) {
    return {
      message: {
        zh: `cover：封面「${name}」有 ${megabytes(facts.bytes)}，超过微信永久素材 10 MB 的上限，发布时会失败（40009）。请压缩后再提交。`,
        en: `cover: the cover "${name}" is ${megabytes(facts.bytes)}, over WeChat's 10 MB limit for permanent material, so publishing would fail (40009). Compress it.`,
      },
    };
  }
  if (facts.width === undefined || facts.height === undefined) return undefined;
  const crop = coverCrop(facts.width, facts.height);
  return crop ? { severity: 'warning', message: crop } : undefined;
}

/** Why a file cannot be uploaded as an image of `formats`: not one of them, or broken. */
function refusal(
  name: string,
  facts: ImageFacts,
  formats: readonly ImageFormat[],
): LocalizedText | undefined {
  if (!formats.includes(facts.format)) return describeFormat(name, facts.format);
  if (facts.corrupt) {
    return {
      zh: `的 ${facts.format.toUpperCase()} 文件头已损坏或不完整，无法解码`,
      en: `has a damaged or cut-short ${facts.format.toUpperCase()} header and cannot be decoded`,
    };
  }
  return undefined;
}

const FORMAT_NAMES: Record<ImageFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  bmp: 'BMP',
  webp: 'WebP',
  svg: 'SVG',
  tiff: 'TIFF',
  heic: 'HEIC',
  avif: 'AVIF',
  ico: 'ICO',
  pdf: 'PDF',
  text: '',
  unknown: '',
};

function describeFormat(name: string, format: ImageFormat): LocalizedText {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const named = extension === 'jpg' ? 'jpeg' : extension;
  const despite = named !== undefined && named !== format && isAccepted(named as ImageFormat);
  if (format === 'text') {
    return { zh: '不是图片，而是文本文件', en: 'is not an image but a text file' };
  }
  if (format === 'unknown') {
    return { zh: '不是可识别的图片文件', en: 'is not an image file wxgate recognises' };
  }
  const label = FORMAT_NAMES[format];
  return despite
    ? {
        zh: `实际是 ${label} 图片（虽然扩展名是 .${extension}）`,
        en: `is really ${label} (despite its .${extension} name)`,
      }
    : { zh: `是 ${label} 图片`, en: `is ${label}` };
}

/** The crop WeChat applies to a cover far from both 2.35:1 and 1:1, in pixels of the file; undefined when close. */
export function coverCrop(width: number, height: number): LocalizedText | undefined {
  const ratio = width / height;
  const near = (target: number) => Math.abs(ratio / target - 1) <= RATIO_TOLERANCE;
  if (near(COVER_RATIO) || near(1)) return undefined;
  const wide =
    ratio > COVER_RATIO
      ? { keep: `${Math.round(height * COVER_RATIO)}×${height}`, cutZh: '左右两侧', cutEn: 'left and right' }
      : { keep: `${width}×${Math.round(width / COVER_RATIO)}`, cutZh: '上下两边', cutEn: 'top and bottom' };
  const side = Math.min(width, height);
  return {
    zh: `cover：封面 ${width}×${height}，比例 ${ratio.toFixed(2)}:1，与微信封面的 2.35:1 相差较大。微信会裁去${wide.cutZh}，只显示中间 ${wide.keep} 像素；方形位置（1:1）只显示中间 ${side}×${side}。请按 2.35:1（如 900×383）制作封面，把主体放在中间。`,
    en: `cover: the cover is ${width}×${height} (${ratio.toFixed(2)}:1), far from WeChat's 2.35:1. WeChat crops the ${wide.cutEn}, showing only the middle ${wide.keep} pixels; square places (1:1) show the middle ${side}×${side}. Make the cover 2.35:1 (e.g. 900×383) with the subject in the middle.`,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function lineSpan(article: Article, line: number): { start: number; end: number } {
  const start = article.lines.lineStart(line);
  const lineEnd = article.text.indexOf('\n', start);
  return { start, end: lineEnd === -1 ? article.text.length : lineEnd };
}
