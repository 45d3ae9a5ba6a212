#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  resolveTheme
} from "./chunk-WCLO3KSL.js";
import {
  MAX_ARTICLE_BYTES,
  loadArticle
} from "./chunk-QI4ADP2A.js";
import {
  parseCheckPolicy
} from "./chunk-3YKSMKVR.js";
import {
  RULES,
  RenderError,
  renderArticle
} from "./chunk-ZOOQVKV7.js";
import "./chunk-FUNH44E3.js";
import {
  repositoryOf
} from "./chunk-M62EH3RT.js";
import {
  UsageError,
  defineCommand,
  localeOf
} from "./chunk-PYXF3RJ7.js";
import {
  MAX_ASSET_BYTES,
  describeRefusal,
  readArticleFile,
  siblingFiles,
  toPosix
} from "./chunk-RCBCJIJT.js";
import {
  loadAccounts
} from "./chunk-NZZYWQNC.js";
import "./chunk-OEEOITOW.js";
import "./chunk-2RFUJMZD.js";
import "./chunk-AJFJEGPM.js";
import "./chunk-PFD2E4ND.js";
import "./chunk-6YKWKTNI.js";
import {
  escapeHtml
} from "./chunk-HKUFPJ4K.js";
import "./chunk-B6G33NBB.js";
import "./chunk-OKF366UL.js";
import "./chunk-M2DJWID3.js";
import "./chunk-ZRXVBFZK.js";

// src/commands/preview.ts
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";

// src/render/preview.ts
var PREVIEW_WIDTH = 390;
var MIME = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  bmp: "image/bmp",
  svg: "image/svg+xml"
};
function renderPreview(article, options) {
  const zh = (options.locale ?? "zh-CN") === "zh-CN";
  const dataUrl = (path) => {
    const mime = MIME[path.split(".").pop()?.toLowerCase() ?? ""];
    const bytes = mime ? options.readFile(path) : void 0;
    return bytes && mime ? `data:${mime};base64,${Buffer.from(bytes).toString("base64")}` : void 0;
  };
  const render = renderArticle(article, { theme: options.theme, imageUrl: dataUrl });
  const warnings = [...render.warnings];
  const fm = article.frontMatter.fields;
  const title = fm.title ?? (zh ? "（无标题）" : "(no title)");
  const cover = fm.cover === void 0 ? void 0 : dataUrl(fm.cover);
  if (fm.cover !== void 0 && cover === void 0) {
    warnings.push({
      line: article.frontMatter.keyLines.get("cover") ?? 1,
      message: {
        zh: `封面图「${fm.cover}」在文章目录里找不到，或不是图片文件。`,
        en: `Cover image "${fm.cover}" is not in the article folder or is not an image.`
      }
    });
  }
  const date = fm.publishAt === void 0 ? "" : formatDate(fm.publishAt, article.timeZone);
  const account = options.accountName ?? article.account ?? "";
  const digest = fm.digest ?? "";
  const notes = [
    ...article.frontMatter.problems.map((p) => ({ line: p.line, message: p.message })),
    ...warnings
  ].sort((a, b) => a.line - b.line);
  const html = `<!DOCTYPE html>
<html lang="${zh ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(`${zh ? "预览：" : "Preview: "}${title}`)}</title>
<style>
html { background: #ededed; }
body { margin: 0; padding: 16px 0 48px; font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', sans-serif; }
.phone { box-sizing: border-box; width: ${PREVIEW_WIDTH}px; max-width: 100%; margin: 0 auto; }
.label { margin: 16px 16px 8px; font-size: 12px; color: #888; }
.notes { margin: 0 0 12px; padding: 10px 16px; background: #fff7e6; color: #8a5a00; font-size: 13px; line-height: 1.6; }
.notes p { margin: 0; }
.card { margin: 0 0 8px; background: #fff; border-radius: 8px; overflow: hidden; }
.card img { display: block; width: 100%; aspect-ratio: 2.35 / 1; object-fit: cover; }
.card .cover-missing { display: flex; align-items: center; justify-content: center; aspect-ratio: 2.35 / 1; background: #ddd; color: #888; font-size: 13px; }
.card h2 { margin: 10px 14px 4px; font-size: 17px; line-height: 1.4; color: #1a1a1a; }
.card p { margin: 0 14px 12px; font-size: 13px; line-height: 1.5; color: #999; }
.page { background: #fff; padding: 20px 16px 32px; }
.title { margin: 0 0 12px; font-size: 22px; line-height: 1.4; font-weight: bold; color: #1a1a1a; }
.meta { margin: 0 0 24px; font-size: 15px; line-height: 1.5; color: rgba(0, 0, 0, 0.3); }
.meta .account { color: #576b95; }
.meta span + span { margin-left: 8px; }
</style>
</head>
<body>
<main class="phone">
${notes.length > 0 ? `<section class="notes">${notes.map((n) => `<p>${escapeHtml(`${zh ? "第" : "line "}${n.line}${zh ? " 行：" : ": "}${zh ? n.message.zh : n.message.en}`)}</p>`).join("")}</section>
` : ""}<p class="label">${zh ? "消息列表中的样子" : "In the message list"}</p>
<section class="card">
${cover ? `<img src="${cover}" alt="${escapeHtml(zh ? "封面" : "cover")}">` : `<div class="cover-missing">${escapeHtml(zh ? "没有封面图" : "no cover image")}</div>`}
<h2>${escapeHtml(title)}</h2>
${digest ? `<p>${escapeHtml(digest)}</p>` : ""}
</section>
<p class="label">${zh ? "文章页" : "Article page"}</p>
<article class="page">
<h1 class="title">${escapeHtml(title)}</h1>
<div class="meta">${[fm.author ? `<span class="author">${escapeHtml(fm.author)}</span>` : "", account ? `<span class="account">${escapeHtml(account)}</span>` : "", date ? `<span class="date">${escapeHtml(date)}</span>` : ""].join("")}</div>
${render.html}
</article>
</main>
</body>
</html>
`;
  return { html, render, warnings };
}
function formatDate(epochMs, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23"
  }).formatToParts(new Date(epochMs));
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}年${get("month")}月${get("day")}日 ${get("hour")}:${get("minute")}`;
}

// src/commands/preview.ts
var HELP = `Usage: wxgate preview <article> [options]

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
var preview = defineCommand(
  HELP,
  {
    out: { type: "string" },
    theme: { type: "string" },
    policies: { type: "string" },
    locale: { type: "string" }
  },
  async ({ values, positionals }, io) => {
    const locale = localeOf(values.locale, io.env);
    const option = (v) => v === void 0 ? void 0 : String(v);
    const [outOption, themeOption, policiesOption] = [
      option(values.out),
      option(values.theme),
      option(values.policies)
    ];
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? "preview needs one article (its index.md or folder)" : `preview takes one article, got ${positionals.length}`
      );
    }
    const given = positionals[0];
    const file = articleFile(resolve(io.cwd, given), given);
    const folder = dirname(file);
    const read = readArticleFile(folder, basename(file), MAX_ARTICLE_BYTES);
    if (!read.ok) throw new UsageError(`${given} ${describeRefusal(read).en}`);
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
    } catch {
      throw new UsageError(`${given} is not UTF-8 text, so it is not an article`);
    }
    if (!/^(?:\uFEFF)?---\r?\n/.test(text)) {
      throw new UsageError(
        `${given} is not an article: it has no YAML front matter (the file starts with --- and gives title, author, publish_at and cover)`
      );
    }
    const repository = repositoryOf(io);
    const policiesDir = repository.policiesDir(policiesOption);
    if (policiesOption !== void 0 && !(existsSync(policiesDir) && statSync(policiesDir).isDirectory())) {
      throw new UsageError(`policy directory ${policiesOption} does not exist`);
    }
    const policyFile = join(policiesDir, "wxgate.yml");
    const timeZone = existsSync(policyFile) ? parseCheckPolicy(policyFile, readFileSync(policyFile, "utf8"), RULES).timeZone : "Asia/Shanghai";
    const theme = themeOption === void 0 ? resolveTheme(repository.root) : resolveTheme(io.cwd, themeOption);
    const inRepository = repository.fromUser(file);
    const path = repository.shown(inRepository);
    const loaded = loadArticle(inRepository, read.bytes, { timeZone, assets: siblingFiles(folder) });
    if (!loaded.ok) {
      throw new UsageError(
        `${path}:${loaded.line}: ${locale === "en" ? loaded.problem.en : loaded.problem.zh}`
      );
    }
    const article = loaded.article;
    const accountName = article.account !== void 0 && existsSync(join(policiesDir, "accounts.yml")) ? loadAccounts(policiesDir).accounts.get(article.account)?.name : void 0;
    let page;
    try {
      page = renderPreview(article, {
        theme,
        locale,
        ...accountName !== void 0 ? { accountName } : {},
        // Through the shared reader: an image symlinked out of the folder is missing, never embedded.
        readFile: (local) => {
          const image = readArticleFile(folder, local, MAX_ASSET_BYTES);
          return image.ok ? image.bytes : void 0;
        }
      });
    } catch (error) {
      if (error instanceof RenderError) {
        throw new UsageError(
          `${path}:${error.line}: ${locale === "en" ? error.messages.en : error.messages.zh}`
        );
      }
      throw error;
    }
    const out = outOption === void 0 ? join(repository.root, ".wxgate-cache", "preview", article.account ?? "", `${basename(folder)}.html`) : resolve(io.cwd, outOption);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, page.html);
    for (const w of page.warnings) {
      io.err(`${path}:${w.line}: ${locale === "en" ? w.message.en : w.message.zh}
`);
    }
    io.out(
      `${locale === "en" ? "Preview written to" : "预览已写入"} ${toPosix(relative(io.cwd, out)) || out}
`
    );
    return 0;
  }
);
function articleFile(full, given) {
  let stat;
  try {
    stat = statSync(full);
  } catch {
    throw new UsageError(`no such file or directory: ${given}`);
  }
  if (stat.isDirectory()) {
    const index = join(full, "index.md");
    if (!existsSync(index))
      throw new UsageError(`${given} is a folder without index.md, so it is not an article`);
    return index;
  }
  if (!full.endsWith(".md"))
    throw new UsageError(`${given} is not a Markdown (.md) file, so it is not an article`);
  return full;
}
export {
  preview
};
