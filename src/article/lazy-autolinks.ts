import type { Nodes, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Processor } from 'unified';

/**
 * remark-gfm finds literal autolinks (`www.x.cn`, `https://…`, `name@x.cn`) after parsing, by running four
 * regular expressions over every text node through mdast-util-find-and-replace. On Chinese articles, whose
 * links are almost all written `[text](url)`, that pass finds nothing and costs about a sixth of the parse.
 *
 * Every one of its expressions needs `http://`, `https://` or `www.` (any case), or an `@`, inside one text
 * node. This plugin, used after remark-gfm, runs the pass only when some text node has one of them; otherwise
 * the pass would change nothing, so the tree is the same either way (test/article/lazy-autolinks.test.ts
 * compares both on generated and sample articles).
 */
export function remarkLazyAutolinks(this: Processor): void {
  const original = autolinkTransform();
  const extensions = this.data('fromMarkdownExtensions') ?? [];
  let wrapped = 0;
  for (const extension of extensions.flat()) {
    const transforms = extension.transforms;
    if (!transforms) continue;
    extension.transforms = transforms.map((transform) => {
      if (transform !== original) return transform;
      wrapped++;
      return (tree: Root) => (hasCandidate(tree) ? transform(tree) : undefined);
    });
  }
  if (wrapped === 0) throw new Error('remarkLazyAutolinks must be used after remark-gfm');
}

type Transform = NonNullable<ReturnType<typeof gfmAutolinkLiteralFromMarkdown>['transforms']>[number];

/** The module-level transform remark-gfm registers: the same function object from every call. */
function autolinkTransform(): Transform {
  const transform = gfmAutolinkLiteralFromMarkdown().transforms?.[0];
  if (!transform) throw new Error('mdast-util-gfm-autolink-literal no longer has a transform');
  return transform;
}

const CANDIDATE = /https?:\/\/|www\.|@/i;

function hasCandidate(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (CANDIDATE.test(node.value)) return true;
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}
