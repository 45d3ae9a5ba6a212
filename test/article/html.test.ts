import { describe, expect, it } from 'vitest';
import { attributeValue, locateTags, openTags, tagsNamed } from '../../src/article/html.js';

const names = (html: string, read: (html: string) => Array<{ name: string }>) =>
  read(html).map((t) => t.name);

describe('openTags', () => {
  it('reads names, text and attributes written with double, single, no quotes or bare', () => {
    const [tag] = openTags(`<IMG src="a.png" alt='图' width=20 hidden/>`);
    expect(tag!.name).toBe('IMG');
    expect(tag!.text).toBe(`<IMG src="a.png" alt='图' width=20 hidden/>`);
    expect(tag!.attributes.map((a) => [a.name, a.value, a.text])).toEqual([
      ['src', 'a.png', 'src="a.png"'],
      ['alt', '图', "alt='图'"],
      ['width', '20', 'width=20'],
      ['hidden', undefined, 'hidden'],
    ]);
  });

  it('gives each attribute its offset inside the tag text', () => {
    const [tag] = openTags('<a  href="x"\n onclick=go()>');
    for (const a of tag!.attributes) expect(tag!.text.slice(a.offset, a.offset + a.text.length)).toBe(a.text);
    expect(tag!.attributes.map((a) => a.offset)).toEqual([4, 14]);
  });

  it('skips comments, raw-text content and text that only looks like a tag', () => {
    const html =
      '<p>1 < 2<!-- <img src=x> --><script>"<a href=y>"</script><style>p{}</style><br></p><!-- <b>';
    expect(names(html, openTags)).toEqual(['p', 'script', 'style', 'br']);
  });
});

describe('tagsNamed', () => {
  it('finds tags of one name in any case and nothing that merely starts with it', () => {
    expect(
      names('<img src=a><IMG src=b><image src=c><img-x src=d><span><Img>', (h) => tagsNamed(h, 'img')),
    ).toEqual(['img', 'IMG', 'Img']);
    expect(names('<abbr><a href=x><area>', (h) => tagsNamed(h, 'A'))).toEqual(['a']);
  });

  it('skips what a reader never sees: comments, script bodies and text inside attribute values', () => {
    const html = '<!-- <img src=a> --><script>"<img src=b>"</script><a title="<img src=c>"><img src=d>';
    expect(tagsNamed(html, 'img').map((t) => t.text)).toEqual(['<img src=d>']);
  });
});

describe('attributeValue', () => {
  const [tag] = openTags('<img SRC="a.png" alt hidden="" src="b.png">');

  it('reads a value by name in any case, the first of repeated attributes winning', () => {
    expect(attributeValue(tag!, 'src')).toBe('a.png');
    expect(attributeValue(tag!, 'SRC')).toBe('a.png');
  });

  it('gives an empty string for a bare or empty attribute and undefined for a missing one', () => {
    expect(attributeValue(tag!, 'alt')).toBe('');
    expect(attributeValue(tag!, 'hidden')).toBe('');
    expect(attributeValue(tag!, 'title')).toBeUndefined();
  });
});

describe('locateTags', () => {
  it('finds repeated tags one after another inside the node, not before it', () => {
    const source = '<br>\n\n> <br><br>\n';
    const node = { start: 8, end: 16 };
    expect(locateTags(source, node, openTags('<br><br>')).map(({ start, end }) => [start, end])).toEqual([
      [8, 12],
      [12, 16],
    ]);
  });

  it('gives the node’s span to a tag the source writes differently (split by a container prefix)', () => {
    const source = '> <img\n> src=a.png>\n';
    const node = { start: 2, end: 19 };
    const [located] = locateTags(source, node, openTags('<img\nsrc=a.png>'));
    expect(located).toMatchObject({ start: 2, end: 19 });
    expect(located!.tag.name).toBe('img');
  });

  it('does not take a copy of the tag that lies after the node', () => {
    const source = '<b><i></b>\n\n<i>\n';
    expect(locateTags(source, { start: 0, end: 10 }, openTags('<i><i>')).map(({ start }) => start)).toEqual([
      3, 0,
    ]);
  });
});
