import { describe, expect, it } from 'vitest';
import { expectGolden, goldenNames, renderGolden } from './helpers.js';

const names = goldenNames();

describe('golden HTML per Markdown construct (UPDATE_GOLDEN=1 rewrites them)', () => {
  it('has the constructs the renderer promises', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'blockquote',
        'cjk-emphasis',
        'code-block',
        'headings',
        'images',
        'links-footnotes',
        'mp-links',
        'nested-lists',
        'raw-html',
        'reprint',
        'table',
      ]),
    );
  });

  it.each(names)('%s', (name) => {
    const first = renderGolden(name);
    expectGolden(`${name}.html`, `${first.html}\n`);
    // Deterministic: a second render gives the same bytes.
    expect(renderGolden(name).html).toBe(first.html);
  });
});
