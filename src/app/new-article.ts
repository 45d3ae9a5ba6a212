import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../article/front-matter.js';
import { placeholderCover } from '../install/png.js';
import { type ArticleAnswers, articleFolder, articleText } from '../install/scaffold.js';
import { loadAccounts } from '../policy/accounts.js';
import { type LeadTime, parsePrPolicy } from '../policy/pr-policy.js';

export interface NewArticleRequest {
  root: string;
  account: string;
  slug: string;
  date: string;
  answers: ArticleAnswers;
}

export type NewArticleOutcome =
  | { ok: true; folder: string }
  | { ok: false; reason: 'unknown-account'; accounts: string[]; suggestion: string | undefined }
  | { ok: false; reason: 'exists'; folder: string };

/** The policy settings a new article depends on: its time zone and lead time, and the accounts. */
export function articleSettings(root: string): { zone: string; lead: LeadTime; accounts: string[] } {
  const policiesDir = join(root, 'policies');
  const wxgate = join(policiesDir, 'wxgate.yml');
  const policy = parsePrPolicy(wxgate, existsSync(wxgate) ? readFileSync(wxgate, 'utf8') : '');
  return {
    zone: policy.timeZone,
    lead: policy.leadTime,
    accounts: [...loadAccounts(policiesDir).accounts.keys()],
  };
}

/** Creates content/<account>/<date>-<slug>/ with index.md and a placeholder cover.png; never overwrites. */
export function createArticle(request: NewArticleRequest, accounts: readonly string[]): NewArticleOutcome {
  if (!accounts.includes(request.account)) {
    return {
      ok: false,
      reason: 'unknown-account',
      accounts: [...accounts],
      suggestion: closest(request.account, accounts),
    };
  }
  const folder = articleFolder(request.account, request.date, request.slug);
  const full = join(request.root, folder);
  if (existsSync(full)) return { ok: false, reason: 'exists', folder };
  mkdirSync(full, { recursive: true });
  writeFileSync(join(full, 'index.md'), articleText(request.answers, request.date), { flag: 'wx' });
  writeFileSync(join(full, 'cover.png'), placeholderCover(), { flag: 'wx' });
  return { ok: true, folder };
}
