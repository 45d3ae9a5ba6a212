import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadArticle } from '../article/article.js';
import { MAX_ARTICLE_BYTES } from '../article/decode.js';
import { loadAccounts } from '../config/accounts.js';
import { resolveTheme } from '../config/theme-file.js';
import { parseCheckPolicy } from '../config/wxgate-yml.js';
import {
  describeRefusal,
  MAX_ASSET_BYTES,
  readArticleFile,
  siblingFiles,
  toPosix,
} from '../platform/files.js';
import { renderPreview } from '../render/preview.js';
import { RenderError } from '../render/render.js';
import { RULES } from '../rules/index.js';
import { type Command, defineCommand, localeOf, UsageError } from './command.js';
import { repositoryOf } from './repository.js';

const HELP = `Usage: wxgate preview <article> [options]

Renders an article as its followers will see it in WeChat and writes one self-contained HTML page: the message
card (cover, title, digest) and the article page (title, author, account, date, body) at phone width. The body
is exactly the HTML wxgate publishes (inline styles from the theme, external links as numbered footnotes, a
来源 line for reprints). Images are inlined, and the page makes no network request, so it opens offline.

<article> is an article's index.md or its folder (content/<account>/<YYYY-MM-DD>-<slug>/).

Options:
  --out <file>          Where to write the page (default: .wxgate-cache/preview/<account>/<folder>.html, which
                        git ignores)
  --theme <file|dir>    Theme YAML file, or a directory holding default.yml (default: policies/themes/default.yml
                        when it exists, else the built-in theme)
  --policies <dir>      Policy directory: time zone from wxgate.yml, account names from accounts.yml
                        (default: policies)
  --locale <zh-CN|en>   Language of the page labels and messages (default: $WXGATE_LOCALE, else zh-CN)
  -h, --help            Show this help

Exit codes: 0 the page was written · 2 usage error, a file that is not an article, an image the article names
but its folder does not have, or a broken theme or policy.

Examples:
  wxgate preview content/group/2026-11-12-q3-operating-update
  wxgate preview content/group/2026-11-12-q3-operating-update/index.md --out /tmp/q3.html
`;

export const preview: Command = defineCommand(
  HELP,
  {
    out: { type: 'string' },
    theme: { type: 'string' },
    policies: { type: 'string' },
    locale: { type: 'string' },
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    const option = (v: unknown) => (v === undefined ? undefined : String(v));
    const [outOption, themeOption, policiesOption] = [
      option(values.out),
      option(values.theme),
      option(values.policies),
    ];
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'preview needs one article (its index.md or folder)'
          : `preview takes one article, got ${positionals.length}`,
      );
    }
    const given = positionals[0]!;
    const file = articleFile(resolve(io.cwd, given), given);
    const folder = dirname(file);
    const read = readArticleFile(folder, basename(file), MAX_ARTICLE_BYTES);
    if (!read.ok) throw new UsageError(`${given} ${describeRefusal(read).en}`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      throw new UsageError(`${given} is not UTF-8 text, so it is not an article`);
    }
    if (!/^(?:\uFEFF)?---\r?\n/.test(text)) {
      throw new UsageError(
        `${given} is not an article: it has no YAML front matter (the file starts with --- and gives title, author, publish_at and cover)`,
      );
    }

    const repository = repositoryOf(io);
    const policiesDir = repository.policiesDir(policiesOption);
    if (policiesOption !== undefined && !(existsSync(policiesDir) && statSync(policiesDir).isDirectory())) {
      throw new UsageError(`policy directory ${policiesOption} does not exist`);
    }
    const policyFile = join(policiesDir, 'wxgate.yml');
    const timeZone = existsSync(policyFile)
      ? parseCheckPolicy(policyFile, readFileSync(policyFile, 'utf8'), RULES).timeZone
      : 'Asia/Shanghai';
    const theme =
      themeOption === undefined ? resolveTheme(repository.root) : resolveTheme(io.cwd, themeOption);

    // Loaded by its path in the repository (content/<account>/… names the account), shown from where the user stands.
    const inRepository = repository.fromUser(file);
    const path = repository.shown(inRepository);
    const loaded = loadArticle(inRepository, read.bytes, { timeZone, assets: siblingFiles(folder) });
    if (!loaded.ok) {
      throw new UsageError(
        `${path}:${loaded.line}: ${locale === 'en' ? loaded.problem.en : loaded.problem.zh}`,
      );
    }
    const article = loaded.article;
    const accountName =
      article.account !== undefined && existsSync(join(policiesDir, 'accounts.yml'))
        ? loadAccounts(policiesDir).accounts.get(article.account)?.name
        : undefined;

    let page: ReturnType<typeof renderPreview>;
    try {
      page = renderPreview(article, {
        theme,
        locale,
        ...(accountName !== undefined ? { accountName } : {}),
        // Through the shared reader: an image symlinked out of the folder is missing, never embedded.
        readFile: (local) => {
          const image = readArticleFile(folder, local, MAX_ASSET_BYTES);
          return image.ok ? image.bytes : undefined;
        },
      });
    } catch (error) {
      if (error instanceof RenderError) {
        throw new UsageError(
          `${path}:${error.line}: ${locale === 'en' ? error.messages.en : error.messages.zh}`,
        );
      }
      throw error;
    }

    const out =
      outOption === undefined
        ? join(repository.root, '.wxgate-cache', 'preview', article.account ?? '', `${basename(folder)}.html`)
        : resolve(io.cwd, outOption);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, page.html);
    for (const w of page.warnings) {
      io.err(`${path}:${w.line}: ${locale === 'en' ? w.message.en : w.message.zh}\n`);
    }
    io.out(
      `${locale === 'en' ? 'Preview written to' : '预览已写入'} ${toPosix(relative(io.cwd, out)) || out}\n`,
    );
    return 0;
  },
);

/** The Markdown file a user means: the path itself, or `index.md` in a folder. */
function articleFile(full: string, given: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(full);
  } catch {
    throw new UsageError(`no such file or directory: ${given}`);
  }
  if (stat.isDirectory()) {
    const index = join(full, 'index.md');
    if (!existsSync(index))
      throw new UsageError(`${given} is a folder without index.md, so it is not an article`);
    return index;
  }
  if (!full.endsWith('.md'))
    throw new UsageError(`${given} is not a Markdown (.md) file, so it is not an article`);
  return full;
}
