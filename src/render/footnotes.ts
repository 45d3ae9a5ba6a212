/**
 * The numbered notes at the end of an article (参考资料): WeChat keeps no link outside its own pages, so a link
 * elsewhere becomes its text plus a mark [n], and the address is written out here; a Markdown footnote `[^x]` is
 * numbered in the same list. The same address or footnote cited twice keeps its first number.
 */
import type { Element, ElementContent } from 'hast';
import { el, text } from './hast.js';
import type { Footnote } from './render-types.js';
import type { Theme } from './theme.js';

export class Footnotes {
  private readonly notes: Footnote[] = [];
  private readonly byKey = new Map<string, Footnote>();

  /** The note for `key` (`url:<address>`, `note:<identifier>`), numbered on its first use. */
  cite(key: string, make: () => Omit<Footnote, 'n'>): Footnote {
    let note = this.byKey.get(key);
    if (!note) {
      note = { n: this.notes.length + 1, ...make() };
      this.notes.push(note);
      this.byKey.set(key, note);
    }
    return note;
  }

  /** Copies of the notes, in number order. */
  list(): Footnote[] {
    return this.notes.map((f) => ({ ...f }));
  }

  /** The section written after the body; undefined when nothing was cited. */
  section(theme: Theme): Element | undefined {
    if (this.notes.length === 0) return undefined;
    const s = theme.styles;
    const items = this.notes.map((note) => {
      const children: ElementContent[] = [text(`[${note.n}] `)];
      if (note.url === undefined) children.push(text(note.text));
      else {
        if (note.text !== note.url) children.push(text(`${note.text}：`));
        children.push(el('span', s.footnote_url, [text(note.url)]));
      }
      return el('p', s.footnote, children);
    });
    return el('section', s.footnotes, [el('p', s.footnotes_title, [text(theme.labels.footnotes)]), ...items]);
  }
}
