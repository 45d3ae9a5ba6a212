import type { Nodes } from 'mdast';

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
