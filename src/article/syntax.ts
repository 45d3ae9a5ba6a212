import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Processor } from 'unified';

/**
 * The syntax remark-frontmatter (YAML) and remark-gfm add to parsing — the same micromark and mdast extensions, in
 * the same order — without their Markdown serialisers: wxgate never writes Markdown, and the serialisers (with
 * mdast-util-to-markdown) were a sixth of the code a cold `wxgate check` loaded and compiled. The trees are those
 * of remark-frontmatter + remark-gfm (test/article/syntax.test.ts).
 */
export function remarkWxgateSyntax(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.micromarkExtensions.push(frontmatter(['yaml']), gfm());
  data.fromMarkdownExtensions.push(frontmatterFromMarkdown(['yaml']), gfmFromMarkdown());
}
