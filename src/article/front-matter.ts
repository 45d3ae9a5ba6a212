import { parseDateTime } from '../platform/time.js';
import { parseYaml } from '../platform/yaml.js';
import type { LocalizedText } from '../text/vocabulary.js';
import { indexKeyLines, lineOfKeyPath } from './key-lines.js';
import { explainYamlError } from './yaml-errors.js';

/** The contract authors see (README "Writing an article"). Unknown keys are errors: a typo must never pass silently. */
export interface FrontMatter {
  title: string;
  author: string;
  /** Epoch milliseconds; a time without offset is read in the policy time zone. */
  publishAt: number;
  publishAtText: string;
  cover: string;
  digest?: string;
  type: 'original' | 'reprint';
  source?: { name?: string; url?: string; authorization?: string };
  urgent?: { reason: string };
  department?: string;
  repostOf?: string;
  major?: boolean;
  comments?: { open?: boolean; fansOnly?: boolean };
  status?: 'withdrawn';
  tags?: string[];
}

export interface FrontMatterProblem {
  /** 1-based line in the article file. */
  line: number;
  field: string;
  message: LocalizedText;
}

export interface FrontMatterResult {
  /** The validated front matter when every required field is valid. */
  data: FrontMatter | undefined;
  /** Every field that parsed, even when others did not, so one run can still check what is there. */
  fields: Partial<FrontMatter>;
  problems: FrontMatterProblem[];
  /** 1-based line of each top-level key, for rules that point at a field. */
  keyLines: Map<string, number>;
}

const KEYS = [
  'title',
  'author',
  'publish_at',
  'cover',
  'digest',
  'type',
  'source',
  'urgent',
  'department',
  'repost_of',
  'major',
  'comments',
  'status',
  'tags',
] as const;
const REQUIRED = ['title', 'author', 'publish_at', 'cover'] as const;
/** Every key an article may have: what editors and scaffolds offer (src/install). */
export const FRONT_MATTER_KEYS: readonly string[] = KEYS;
export const REQUIRED_FRONT_MATTER_KEYS: readonly string[] = REQUIRED;
/** C0 (line feed, carriage return, ESC…), DEL, C1 (CSI, OSC…) and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Validates front matter. `yamlText` is the block between the `---` fences; `firstLine` is the file line of its
 * first line. Collects every problem instead of stopping at the first, so one run shows the author everything.
 */
export function parseFrontMatter(
  yamlText: string | undefined,
  firstLine: number,
  zone: string,
): FrontMatterResult {
  const problems: FrontMatterProblem[] = [];
  const keyLines = new Map<string, number>();
  if (yamlText === undefined) {
    problems.push({
      line: 1,
      field: '(front matter)',
      message: {
        zh: '缺少 YAML 头信息。文章第一行应为 ---，并填写 title、author、publish_at、cover。',
        en: 'Missing YAML front matter. Start the file with --- and give title, author, publish_at and cover.',
      },
    });
    return { data: undefined, fields: {}, problems, keyLines };
  }
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const { line, message } = explainYamlError(yamlText, parsed.line, parsed.message);
    problems.push({ line: firstLine + line - 1, field: '(front matter)', message });
    return { data: undefined, fields: {}, problems, keyLines };
  }
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      line: firstLine,
      field: '(front matter)',
      message: {
        zh: 'YAML 头信息必须是键值对。',
        en: 'YAML front matter must be a mapping of keys to values.',
      },
    });
    return { data: undefined, fields: {}, problems, keyLines };
  }
  const raw = value as Record<string, unknown>;
  const keyIndex = indexKeyLines(yamlText);
  const lineOf = (...path: (string | number)[]) => firstLine + lineOfKeyPath(keyIndex, path) - 1;
  for (const key of Object.keys(raw)) keyLines.set(key, lineOf(key));
  const problem = (field: string, zh: string, en: string, path: (string | number)[] = [field]) =>
    problems.push({ line: lineOf(...path), field, message: { zh, en } });

  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const near = closest(key, KEYS);
      problem(
        key,
        `未知字段 ${key}${near ? `（是否想写 ${near}？）` : ''}。允许的字段：${KEYS.join('、')}。`,
        `Unknown field ${key}${near ? ` (did you mean ${near}?)` : ''}. Allowed: ${KEYS.join(', ')}.`,
      );
    }
  }
  for (const key of REQUIRED) {
    if (raw[key] === undefined || raw[key] === null) {
      problem(key, `缺少必填字段 ${key}。`, `Missing required field ${key}.`, []);
    }
  }

  const text = (field: string, v: unknown, path: (string | number)[] = [field]): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') {
      problem(
        field,
        `字段 ${field} 应为文本，实际为${typeName(v).zh}。`,
        `Field ${field} must be text, got ${typeName(v).en}.`,
        path,
      );
      return undefined;
    }
    const s = String(v).trim();
    if (s === '') {
      problem(field, `字段 ${field} 不能为空。`, `Field ${field} must not be empty.`, path);
      return undefined;
    }
    return s;
  };
  /**
   * Title, author and digest travel on: into WeChat's fields, the PR comment and the terminal. A line break or an
   * escape sequence (ESC [, OSC) there forges lines or recolours a reviewer's terminal, so control characters are
   * errors (YAML lets them in through "\n", "\e" and block scalars).
   */
  const singleLine = (field: string, v: string | undefined): string | undefined => {
    const control = v === undefined ? undefined : CONTROL.exec(v)?.[0];
    if (control === undefined) return v;
    const code = `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    problem(
      field,
      `字段 ${field} 含有控制字符（${code}）。标题、作者和摘要中不允许换行、回车、制表符或终端转义字符。`,
      `Field ${field} contains a control character (${code}). Titles, authors and digests must not contain line breaks, carriage returns, tabs or terminal escapes.`,
    );
    return undefined;
  };
  const flag = (field: string, v: unknown, path: (string | number)[]): boolean | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      problem(field, `字段 ${field} 应为 true 或 false。`, `Field ${field} must be true or false.`, path);
      return undefined;
    }
    return v;
  };
  const mapping = (
    field: string,
    v: unknown,
    allowed: readonly string[],
  ): Record<string, unknown> | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      problem(
        field,
        `字段 ${field} 应为键值对（含 ${allowed.join('、')}）。`,
        `Field ${field} must be a mapping (${allowed.join(', ')}).`,
      );
      return undefined;
    }
    const m = v as Record<string, unknown>;
    for (const k of Object.keys(m)) {
      if (!allowed.includes(k)) {
        problem(
          `${field}.${k}`,
          `未知字段 ${field}.${k}。允许：${allowed.join('、')}。`,
          `Unknown field ${field}.${k}. Allowed: ${allowed.join(', ')}.`,
          [field, k],
        );
      }
    }
    return m;
  };

  const title = singleLine('title', text('title', raw.title));
  const author = singleLine('author', text('author', raw.author));
  const cover = text('cover', raw.cover);
  if (cover !== undefined && (cover.startsWith('/') || cover.includes('..') || /^[a-z]+:/i.test(cover))) {
    problem(
      'cover',
      `封面 ${cover} 必须是文章目录内的相对路径（如 cover.png）。`,
      `Cover ${cover} must be a relative path inside the article folder (e.g. cover.png).`,
    );
  }
  const publishAtText =
    raw.publish_at === undefined || raw.publish_at === null ? undefined : String(raw.publish_at);
  let publishAt: number | undefined;
  if (publishAtText !== undefined) {
    const t = parseDateTime(publishAtText, zone);
    if (t.ok) publishAt = t.epochMs;
    else {
      const why = {
        format: [
          '格式不是 ISO 8601，应如 2026-11-20T10:00:00+08:00',
          'is not ISO 8601; write e.g. 2026-11-20T10:00:00+08:00',
        ],
        impossible: ['不是真实存在的日期或时间', 'is not a real date or time'],
        offset: [
          '的时区偏移不存在，应在 -12:00 到 +14:00 之间，分钟为 00、15、30 或 45（北京时间为 +08:00）',
          'has an offset no time zone uses: it must be from -12:00 to +14:00 in quarter hours (Beijing is +08:00)',
        ],
        'missing-time': [
          '缺少发布时刻，应如 2026-11-20T10:00:00+08:00',
          'has no time of day; write e.g. 2026-11-20T10:00:00+08:00',
        ],
      }[t.reason];
      problem(
        'publish_at',
        `publish_at「${publishAtText}」${why[0]}。`,
        `publish_at "${publishAtText}" ${why[1]}.`,
      );
    }
  }
  const digest = singleLine('digest', text('digest', raw.digest));
  let type: FrontMatter['type'] = 'original';
  if (raw.type !== undefined && raw.type !== null) {
    if (raw.type === 'original' || raw.type === 'reprint') type = raw.type;
    else
      problem(
        'type',
        `type 只能是 original（原创）或 reprint（转载），实际为「${String(raw.type)}」。`,
        `type must be original or reprint, got "${String(raw.type)}".`,
      );
  }
  const sourceMap = mapping('source', raw.source, ['name', 'url', 'authorization']);
  let source: FrontMatter['source'];
  if (sourceMap) {
    source = {};
    const name = text('source.name', sourceMap.name, ['source', 'name']);
    const url = text('source.url', sourceMap.url, ['source', 'url']);
    const authorization = text('source.authorization', sourceMap.authorization, ['source', 'authorization']);
    if (name !== undefined) source.name = name;
    if (url !== undefined) {
      if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) {
        problem(
          'source.url',
          `source.url「${url}」不是可追溯的 http(s) 网址。`,
          `source.url "${url}" is not a traceable http(s) URL.`,
          ['source', 'url'],
        );
      }
      source.url = url;
    }
    if (authorization !== undefined) source.authorization = authorization;
  }
  const urgentMap = mapping('urgent', raw.urgent, ['reason']);
  let urgent: FrontMatter['urgent'];
  if (urgentMap) {
    const reason = text('urgent.reason', urgentMap.reason, ['urgent', 'reason']);
    if (reason === undefined && urgentMap.reason === undefined) {
      problem(
        'urgent.reason',
        '加急发布必须写明 urgent.reason（加急原因），总经理审批时会看到。',
        'An urgent article needs urgent.reason; the general manager sees it when approving.',
        ['urgent'],
      );
    }
    if (reason !== undefined) urgent = { reason };
  }
  const department = text('department', raw.department);
  const repostOf = text('repost_of', raw.repost_of);
  const major = flag('major', raw.major, ['major']);
  const commentsMap = mapping('comments', raw.comments, ['open', 'fans_only']);
  let comments: FrontMatter['comments'];
  if (commentsMap) {
    comments = {};
    const open = flag('comments.open', commentsMap.open, ['comments', 'open']);
    const fansOnly = flag('comments.fans_only', commentsMap.fans_only, ['comments', 'fans_only']);
    if (open !== undefined) comments.open = open;
    if (fansOnly !== undefined) comments.fansOnly = fansOnly;
  }
  let status: FrontMatter['status'];
  if (raw.status !== undefined && raw.status !== null) {
    if (raw.status === 'withdrawn') status = 'withdrawn';
    else
      problem(
        'status',
        `status 只能是 withdrawn（撤回），实际为「${String(raw.status)}」。`,
        `status can only be withdrawn, got "${String(raw.status)}".`,
      );
  }
  let tags: string[] | undefined;
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!Array.isArray(raw.tags))
      problem('tags', 'tags 应为列表，如 [集团新闻, 公益]。', 'tags must be a list, e.g. [news, charity].');
    else {
      tags = [];
      raw.tags.forEach((t, i) => {
        const s = text(`tags[${i}]`, t, ['tags']);
        if (s !== undefined) tags!.push(s);
      });
    }
  }

  problems.sort((a, b) => a.line - b.line);
  const fields: Partial<FrontMatter> = { type };
  if (title !== undefined) fields.title = title;
  if (author !== undefined) fields.author = author;
  if (cover !== undefined) fields.cover = cover;
  if (publishAt !== undefined) {
    fields.publishAt = publishAt;
    fields.publishAtText = publishAtText!;
  }
  if (digest !== undefined) fields.digest = digest;
  if (source) fields.source = source;
  if (urgent) fields.urgent = urgent;
  if (department !== undefined) fields.department = department;
  if (repostOf !== undefined) fields.repostOf = repostOf;
  if (major !== undefined) fields.major = major;
  if (comments) fields.comments = comments;
  if (status) fields.status = status;
  if (tags) fields.tags = tags;
  // Problems in optional fields still leave a usable article, so the other rules can run on it.
  const complete =
    title !== undefined && author !== undefined && cover !== undefined && publishAt !== undefined;
  return { data: complete ? (fields as FrontMatter) : undefined, fields, problems, keyLines };
}

function typeName(v: unknown): LocalizedText {
  if (Array.isArray(v)) return { zh: '列表', en: 'a list' };
  if (typeof v === 'object') return { zh: '键值对', en: 'a mapping' };
  if (typeof v === 'boolean') return { zh: '布尔值', en: 'a boolean' };
  return { zh: typeof v, en: typeof v };
}

/** The allowed key closest to a typo, if it is close enough to be a likely intent (also: `wxgate new`'s account). */
export function closest(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    // Lengths further apart than the best distance cannot beat it; long keys then cost nothing.
    if (Math.abs(key.length - c.length) >= bestDistance) continue;
    const d = editDistance(key.toLowerCase(), c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
