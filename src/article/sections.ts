import type { Heading, Root, RootContent } from 'mdast';

/**
 * The sections of an article: each heading opens one that runs to the next heading of the same or a higher level.
 * Rules ask which sections hold an offset — a sponsored section of a newsletter makes every claim in it an ad,
 * though no sentence there names the sponsor as its own. Built on first use.
 */
export interface Section {
  heading: string;
  depth: number;
  /** Source offsets [start, end): the heading line to the end of the section. */
  start: number;
  end: number;
  /** The section's Markdown source, link targets included. */
  source: string;
}

export class SectionIndex {
  private sections: Section[] | undefined;

  constructor(
    private readonly tree: Root,
    private readonly text: string,
  ) {}

  /** Every section holding source offset `offset`, outermost first. */
  around(offset: number): Section[] {
    this.sections ??= collectSections(this.tree, this.text);
    return this.sections.filter((s) => s.start <= offset && offset < s.end);
  }
}

function collectSections(tree: Root, text: string): Section[] {
  const open: Section[] = [];
  const done: Section[] = [];
  const close = (depth: number, at: number) => {
    while (open.length > 0 && open.at(-1)!.depth >= depth) {
      const section = open.pop()!;
      section.end = at;
      section.source = text.slice(section.start, at);
      done.push(section);
    }
  };
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'heading') continue;
    const start = node.position?.start.offset ?? 0;
    close(node.depth, start);
    open.push({ heading: headingText(node, text), depth: node.depth, start, end: text.length, source: '' });
  }
  close(0, text.length);
  return done.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

function headingText(node: Heading, text: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined
    ? ''
    : text
        .slice(start.offset, end.offset)
        .replace(/^#+\s*/, '')
        .trim();
}
