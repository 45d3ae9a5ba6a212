import type { Element, ElementContent, Text } from 'hast';

/** An element with only a style attribute (omitted when the theme gives none) and any other plain properties. */
export function el(
  tagName: string,
  style: string,
  children: ElementContent[] = [],
  properties: Record<string, string> = {},
): Element {
  const props: Record<string, string> = { ...properties };
  if (style !== '') props.style = style;
  return { type: 'element', tagName, properties: props, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** Joins CSS declaration lists, skipping empty ones. */
export function joinStyles(...styles: string[]): string {
  return styles.filter((s) => s !== '').join('; ');
}

/** The text a reader sees in some hast content. */
export function hastText(nodes: readonly ElementContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') out += node.tagName === 'br' ? '\n' : hastText(node.children);
  }
  return out;
}

/** True when the content has something a reader sees: text other than white space, or an image. */
export function hasVisible(nodes: readonly ElementContent[]): boolean {
  return nodes.some((node) =>
    node.type === 'text'
      ? node.value.trim() !== ''
      : node.type === 'element' && (node.tagName === 'img' || hasVisible(node.children)),
  );
}
