import type { Nodes, Root } from 'mdast';

/** Source offsets of a node, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Calls `visit` on `node` and then on each descendant, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** Where `node` stands in the source; undefined for generated nodes, which rules cannot point at. */
export function nodeSpan(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/**
 * The article's nodes in document order, listed by one walk of the tree the first time a rule asks. Half a dozen
 * rules and article parts look for a few kinds of node (links, images, html, headings, definitions); each walked
 * the whole tree for itself, and on an article of thousands of nodes those walks together cost more than the
 * rules' own work.
 */
export class NodeIndex {
  private all: Nodes[] | undefined;
  private readonly byType = new Map<string, Nodes[]>();

  constructor(private readonly tree: Root) {}

  /** The nodes of these types, in document order. */
  ofType<T extends Nodes['type']>(...types: T[]): NodeOfType<T>[] {
    const key = types.length === 1 ? types[0]! : types.join(' ');
    let found = this.byType.get(key);
    if (!found) {
      const wanted = new Set<string>(types);
      found = this.inOrder().filter((node) => wanted.has(node.type));
      this.byType.set(key, found);
    }
    return found as NodeOfType<T>[];
  }

  private inOrder(): Nodes[] {
    if (!this.all) {
      const all: Nodes[] = [];
      walk(this.tree, (node) => {
        all.push(node);
      });
      this.all = all;
    }
    return this.all;
  }
}
