#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  findSuppressions
} from "./chunk-QK4Z3LW7.js";
import {
  cannotProcess,
  loadArticle,
  publisherOf
} from "./chunk-Y5NOFYYD.js";

// src/docs/rules-doc.ts
function anchor(id) {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, "");
}

// src/lint/runner.ts
var FILE_RULE = {
  id: "format/file",
  description: {
    zh: "文件必须是不超过 1 MB、非空的 UTF-8 文本",
    en: "The file must be non-empty UTF-8 text of at most 1 MB"
  },
  defaultSeverity: "error",
  source: "微信草稿接口 draft/add：正文小于 1 MB",
  defaults: {}
};
function ruleUrl(id) {
  return `docs/rules.md#${anchor(id)}`;
}
function lintBytes(path, bytes, setup, assets) {
  const loaded = loadArticle(path, bytes, {
    timeZone: setup.policy.timeZone,
    ...assets ? { assets } : {}
  });
  if (!loaded.ok) return fileError(path, loaded.line, loaded.problem, setup.locale);
  return lintArticle(loaded.article, setup);
}
function fileError(path, line, problem, locale) {
  return {
    path,
    messages: [
      {
        ruleId: FILE_RULE.id,
        severity: "error",
        line,
        column: 1,
        endLine: line,
        endColumn: 1,
        message: compose(problem, FILE_RULE.source, locale),
        actual: "",
        url: ruleUrl(FILE_RULE.id),
        source: FILE_RULE.source
      }
    ],
    suppressed: []
  };
}
function lintArticle(article, setup) {
  try {
    return runRules(article, setup);
  } catch (error) {
    return fileError(article.path, 1, cannotProcess(error), setup.locale);
  }
}
function runRules(article, setup) {
  const { rules, policy, locale } = setup;
  const hitsByRule = scanLexicon(article, setup.lexicon);
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const publisher = publisherOf(policy.publishers, article.account);
  const raw = [];
  for (const rule of rules) {
    const setting = policy.rules.get(rule.meta.id);
    if (!setting || setting.severity === "off") continue;
    const configured = setting.severity;
    rule.check(article, {
      options: setting.options,
      hits: hitsByRule.get(rule.meta.id) ?? [],
      ruleIds,
      publisher,
      report: (r) => {
        const start = article.lines.point(r.start);
        const end = article.lines.point(Math.max(r.end, r.start));
        const source = r.source ?? rule.meta.source;
        raw.push({
          ruleId: rule.meta.id,
          severity: capped(setting.explicit ? configured : r.severity ?? configured, r.atMost),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          message: compose(r.message, source, locale),
          actual: r.actual ?? article.text.slice(r.start, r.end),
          url: ruleUrl(rule.meta.id),
          source
        });
      }
    });
  }
  return applySuppressions(article, raw, setup, ruleIds);
}
function applySuppressions(article, raw, setup, known) {
  const { suppressions } = findSuppressions(article.tree, article.text, article.lines, known);
  const used = /* @__PURE__ */ new Set();
  const messages = [];
  const suppressed = [];
  for (const m of raw) {
    const s = m.ruleId === "format/suppression" ? void 0 : suppressions.find(
      (x) => x.ruleIds.includes(m.ruleId) && m.line >= x.fromLine && m.line <= x.toLine
    );
    if (s) {
      used.add(s);
      suppressed.push({ ruleId: m.ruleId, line: m.line, reason: s.reason });
    } else messages.push(m);
  }
  const suppressionRule = setup.policy.rules.get("format/suppression");
  if (suppressionRule && suppressionRule.severity !== "off") {
    for (const s of suppressions) {
      if (used.has(s)) continue;
      messages.push({
        ruleId: "format/suppression",
        severity: "warning",
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1,
        message: compose(
          {
            zh: `这条屏蔽注释（${s.ruleIds.join("、")}）没有屏蔽任何问题，请删除，以免日后掩盖新问题。`,
            en: `This suppression (${s.ruleIds.join(", ")}) silences nothing; remove it so it cannot hide a future problem.`
          },
          "wxgate",
          setup.locale
        ),
        actual: "",
        url: ruleUrl("format/suppression"),
        source: "wxgate"
      });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  suppressed.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  return { path: article.path, messages, suppressed };
}
function scanLexicon(article, lexicon) {
  const byRule = /* @__PURE__ */ new Map();
  for (const segment of article.segments) {
    for (const hit of lexicon.scan(segment.text)) {
      const list = byRule.get(hit.entry.rule) ?? [];
      list.push({ entry: hit.entry, segment, start: hit.start, end: hit.end });
      byRule.set(hit.entry.rule, list);
    }
  }
  return byRule;
}
var RANK = { info: 0, warning: 1, error: 2 };
function capped(severity, atMost) {
  return atMost !== void 0 && RANK[atMost] < RANK[severity] ? atMost : severity;
}
function compose(message, source, locale) {
  return locale === "en" ? `${message.en} (Source: ${source})` : `${message.zh}（依据：${source}）`;
}

export {
  FILE_RULE,
  lintBytes,
  fileError,
  lintArticle
};
