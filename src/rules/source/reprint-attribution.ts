import { defineRule, spanOf } from '../types.js';

/**
 * A reprint names where it comes from: `source.name` (the original account or medium) and `source.url` (a
 * traceable link) in the front matter. A visible 来源 line in the body is not required: wxgate's renderer
 * writes one from these fields, so the front matter is the single place to keep them.
 *
 * The reverse also holds: an article that claims to be original (`type: original`, the default) must not say in
 * its body that it is reprinted (转载自…, 本文来源：…, 原文链接…). Block quotes count, since a reprint note is
 * often written as one; code does not. Credits for data or pictures (数据来源：, 图片来源：) are not claims about
 * the article and are ignored, and so is a business unit's repost of a group article (`repost_of`).
 */
export default defineRule({
  meta: {
    id: 'source/reprint-attribution',
    description: {
      zh: '转载文章须在头信息注明出处（source.name 和 source.url，正文来源行由渲染自动生成）；原创文章正文不能写“转载自”',
      en: 'A reprint names its source in the front matter (source.name and source.url; the renderer writes the visible source line); an original article does not say it is reprinted',
    },
    defaultSeverity: 'error',
    source: '互联网用户公众账号信息服务管理规定第十七条；000 四(一)2（转载须注明出处）',
    defaults: {},
  },
  check(article, { report }) {
    const fm = article.frontMatter;
    const data = fm.fields;
    // No type at all means the front matter did not parse; format/front-matter says so.
    if (data.type === undefined) return;
    const lineSpan = (line: number) => {
      const start = article.lines.lineStart(line);
      const end = article.text.indexOf('\n', start);
      return { start, end: end === -1 ? article.text.length : end };
    };

    if (data.type === 'reprint') {
      const missing: string[] = [];
      if (!data.source?.name) missing.push('source.name');
      if (!data.source?.url) missing.push('source.url');
      if (missing.length === 0) return;
      const line = fm.keyLines.get('source') ?? fm.keyLines.get('type');
      if (line === undefined) return;
      const what = missing.map((m) =>
        m === 'source.name'
          ? { zh: `${m}（原作者或来源媒体名称）`, en: `${m} (the original author or medium)` }
          : { zh: `${m}（可追溯的原文网址）`, en: `${m} (a traceable link to the original)` },
      );
      report({
        ...lineSpan(line),
        message: {
          zh: `转载文章（type: reprint）缺少 ${what.map((w) => w.zh).join('和 ')}。请在头信息 source 下补上，如 source: {name: 某某公众号, url: https://mp.weixin.qq.com/s/…}；wxgate 会据此在文中生成来源说明。`,
          en: `This reprint (type: reprint) lacks ${what.map((w) => w.en).join(' and ')}. Add it under source in the front matter, e.g. source: {name: Some Account, url: https://mp.weixin.qq.com/s/…}; wxgate writes the source line from it.`,
        },
        actual: missing.join(', '),
      });
      return;
    }

    // A business unit reposting the group's own article (repost_of, 002 5.3) may say where it comes from.
    if (data.repostOf !== undefined) return;
    const typeLine = fm.keyLines.get('type');
    const claim =
      typeLine === undefined
        ? { zh: '原创（未写 type，默认 original）', en: 'original (no type given, so original)' }
        : { zh: '原创（type: original）', en: 'original (type: original)' };
    for (const segment of article.segments) {
      if (!BODY_KINDS.has(segment.kind)) continue;
      for (const m of segment.text.matchAll(REPRINT_MARKER)) {
        const start = m.index;
        // Quote the note up to the end of its sentence (at most 24 characters).
        const rest = segment.text.slice(start, start + 24);
        const stop = rest.search(/[\n。！？；!?;]/);
        const note = (stop === -1 ? rest : rest.slice(0, stop)).trimEnd();
        const quoted = /[「」]/.test(note) ? `『${note}』` : `「${note}」`;
        report({
          ...spanOf(article.text, segment, start, start + m[0].length),
          message: {
            zh: `文章声明为${claim.zh}，正文却写着${quoted}。如果是转载，请在头信息写 type: reprint 并填写 source；如果确是原创，请删掉这句转载说明。`,
            en: `The article claims to be ${claim.en}, but the body says "${note}". If it is a reprint, set type: reprint and fill in source; if it is original, remove the reprint note.`,
          },
        });
      }
    }
  },
});

const BODY_KINDS = new Set(['paragraph', 'heading', 'tableCell', 'html']);

/**
 * Phrases that state the article itself comes from elsewhere. Bare 转自/来源于 are everyday words (运转自如,
 * 灵感来源于生活), so they count only after 本文/文章/稿件/内容; 来源： counts at the start of a line or after those
 * words, so 数据来源：/图片来源： (credits for parts) do not; 未经授权转载 (an original's own notice) does not.
 */
const REPRINT_MARKER = new RegExp(
  [
    '(?:本文|文章|稿件|内容)?转载自',
    '(?:本文|文章|稿件|内容)(?:转自|来源于)',
    '转自(?:微信)?公众号',
    '(?:(?<![未不])(?:经|已获|获)|(?<![未不经获]))授权转载',
    '(?:本文|文章|稿件|内容)来源\\s*[:：]',
    '(?<=^|\\n)来源\\s*[:：]',
    '原文链接\\s*[:：]',
    '(?:原文|本文)首发于',
  ].join('|'),
  'g',
);
