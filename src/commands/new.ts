import { articleSettings, createArticle } from '../app/new-article.js';
import { closest } from '../article/front-matter.js';
import {
  type ArticleAnswers,
  DEFAULT_ANSWERS,
  defaultPublishDate,
  isDate,
  isSlug,
} from '../install/scaffold.js';
import { systemClock } from '../platform/clock.js';
import { type Command, type Io, parse, UsageError } from './command.js';
import { repositoryOf } from './repository.js';

const HELP = `Usage: wxgate new <account> <slug> [options]

Starts an article: content/<account>/<date>-<slug>/ with index.md (valid front matter: title, author, publish_at
at 10:00 in the policy time zone, cover) and cover.png, a placeholder image to replace. \`wxgate check\` accepts the
result unchanged. Run in a terminal, it asks (in Chinese) for the title, the author and the submitting department.

  <account>   an account of policies/accounts.yml (its content/<account>/ folder)
  <slug>      the folder name after the date: lower-case letters, digits and -, e.g. spring-festival

Options:
  --date <YYYY-MM-DD>   Publication date (default: the first day the lead time allows, counted from now)
  --title <text>        Title (skips the question)
  --author <text>       Author (skips the question)
  --department <text>   Submitting department, for its head's approval (skips the question)
  -h, --help            Show this help

Exit codes: 0 created · 2 usage error (unknown account, folder exists, bad slug or date).
`;

/** Limits of WeChat's draft API (wechat/title-length, wechat/author-length): a longer answer is asked again. */
const LIMITS = { title: 32, author: 16, department: 32 } as const;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export const newArticle: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      date: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      department: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const [account, slug, ...extra] = positionals;
    if (account === undefined || slug === undefined || extra.length > 0) {
      throw new UsageError('new needs exactly <account> <slug>, e.g. wxgate new group spring-festival');
    }
    if (!isSlug(slug))
      throw new UsageError(`slug "${slug}": use lower-case letters, digits and - (e.g. spring-festival)`);
    const repository = repositoryOf(io);
    const root = repository.root;
    const settings = articleSettings(root);
    const date =
      values.date === undefined
        ? defaultPublishDate(systemClock.now(), settings.zone, settings.lead)
        : String(values.date);
    if (!isDate(date)) throw new UsageError(`--date "${date}" is not a real date as YYYY-MM-DD`);
    if (!settings.accounts.includes(account)) {
      const near = closest(account, settings.accounts);
      const hint = near ? `; did you mean ${near}?` : '';
      throw new UsageError(
        `account "${account}" is not in policies/accounts.yml${hint} (accounts: ${settings.accounts.join(', ') || 'none'})`,
      );
    }
    const answers = await gather(io, {
      ...(values.title === undefined ? {} : { title: String(values.title) }),
      ...(values.author === undefined ? {} : { author: String(values.author) }),
      ...(values.department === undefined ? {} : { department: String(values.department) }),
    });
    const outcome = createArticle({ root, account, slug, date, answers }, settings.accounts);
    if (!outcome.ok) {
      if (outcome.reason === 'exists') {
        throw new UsageError(
          `${repository.shown(outcome.folder)} already exists; pick another slug or date (nothing was written)`,
        );
      }
      throw new UsageError(`account "${account}" is not in policies/accounts.yml`);
    }
    io.out(
      `已创建 ${repository.shown(outcome.folder)}/index.md 和占位封面 cover.png。\n` +
        `下一步：写正文，换上真正的封面，然后运行 wxgate check ${repository.shown(outcome.folder)}\n`,
    );
    return 0;
  },
};

/** Answers from the options, else from questions on the terminal, else the defaults. */
async function gather(io: Io, given: Partial<ArticleAnswers>): Promise<ArticleAnswers> {
  for (const key of ['title', 'author', 'department'] as const) {
    const value = given[key];
    if (value !== undefined && problemWith(key, value) !== undefined) {
      throw new UsageError(`--${key}: ${problemWith(key, value)!.en}`);
    }
  }
  const ask = io.ask;
  const answer = async (key: keyof typeof LIMITS, question: string, fallback: string | undefined) => {
    if (given[key] !== undefined || !ask) return given[key] ?? fallback;
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = (await ask(question)).trim();
      if (reply === '') return fallback;
      const problem = problemWith(key, reply);
      if (problem === undefined) return reply;
      io.err(`${problem.zh}\n`);
    }
    return fallback;
  };
  const title = await answer('title', `标题（不超过 ${LIMITS.title} 个字）：`, DEFAULT_ANSWERS.title);
  const author = await answer('author', `作者（不超过 ${LIMITS.author} 个字）：`, DEFAULT_ANSWERS.author);
  const department = await answer('department', '提交部门（可留空）：', undefined);
  return { title: title!, author: author!, ...(department ? { department } : {}) };
}

function problemWith(key: keyof typeof LIMITS, value: string): { zh: string; en: string } | undefined {
  if (value.trim() === '') return { zh: '不能为空。', en: 'must not be empty' };
  if (CONTROL.test(value))
    return { zh: '不能含换行或控制字符。', en: 'must be one line without control characters' };
  const length = [...value.trim()].length;
  if (length > LIMITS[key]) {
    return {
      zh: `太长：${length} 个字，最多 ${LIMITS[key]} 个。`,
      en: `too long: ${length} characters, at most ${LIMITS[key]}`,
    };
  }
  return undefined;
}
