import type { Nodes } from 'mdast';
import { defineRule } from '../types.js';

/**
 * Heading levels go down one step at a time (## → ###, never ## → ####). The article title comes from the front
 * matter, so body headings normally start at ##; a body that uses # is accepted too, since it is still a ladder.
 */
export default defineRule({
  meta: {
    id: 'format/heading-increment',
    description: {
      zh: '标题层级逐级递增，不跳级；正文第一个标题为一级（#）或二级（##）',
      en: 'Heading levels increase one step at a time; the first body heading is # or ##',
    },
    defaultSeverity: 'warning',
    source: '中文技术文档写作规范（标题不跳级）；000 四(一)4 排版规范',
    defaults: {},
  },
  check(article, { report }) {
    let previous: number | undefined;
    for (const heading of article.nodes.ofType('heading')) {
      const depth = heading.depth;
      const start = heading.position?.start.offset;
      if (start === undefined) continue;
      const lineEnd = article.text.indexOf('\n', start);
      const end = Math.min(
        lineEnd === -1 ? article.text.length : lineEnd,
        heading.position?.end.offset ?? start,
      );
      const title = plainText(heading).trim();
      if (previous === undefined) {
        if (depth > 2) {
          report({
            start,
            end,
            message: {
              zh: `第一个标题「${title}」是${LEVEL[depth]}标题（${marks(depth)}），跳过了上面的层级。文章标题取自头信息 title，正文标题应从二级（##）开始，请改为 ##。`,
              en: `The first heading "${title}" is level ${depth} (${marks(depth)}) and skips the levels above it. The article title comes from the front matter, so body headings start at level 2: use ##.`,
            },
          });
        }
      } else if (depth > previous + 1) {
        report({
          start,
          end,
          message: {
            zh: `标题「${title}」是${LEVEL[depth]}标题（${marks(depth)}），但上一个标题是${LEVEL[previous]}（${marks(previous)}），跳过了${SKIPPED[depth - previous - 1]}级。请改为${LEVEL[previous + 1]}标题（${marks(previous + 1)}），或补上中间层级的标题。`,
            en: `Heading "${title}" is level ${depth} (${marks(depth)}) but the previous heading is level ${previous} (${marks(previous)}), skipping ${depth - previous - 1 === 1 ? 'a level' : `${depth - previous - 1} levels`}. Use level ${previous + 1} (${marks(previous + 1)}) or add the missing level in between.`,
          },
        });
      }
      previous = depth;
    }
  },
});

const LEVEL = ['', '一级', '二级', '三级', '四级', '五级', '六级'];
const SKIPPED = ['', '一', '两', '三', '四'];

function marks(depth: number): string {
  return '#'.repeat(depth);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}
