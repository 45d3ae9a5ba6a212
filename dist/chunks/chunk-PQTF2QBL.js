#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  cannotProcess,
  loadArticle
} from "./chunk-QI4ADP2A.js";
import {
  publisherOf
} from "./chunk-AJFJEGPM.js";
import {
  didYouMean
} from "./chunk-PFD2E4ND.js";

// src/article/suppressions.ts
var DIRECTIVE = /^<!--\s*wxgate-(disable-next-line|disable|enable)\b([\s\S]*?)-->$/;
var RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
function scanSuppressions(htmlNodes, text, lines, knownRuleIds) {
  const suppressions = [];
  const problems = [];
  const open = /* @__PURE__ */ new Map();
  for (const node of htmlNodes) {
    const value = node.value.trim();
    const m = DIRECTIVE.exec(value);
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const line = node.position?.start.line ?? 1;
    if (!m) {
      if (/^<!--\s*wxgate-/.test(value)) {
        problems.push({
          line,
          start,
          end,
          message: {
            zh: "无法识别的 wxgate 注释。可用：wxgate-disable-next-line、wxgate-disable、wxgate-enable。",
            en: "Unrecognised wxgate comment. Use wxgate-disable-next-line, wxgate-disable or wxgate-enable."
          }
        });
      }
      continue;
    }
    const kind = m[1];
    const [idsPart = "", ...reasonParts] = m[2].split(/\s--\s|\s--$/);
    const reason = reasonParts.join(" -- ").trim();
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const bad = ruleIds.filter((id) => !RULE_ID.test(id) || !knownRuleIds.has(id));
    if (ruleIds.length === 0 || bad.length > 0) {
      problems.push({
        line,
        start,
        end,
        message: ruleIds.length === 0 ? {
          zh: `wxgate-${kind} 必须写明规则编号，例如 <!-- wxgate-${kind} law/ad-absolute-term${kind === "enable" ? "" : " -- 原因"} -->。`,
          en: `wxgate-${kind} must name the rule ids, e.g. <!-- wxgate-${kind} law/ad-absolute-term${kind === "enable" ? "" : " -- reason"} -->.`
        } : unknownIds(bad, knownRuleIds)
      });
      continue;
    }
    if (kind === "enable") {
      for (const id of ruleIds) {
        const s = open.get(id);
        if (s) {
          s.toLine = line;
          open.delete(id);
        }
      }
      continue;
    }
    if (reason === "") {
      problems.push({
        line,
        start,
        end,
        message: {
          zh: `屏蔽检查必须写明原因：<!-- wxgate-${kind} ${ruleIds.join(", ")} -- 原因 -->。未写原因的注释不生效。`,
          en: `A suppression needs a reason: <!-- wxgate-${kind} ${ruleIds.join(", ")} -- reason -->. Without one it has no effect.`
        }
      });
      continue;
    }
    const endLine = node.position?.end.line ?? line;
    if (kind === "disable-next-line") {
      const target = nextContentLine(text, lines, endLine);
      suppressions.push({ ruleIds, reason, line, fromLine: target, toLine: target });
    } else {
      const s = { ruleIds, reason, line, fromLine: line, toLine: Number.POSITIVE_INFINITY };
      suppressions.push(s);
      for (const id of ruleIds) open.set(id, s);
    }
  }
  return { suppressions, problems };
}
function nextContentLine(text, lines, afterLine) {
  for (let line = afterLine + 1; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = text.indexOf("\n", start);
    if (text.slice(start, end === -1 ? void 0 : end).trim() !== "") return line;
  }
  return afterLine + 1;
}
function unknownIds(bad, known) {
  const guesses = bad.map((id) => ({ id, guess: didYouMean(id, known) }));
  const zh = guesses.map(({ id, guess }) => guess ? `${id}（是不是 ${guess}？）` : id);
  const en = guesses.map(({ id, guess }) => guess ? `${id} (did you mean ${guess}?)` : id);
  return {
    zh: `未知规则编号：${zh.join("、")}。运行 wxgate rules 查看全部规则。`,
    en: `Unknown rule id: ${en.join(", ")}. Run wxgate rules to list them.`
  };
}

// src/rules/url.ts
function ruleUrl(id) {
  return `docs/rules.md#${ruleAnchor(id)}`;
}
function ruleAnchor(id) {
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
function lintBytes(path, bytes, setup, assets, images) {
  const loaded = loadArticle(path, bytes, {
    timeZone: setup.policy.timeZone,
    ...assets ? { assets } : {},
    ...images ? { images } : {}
  });
  if (!loaded.ok) return fileError(path, loaded.line, loaded.problem);
  return lintArticle(loaded.article, setup);
}
function fileError(path, line, problem) {
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
        message: problem,
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
    return fileError(article.path, 1, cannotProcess(error));
  }
}
function runRules(article, setup) {
  const { rules, policy } = setup;
  const hitsByRule = scanLexicon(article, setup.lexicon);
  const ruleIds = new Set(rules.map((r) => r.meta.id));
  const publisher = publisherOf(policy.publishers, article.account);
  const suppressions = scanSuppressions(article.nodes.ofType("html"), article.text, article.lines, ruleIds);
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
      suppressions,
      known: { accounts: policy.accounts, fieldValues: policy.fieldValues },
      report: (r) => {
        const start = article.lines.point(r.start);
        const end = article.lines.point(Math.max(r.end, r.start));
        const source = r.source ?? setting.source ?? rule.meta.source;
        raw.push({
          ruleId: rule.meta.id,
          severity: capped(setting.explicit ? configured : r.severity ?? configured, r.atMost),
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          message: r.message,
          actual: r.actual ?? article.text.slice(r.start, r.end),
          url: ruleUrl(rule.meta.id),
          source,
          ...rule.meta.fixable && r.fix && r.fix.length > 0 ? { fix: r.fix } : {}
        });
      }
    });
  }
  return applySuppressions(article, raw, setup, suppressions.suppressions);
}
function applySuppressions(article, raw, setup, suppressions) {
  const used = /* @__PURE__ */ new Set();
  const messages = [];
  const suppressed = [];
  for (const m of raw) {
    const s = m.ruleId === "format/suppression" ? void 0 : suppressions.find(
      (x) => x.ruleIds.includes(m.ruleId) && m.line >= x.fromLine && m.line <= x.toLine
    );
    if (s) {
      used.add(s);
      suppressed.push({ ruleId: m.ruleId, line: m.line, reason: s.reason, finding: m });
    } else messages.push(m);
  }
  const suppressionRule = setup.policy.rules.get("format/suppression");
  if (suppressionRule && suppressionRule.severity !== "off") {
    const severity = suppressionRule.explicit ? suppressionRule.severity : "warning";
    for (const s of suppressions) {
      if (used.has(s)) continue;
      messages.push({
        ruleId: "format/suppression",
        severity,
        line: s.line,
        column: 1,
        endLine: s.line,
        endColumn: 1,
        message: {
          zh: `这条屏蔽注释（${s.ruleIds.join("、")}）没有屏蔽任何问题，请删除，以免日后掩盖新问题。`,
          en: `This suppression (${s.ruleIds.join(", ")}) silences nothing; remove it so it cannot hide a future problem.`
        },
        actual: "",
        url: ruleUrl("format/suppression"),
        source: "wxgate"
      });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId, b.ruleId));
  suppressed.sort((a, b) => a.line - b.line || byCodeUnits(a.ruleId, b.ruleId));
  return { path: article.path, messages, suppressed };
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function scanLexicon(article, lexicon) {
  const byRule = /* @__PURE__ */ new Map();
  const hits = lexicon.scanAll(article.segments.map((s) => s.text));
  for (const [i, segment] of article.segments.entries()) {
    for (const hit of hits[i]) {
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

export {
  FILE_RULE,
  lintBytes,
  fileError,
  lintArticle
};
