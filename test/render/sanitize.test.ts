import { describe, expect, it } from 'vitest';
import { sanitizeWeChatContentWithReport } from '../../src/wechat/emulator/sanitize.js';
import { goldenNames, renderGolden } from './helpers.js';

/**
 * Everything wxgate emits survives WeChat's filter as the emulator models it: not a tag, attribute, style
 * declaration, image or link is removed, so what the preview shows is what followers get.
 */
describe('rendered HTML survives the WeChat sanitizer unchanged', () => {
  it.each(goldenNames())('%s', (name) => {
    const { html, images, footnotes } = renderGolden(name);
    const report = sanitizeWeChatContentWithReport(html);
    expect(report.removed).toEqual([]);
    expect(report.html).toBe(html);
    // And what matters is there: every image, every footnote, every style.
    expect(report.html.match(/<img /g)?.length ?? 0).toBe(html.match(/<img /g)?.length ?? 0);
    expect(images.length === 0 || report.html.includes('<img ')).toBe(true);
    for (const note of footnotes) expect(report.html).toContain(`[${note.n}]`);
    expect(report.html.match(/ style="/g)?.length).toBe(html.match(/ style="/g)?.length);
  });
});
