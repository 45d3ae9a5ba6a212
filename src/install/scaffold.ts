import { localDate } from '../platform/time.js';
import { earliestPublish } from '../policy/lead-time.js';
import type { LeadTime } from '../policy/pr-policy.js';

/** What an author says about a new article; everything else in its front matter has a default. */
export interface ArticleAnswers {
  title: string;
  author: string;
  department?: string;
}

export const DEFAULT_ANSWERS: ArticleAnswers = { title: '待定标题', author: '待定作者' };
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The hour a scaffolded article goes out, in the policy time zone; the author changes it in the front matter. */
export const DEFAULT_HOUR = '10:00:00';

export function isSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export function isDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/**
 * The day after the earliest publish time the lead time allows from `now` (hours, or working days with the
 * holiday calendar), in the policy time zone: whatever hour the author picks that day, an article started today
 * and opened as a pull request today passes the schedule check without the urgent path.
 */
export function defaultPublishDate(now: number, zone: string, lead: LeadTime): string {
  return localDate(earliestPublish(now, lead, zone).at + 86_400_000, zone);
}

/** The article folder, relative to the repository: content/<account>/<date>-<slug>. */
export function articleFolder(account: string, date: string, slug: string): string {
  return `content/${account}/${date}-${slug}`;
}

/** One line of YAML text: quoted when YAML would read it as something other than the same string. */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}·、，。！？：；（）《》“”—…_-]*$/u.test(value) &&
    !/^(true|false|null|yes|no|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/**
 * index.md of a new article: valid front matter (publish_at without offset, so it is read in the policy time zone
 * and the folder date is its date) and a body that says where to write. `wxgate check` accepts it unchanged.
 */
export function articleText(answers: ArticleAnswers, date: string): string {
  const lines = [
    '---',
    `title: ${yamlText(answers.title)}`,
    `author: ${yamlText(answers.author)}`,
    `publish_at: ${date}T${DEFAULT_HOUR}`,
    'cover: cover.png',
    ...(answers.department ? [`department: ${yamlText(answers.department)}`] : []),
    '---',
    '',
    '正文从这里开始。用空行分段，用“## 小标题”分节；图片放在本目录中，写成 `![图片说明](photo.png)`。',
    '',
  ];
  return lines.join('\n');
}
