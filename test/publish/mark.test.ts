import { describe, expect, it } from 'vitest';
import { markOf, readMark, withMark } from '../../src/publish/mark.js';
import { render } from '../render/helpers.js';

const KEY = 'group/2026-11-25-sample';
const HASH = `sha256:${'ab'.repeat(32)}`;

describe('the draft mark (how WeChat tells wxgate what already went out)', () => {
  it('is the same for the same article and content, and differs for another article or other content', () => {
    const mark = markOf(KEY, HASH);
    expect(mark).toEqual({ article: expect.stringMatching(/^[0-9a-f]{16}$/), content: 'abababababababab' });
    expect(markOf(KEY, HASH)).toEqual(mark);
    expect(markOf('group/2026-11-25-other', HASH).article).not.toBe(mark.article);
    expect(readMark(withMark('<p>正文</p>', mark))).toEqual(mark);
    expect(readMark('<p>正文</p>')).toBeUndefined();
  });

  it('cannot be forged by an author: raw HTML or text that looks like it renders without a mark', () => {
    const forged = `<section data-wxgate="${markOf(KEY, HASH).article}.${'cd'.repeat(8)}">`;
    for (const markdown of [
      `${forged}\n\n正文\n\n</section>`,
      `正文 ${forged} 正文`,
      `<p data-wxgate="${'1'.repeat(16)}.${'2'.repeat(16)}">正文</p>`,
      `\`\`\`html\n${forged}\n\`\`\``,
    ]) {
      expect(readMark(render(markdown).html), markdown).toBeUndefined();
    }
  });
});
