/** What the renderer takes and gives: options, the result, footnotes and warnings, and the error it throws. */
import type { Element } from 'hast';
import type { LocalizedText } from '../text/vocabulary.js';
import type { Theme } from './theme.js';

export interface RenderOptions {
  theme: Theme;
  /**
   * The address to show for a local image: the uploaded mmbiz URL when publishing, a file or data: URL in the
   * preview. `localPath` is relative to the article folder, forward slashes, no `./`, percent-decoded (the same
   * strings `images` lists). Returning undefined makes the image an error (a RenderError), never a broken tag.
   */
  imageUrl: (localPath: string) => string | undefined;
  /** Hosts whose links stay clickable `<a>` links (default: mp.weixin.qq.com, as wechat/external-link). */
  linkHosts?: readonly string[];
  /** Hosts of images already on WeChat, kept as they are (default: mmbiz.qpic.cn, as wechat/external-image). */
  imageHosts?: readonly string[];
}

export interface Footnote {
  /** 1-based number shown as [n] in the text and in the 参考资料 list. */
  n: number;
  /** The link text (or the author's note, for a Markdown footnote `[^x]`). */
  text: string;
  /** The address; undefined for a Markdown footnote without a link. */
  url: string | undefined;
}

export interface RenderWarning {
  line: number;
  message: LocalizedText;
}

export interface RenderResult {
  /** The body for draft/add `content`: one `<section>`, every style inline, nothing WeChat strips. */
  html: string;
  /** Local images the body references (as passed to `imageUrl`), in order of first use, each once: upload these. */
  images: string[];
  /** The numbered notes written at the end, in order. */
  footnotes: Footnote[];
  /** Things dropped on the way that the author should know (an external image WeChat would filter…). */
  warnings: RenderWarning[];
}

/** An article that cannot be rendered as written (a missing local image). `line` is 1-based in the article. */
export class RenderError extends Error {
  readonly line: number;
  readonly messages: LocalizedText;
  constructor(line: number, messages: LocalizedText) {
    super(messages.en);
    this.name = 'RenderError';
    this.line = line;
    this.messages = messages;
  }
}

/** What renderArticle serializes: the body as a hast `<section>`, before it becomes HTML. */
export type RenderedTree = Omit<RenderResult, 'html'> & { root: Element };
