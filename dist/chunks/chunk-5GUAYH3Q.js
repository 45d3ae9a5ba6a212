#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  parseCheckPolicy
} from "./chunk-ZQVMF2F5.js";
import {
  fold,
  foldTerm
} from "./chunk-QK4Z3LW7.js";
import {
  parseAccounts
} from "./chunk-SQMFS4OS.js";
import {
  publisherPolicy,
  yaml
} from "./chunk-Y5NOFYYD.js";
import {
  ConfigurationError
} from "./chunk-QML2BPQ4.js";

// src/policy/load.ts
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/policy/lexicon.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

// src/text/matcher.ts
var Matcher = class {
  rootNext;
  edgeStart;
  edgeUnit;
  edgeTarget;
  fail;
  /** The node itself if a term ends there, else the nearest such node on its failure chain, else 0. */
  report;
  /** First term ending at a node (-1 if none); `sameNode` chains terms that are equal (two that fold alike). */
  termAt;
  sameNode;
  termLength;
  constructor(terms) {
    let maxNodes = 1;
    for (const term of terms) maxNodes += term.length;
    const parentOf = new Int32Array(maxNodes);
    const unitOf = new Uint16Array(maxNodes);
    const termAt = new Int32Array(maxNodes).fill(-1);
    this.sameNode = new Int32Array(terms.length).fill(-1);
    this.termLength = new Int32Array(terms.length);
    let size = 1024;
    while (size < maxNodes * 2) size *= 2;
    const mask = size - 1;
    const slotParent = new Int32Array(size).fill(-1);
    const slotUnit = new Uint16Array(size);
    const slotChild = new Int32Array(size);
    let nodes = 1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      if (term.length === 0) throw new Error(`Matcher: term ${t} is empty`);
      this.termLength[t] = term.length;
      let node = 0;
      for (let i = 0; i < term.length; i++) {
        const unit = term.charCodeAt(i);
        let slot = (Math.imul(node, 2654435761) ^ Math.imul(unit, 2246822507)) & mask;
        while (slotParent[slot] !== -1 && (slotParent[slot] !== node || slotUnit[slot] !== unit)) {
          slot = slot + 1 & mask;
        }
        if (slotParent[slot] === -1) {
          slotParent[slot] = node;
          slotUnit[slot] = unit;
          slotChild[slot] = nodes;
          parentOf[nodes] = node;
          unitOf[nodes] = unit;
          nodes++;
        }
        node = slotChild[slot];
      }
      if (termAt[node] === -1) termAt[node] = t;
      else {
        let last = termAt[node];
        while (this.sameNode[last] !== -1) last = this.sameNode[last];
        this.sameNode[last] = t;
      }
    }
    this.termAt = termAt.subarray(0, nodes);
    const byUnit = new Int32Array(65537);
    for (let v = 1; v < nodes; v++) byUnit[unitOf[v] + 1]++;
    for (let u = 0; u < 65536; u++) byUnit[u + 1] += byUnit[u];
    const unitOrder = new Int32Array(nodes - 1);
    for (let v = 1; v < nodes; v++) unitOrder[byUnit[unitOf[v]]++] = v;
    this.edgeStart = new Int32Array(nodes + 1);
    for (let v = 1; v < nodes; v++) this.edgeStart[parentOf[v] + 1]++;
    for (let p = 0; p < nodes; p++) this.edgeStart[p + 1] += this.edgeStart[p];
    this.edgeUnit = new Uint16Array(nodes);
    this.edgeTarget = new Int32Array(nodes);
    const fill = this.edgeStart.slice(0, nodes);
    for (const v of unitOrder) {
      const slot = fill[parentOf[v]]++;
      this.edgeUnit[slot] = unitOf[v];
      this.edgeTarget[slot] = v;
    }
    this.rootNext = new Int32Array(65536);
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++)
      this.rootNext[this.edgeUnit[e]] = this.edgeTarget[e];
    this.fail = new Int32Array(nodes);
    this.report = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let head = 0;
    let tail = 0;
    for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++) queue[tail++] = this.edgeTarget[e];
    while (head < tail) {
      const v = queue[head++];
      this.report[v] = this.termAt[v] !== -1 ? v : this.report[this.fail[v]];
      for (let e = this.edgeStart[v]; e < this.edgeStart[v + 1]; e++) {
        const child = this.edgeTarget[e];
        this.fail[child] = this.step(this.fail[v], this.edgeUnit[e]);
        queue[tail++] = child;
      }
    }
  }
  /** every occurrence of every term, overlapping ones included, in the given (folded) text */
  scan(text, onMatch) {
    const { report, fail, termAt, sameNode, termLength } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      for (let r = report[node]; r !== 0; r = report[fail[r]]) {
        for (let t = termAt[r]; t !== -1; t = sameNode[t]) onMatch(t, i + 1 - termLength[t], i + 1);
      }
    }
  }
  /** The goto-with-failure transition from `node` on `unit`. */
  step(node, unit) {
    const { rootNext, edgeStart, edgeUnit, edgeTarget, fail } = this;
    while (node !== 0) {
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      if (hi - lo <= 8) {
        for (; lo < hi; lo++) if (edgeUnit[lo] === unit) return edgeTarget[lo];
      } else {
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          const u = edgeUnit[mid];
          if (u === unit) return edgeTarget[mid];
          if (u < unit) lo = mid + 1;
          else hi = mid;
        }
      }
      node = fail[node];
    }
    return rootNext[unit];
  }
};

// src/text/substitutions.ts
var PINYIN = {
  赌: "du",
  博: "bo",
  场: "chang",
  彩: "cai",
  百: "bai",
  家: "jia",
  乐: "le",
  六: "liu",
  合: "he",
  球: "qiu",
  菠: "bo",
  菜: "cai",
  荷: "he",
  官: "guan",
  毒: "du",
  冰: "bing",
  海: "hai",
  洛: "luo",
  因: "yin",
  摇: "yao",
  头: "tou",
  丸: "wan",
  麻: "ma",
  古: "gu",
  鸦: "ya",
  片: "pian",
  老: "lao",
  虎: "hu",
  机: "ji"
};
var SUBSTITUTED_CATEGORIES = /* @__PURE__ */ new Set(["gambling", "drugs"]);
var MIN_ALL_LATIN = 6;
function pinyinVariants(term) {
  const options = [...term].map((ch) => PINYIN[ch] ? [ch, PINYIN[ch]] : [ch]);
  let spellings = [""];
  for (const choices of options) spellings = spellings.flatMap((prefix) => choices.map((c) => prefix + c));
  return spellings.filter((s) => s !== term && (/[\u3400-\u9fff]/u.test(s) || s.length >= MIN_ALL_LATIN));
}
function isLatinLetterAt(text, index) {
  const c = text.charCodeAt(index);
  return c >= 97 && c <= 122;
}

// src/policy/lexicon.ts
var TIERS = ["always", "anchored"];
var MAX_FILE_BYTES = 1024 * 1024;
var SEVERITIES = ["error", "warning", "info"];
var FILE_KEYS = ["rule", "category", "severity", "tier", "source", "entries", "allow"];
var ENTRY_KEYS = ["term", "pattern", "note", "category", "severity", "tier", "source", "allow"];
var ALLOW_KEYS = ["term", "note"];
var RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
var CATEGORY = /^[a-z][a-z0-9-]*$/;
var HAN = new RegExp("\\p{Script=Han}", "u");
var PATTERN_FLAGS = "iu";
function loadLexicons(dir, safety) {
  const entries = [];
  const allow = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yml")).sort()) {
    const file = join(dir, name);
    if (statSync(file).size > MAX_FILE_BYTES) throw tooLarge(file);
    const parsed = parseLexicon(file, readFileSync(file, "utf8"), safety);
    entries.push(...parsed.entries);
    allow.push(...parsed.allow);
  }
  return compileLexicon(entries, allow);
}
function parseLexicon(file, yamlText, safety) {
  if (Buffer.byteLength(yamlText) > MAX_FILE_BYTES) throw tooLarge(file);
  const doc = readYaml(file, yamlText);
  const check = new FieldCheck(file, doc, safety);
  const root = doc.value ?? {};
  if (!isMapping(root))
    return check.fail(void 0, 1, "a lexicon must be a mapping of rule, entries, allow");
  check.keys(root, FILE_KEYS, "");
  const defaults = {
    rule: check.string(root, "rule", ""),
    category: check.category(root, ""),
    severity: check.severity(root, ""),
    tier: check.tier(root, ""),
    source: check.string(root, "source", "")
  };
  if (defaults.rule !== void 0 && !RULE_ID.test(defaults.rule)) {
    check.fail("rule", doc.lineOfKey(root, "rule"), "must be a rule id like law/prohibited-content");
  }
  const rawEntries = check.list(root, "entries", "", "must be a list");
  if (rawEntries.length > 0 && defaults.rule === void 0) {
    check.fail("rule", doc.lineOf(root), "is required when there are entries");
  }
  const entries = rawEntries.map(
    (raw, i) => parseEntry(check, raw, `entries[${i}]`, doc.lineOfItem(rawEntries, i), defaults)
  );
  const rawAllow = check.list(root, "allow", "", "must be a list");
  const allow = rawAllow.map(
    (raw, i) => parseAllowPhrase(check, raw, `allow[${i}]`, doc.lineOfItem(rawAllow, i))
  );
  return { entries, allow };
}
function parseEntry(check, raw, at, line, defaults) {
  if (!isMapping(raw)) return check.fail(at, line, "must be a mapping with term (or pattern) and note");
  const { doc } = check;
  const prefix = `${at}.`;
  check.keys(raw, ENTRY_KEYS, prefix);
  const term = check.string(raw, "term", prefix);
  const pattern = check.string(raw, "pattern", prefix);
  if (term !== void 0 && pattern !== void 0) check.fail(at, line, "has both term and pattern; use one");
  if (term !== void 0) check.term(term, `${prefix}term`, doc.lineOfKey(raw, "term"));
  const regex = pattern === void 0 ? void 0 : check.pattern(pattern, `${prefix}pattern`, doc.lineOfKey(raw, "pattern"));
  if (term === void 0 && regex === void 0) return check.fail(at, line, "needs a term or a pattern");
  const note = check.string(raw, "note", prefix);
  if (note === void 0) {
    return check.fail(
      `${prefix}note`,
      line,
      "is required: say why this is a problem and what to write instead"
    );
  }
  if (!HAN.test(note))
    check.fail(
      `${prefix}note`,
      doc.lineOfKey(raw, "note"),
      "must be written in Chinese: it is shown to authors"
    );
  const category = check.category(raw, prefix) ?? defaults.category;
  if (category === void 0)
    return check.fail(`${prefix}category`, line, "is required (here or as the file default)");
  const source = check.string(raw, "source", prefix) ?? defaults.source;
  if (source === void 0)
    return check.fail(`${prefix}source`, line, "is required (here or as the file default)");
  const contexts = check.list(raw, "allow", prefix, "must be a list of phrases");
  const allow = contexts.map((context, k) => {
    const field = `${prefix}allow[${k}]`;
    const contextLine = doc.lineOfItem(contexts, k);
    const folded = typeof context === "string" ? foldTerm(context.trim()) : "";
    if (folded === "") return check.fail(field, contextLine, "must be a non-empty phrase");
    if (regex ? !regex.test(folded) : !folded.includes(foldTerm(term.trim()))) {
      check.fail(field, contextLine, `must contain the entry's ${regex ? "pattern" : `term "${term}"`}`);
    }
    return context.trim();
  });
  return {
    ...regex ? { pattern } : { term: term.trim() },
    rule: defaults.rule,
    category,
    severity: check.severity(raw, prefix) ?? defaults.severity ?? "error",
    tier: check.tier(raw, prefix) ?? defaults.tier ?? "always",
    note: note.trim(),
    source: source.trim(),
    allow,
    file: check.file,
    line
  };
}
function parseAllowPhrase(check, raw, at, line) {
  if (!isMapping(raw)) return check.fail(at, line, "must be a mapping with term and note");
  const prefix = `${at}.`;
  check.keys(raw, ALLOW_KEYS, prefix);
  const term = check.string(raw, "term", prefix);
  if (term === void 0) return check.fail(`${prefix}term`, line, "is required");
  check.term(term, `${prefix}term`, check.doc.lineOfKey(raw, "term"));
  const note = check.string(raw, "note", prefix);
  if (note === void 0)
    return check.fail(`${prefix}note`, line, "is required: say why this phrase is fine");
  return { term: term.trim(), note: note.trim() };
}
var GLOBAL = -1;
function compileLexicon(entries, allow) {
  const terms = [];
  const meaning = [];
  const patterns = [];
  const spelled = /* @__PURE__ */ new Set();
  entries.forEach((entry, i) => {
    if (entry.term !== void 0) {
      const folded = foldTerm(entry.term);
      terms.push(folded);
      meaning.push(i);
      if (SUBSTITUTED_CATEGORIES.has(entry.category)) {
        for (const variant of pinyinVariants(folded)) {
          spelled.add(terms.length);
          terms.push(variant);
          meaning.push(i);
        }
      }
    } else {
      patterns.push({ entry: i, regex: new RegExp(entry.pattern, `g${PATTERN_FLAGS}`) });
    }
    for (const context of entry.allow) {
      terms.push(foldTerm(context));
      meaning.push(-(i + 2));
    }
  });
  for (const phrase of allow) {
    terms.push(foldTerm(phrase.term));
    meaning.push(GLOBAL);
  }
  const matcher = new Matcher(terms);
  return {
    entries,
    scan(text) {
      const { text: folded, map } = fold(text);
      const hits = [];
      const allowed = [];
      matcher.scan(folded, (t, start, end) => {
        const m = meaning[t];
        if (spelled.has(t) && (isLatinLetterAt(folded, start - 1) || isLatinLetterAt(folded, end))) return;
        if (m >= 0) hits.push({ owner: m, start, end });
        else allowed.push({ owner: m === GLOBAL ? GLOBAL : -m - 2, start, end });
      });
      for (const { entry, regex } of patterns) {
        regex.lastIndex = 0;
        for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
          if (m[0].length === 0) regex.lastIndex++;
          else hits.push({ owner: entry, start: m.index, end: m.index + m[0].length });
        }
      }
      if (hits.length === 0) return [];
      return longestPerRule(withoutAllowed(hits, allowed), entries).map((h) => ({
        entry: entries[h.owner],
        start: map[h.start],
        end: map[h.end - 1] + 1
      }));
    }
  };
}
function withoutAllowed(hits, allowed) {
  if (allowed.length === 0) return hits;
  hits.sort((a, b) => a.start - b.start);
  allowed.sort((a, b) => a.start - b.start);
  let globalEnd = -1;
  const entryEnd = /* @__PURE__ */ new Map();
  let next = 0;
  return hits.filter((hit) => {
    for (; next < allowed.length && allowed[next].start <= hit.start; next++) {
      const a = allowed[next];
      if (a.owner === GLOBAL) globalEnd = Math.max(globalEnd, a.end);
      else entryEnd.set(a.owner, Math.max(entryEnd.get(a.owner) ?? -1, a.end));
    }
    return globalEnd < hit.end && (entryEnd.get(hit.owner) ?? -1) < hit.end;
  });
}
function longestPerRule(hits, entries) {
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.owner - b.owner);
  const lastKept = /* @__PURE__ */ new Map();
  const kept = [];
  for (const hit of hits) {
    const rule = entries[hit.owner].rule;
    const at = lastKept.get(rule);
    const last = at === void 0 ? void 0 : kept[at];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start <= last.end - last.start) continue;
      kept[at] = void 0;
    }
    lastKept.set(rule, kept.length);
    kept.push(hit);
  }
  return kept.filter((h) => h !== void 0);
}
var FieldCheck = class {
  constructor(file, doc, safety) {
    this.file = file;
    this.doc = doc;
    this.safety = safety;
  }
  file;
  doc;
  safety;
  fail(field, line, message) {
    throw new ConfigurationError(message, {
      file: this.file,
      line,
      ...field === void 0 ? {} : { field }
    });
  }
  keys(value, allowed, prefix) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail(
          `${prefix}${key}`,
          this.doc.lineOfKey(value, key),
          `unknown key; allowed: ${allowed.join(", ")}`
        );
      }
    }
  }
  string(value, key, prefix) {
    const v = value[key];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string")
      return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), "must be a string");
    if (v.trim() === "")
      return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), "must not be empty");
    return v;
  }
  list(value, key, prefix, message) {
    const v = value[key] ?? [];
    if (!Array.isArray(v)) return this.fail(`${prefix}${key}`, this.doc.lineOfKey(value, key), message);
    return v;
  }
  severity(value, prefix) {
    const v = value.severity;
    if (v === void 0 || v === null) return void 0;
    if (!SEVERITIES.includes(v)) {
      this.fail(
        `${prefix}severity`,
        this.doc.lineOfKey(value, "severity"),
        `must be one of ${SEVERITIES.join(", ")}`
      );
    }
    return v;
  }
  tier(value, prefix) {
    const v = value.tier;
    if (v === void 0 || v === null) return void 0;
    if (!TIERS.includes(v)) {
      this.fail(`${prefix}tier`, this.doc.lineOfKey(value, "tier"), `must be one of ${TIERS.join(", ")}`);
    }
    return v;
  }
  category(value, prefix) {
    const v = this.string(value, "category", prefix);
    if (v !== void 0 && !CATEGORY.test(v)) {
      this.fail(
        `${prefix}category`,
        this.doc.lineOfKey(value, "category"),
        'must be lower-case words joined by "-", e.g. gambling'
      );
    }
    return v;
  }
  term(term, field, line) {
    const folded = foldTerm(term.trim());
    if (folded === "") this.fail(field, line, "must not be empty");
    if ([...folded].length < 2) {
      this.fail(field, line, "must be at least 2 characters: single characters match everyday words");
    }
  }
  /**
   * Patterns run on folded text with our flags ('giu': case does not matter), so a traditional or full-width
   * character in a pattern could never match; and a pattern that matches empty text would report empty spans.
   */
  pattern(pattern, field, line) {
    let regex;
    try {
      regex = new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      return this.fail(field, line, `is not a valid regular expression: ${error.message}`);
    }
    const risk = this.safety(pattern, PATTERN_FLAGS);
    if (risk) {
      this.fail(
        field,
        line,
        `could take minutes on some texts (${risk}); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`
      );
    }
    if (regex.test("")) this.fail(field, line, "must not match empty text");
    for (const unit of pattern) {
      const folded = foldTerm(unit);
      if (unit.charCodeAt(0) >= 128 && folded !== unit) {
        const hint = folded ? `, write "${folded}"` : "";
        this.fail(field, line, `must be written as folded text: "${unit}" never occurs after folding${hint}`);
      }
    }
    return regex;
  }
};
function tooLarge(file) {
  return new ConfigurationError(`is larger than 1 MB; split it into several files`, { file });
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readYaml(file, text) {
  const places = /* @__PURE__ */ new WeakMap();
  const stack = [];
  const lineAt = lineCounter(text);
  let value;
  try {
    value = yaml.load(text, {
      schema: yaml.JSON_SCHEMA,
      listener(event, rawState) {
        const state = rawState;
        if (event === "open") {
          stack.push({ start: state.position, children: [] });
          return;
        }
        let place = stack.pop();
        if (state.anchor) {
          throw new ConfigurationError("anchors and aliases (&name, *name) are not allowed in lexicons", {
            file,
            line: lineAt(place.start)
          });
        }
        const only = place.children[0];
        if (only && place.children.length === 1 && only.value === state.result) {
          place = places.get(only.value) ?? { start: only.start, children: [] };
        }
        if (typeof state.result === "object" && state.result !== null) places.set(state.result, place);
        stack.at(-1)?.children.push({ value: state.result, start: place.start });
      }
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new ConfigurationError(`is not valid YAML: ${error.reason}`, {
        file,
        line: (error.mark?.line ?? 0) + 1
      });
    }
    throw error;
  }
  const lineOf = (node) => typeof node === "object" && node !== null ? lineAt(places.get(node)?.start ?? 0) : 1;
  return {
    value,
    lineOf,
    lineOfKey(mapping, key) {
      const place = places.get(mapping);
      const index = Object.keys(mapping).indexOf(key);
      const child = place?.children.length === Object.keys(mapping).length * 2 ? place.children[index * 2] : void 0;
      return child ? lineAt(child.start) : lineOf(mapping);
    },
    lineOfItem(list, index) {
      const place = places.get(list);
      const child = place?.children.length === list.length ? place.children[index] : void 0;
      return child ? lineAt(child.start) : lineOf(list);
    }
  };
}
function lineCounter(text) {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return (position) => {
    let p = position;
    while (p < text.length) {
      const c = text[p];
      if (c === "#") while (p < text.length && text[p] !== "\n") p++;
      else if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "-") p++;
      else break;
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (lineStarts[mid] <= Math.min(p, text.length)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/policy/pattern-safety.ts
import { createHash } from "node:crypto";

// src/policy/verified-patterns.ts
var VERIFIED_PATTERNS = /* @__PURE__ */ new Set([
  "06125a591e4b6dc8f01baa2a6201a81caffb7cfa597f5ebb2fdc83a0d70a51e4",
  "07c50016bf8fa68fb5b183b35bd92ad2e2d4b8463f6b1897dfb600d6e1ad1cfe",
  "0b5db0de54cf7d6a43229503ff5cdeffe83886b7e3ef6b9bd4d4a4a37759dd3e",
  "0d13e866acfe316d0fa3172c1ceed714857364825a2a2e940e70fd322694c8df",
  "0e16d5a103fd5bd999e5fdd846f97bf1f29f4aa4fd61fc89c8eedff78a8e2924",
  "0f429b026622b8f27075f1116daea20dae91684034df449ac44b7a88eed4a2af",
  "0f74ef66a5e6f97c262d0e27bf249739a1b23051d3df875f7914fadebe39a4d7",
  "0f86c1f930be6c56d294e7d3c414f556185cdef45490ee6376cb5885ffbecab5",
  "10f1c185efbd46f54d48a7cc52c344fa8c5533470e15f2380a6d0a6da58b6772",
  "14b2a1a6eb0d67e2b4a741694ba3117c7411056fc18fd2051e1fe12fd8f2aee7",
  "23bf74f257294b3ce4c0dac91c5a595ea40083d9362cfe5dfda3f900ea4586f4",
  "28f5e873a43ba9dc0db8dd570ee5ad2959f67843fb8c795faf541430dc1e9b57",
  "2e890f2156d023e4e0249074c60e5cf8944989edc21a3166c1ae95d102768ca8",
  "452b8c0146eacfb46fa222157d2995354b09feef8e157d63990334ce924944e1",
  "482e085bca8733cba26d8502717a7e202fff28bd50b60a07a87743763fb6c51e",
  "501e67b9c6cc3cfb3dc00482918f978be56b4d9d555a4bb16b1df65a63ec54a9",
  "5230877a4f1c432db176b736ecee624896a6c791707a11eece3c0dc41ce170f3",
  "5367a3250026d54e633a98e75921464930d65a87cb4541106e2c958cd46ed74a",
  "5cc4414ce2c043d691a7645a34831066960d5163c162d29885580f22b5cef3f2",
  "5d1bc84570babe0371309905f2e9c8723c16ffb5c20068e6a126e1455d910178",
  "5e8fab1aa63dcc3c1c7c4bf465f533d685556606149f48ececbafa368aee3e04",
  "65c7a98657461391fec16b4c4b70dba205123be8604c193c052eb8c23dbd2196",
  "66538b4725bbd14c236c502028739be133ebff996c56169951eac83cb4d90cb5",
  "78c425d52444d5e3e1647716d99e71e7afe737b92f634b6e6b71e9bda1ac0ee9",
  "7bed15072b2cae9df7a1b2a5f4890bccde053336e2bfb80249077cdf875d4a12",
  "7e8bb2fdf0fcb072689a00ded5acc73114ad3c15462fabd05bce1fb8e46d9474",
  "86f81df4fa12a8a3c8cb2b7dd57e581d7d8b8d044b5175a7444566854099cdb3",
  "90122b8dd36fab6520a56b6d7d6595f8724e7640501e509d37fcbf5f6fa95887",
  "935667174f2d9f3850ce4b803d93a61f6a69c5d38edab30318f3d3143655e3ac",
  "972f8b78bafd3b345863e49a884e9aa58929e8a6d5702ef10b237bdeec358624",
  "9a48968a7e885221751c73ae63b009f1324057a1430109270b2ca3745f37f3f4",
  "9d9f1bac8c372ae2a5871d26211764319992f366808265c06c16840f78ff1c76",
  "9ea355c49cbe42ffdbd47b232ed2bbc729d11d39a5b00fdba4db99a17325e2a2",
  "9ec6fb856d03eb112dc93625ceb4baa76e84f05930edd6067d210ab8f75c6058",
  "aa0367afd8ea0b22bfb0f438f93ba1731e331a1e0f8d477f2c6622c53a56b7f5",
  "ab8954996f2503b82d68bbef3a51dcec557c555c19bc331532e7861b49622ffa",
  "ad276788fc3ab89aad44ead8b8d983940cb43cd456ac991740126a4720bf5aad",
  "ad796689ee1f569a1f9b9d1e8b23e0b5da0ed9e9ee8d216e8835fcd229161c46",
  "caff20cb1c35de818c3852027721e9f23acc5408e586efc8f16d74c92bcf4f16",
  "d25972c61703c7992f4452ee63928d5fc542f146b08fd2f82faf9cd7795064c9",
  "e26780149009f10d0842b4cc338230a15c5e325a214bdf0661b40ac9f956acd8",
  "ea3b4fdf48d539def53cbb0b9ef9a885260c4b669073d50dd3ae769e38e2cef8",
  "edab32f934b49e259f562e312e0fd8cf52b3e62e8e1c2cdd876676e33fa5da06",
  "f1c8a0e92e085e0069559d229d8fb65b2a9ff9115a47bf9561afa38a0e6cea3f",
  "f46c5746c43ed07d98d61fe3459cc84a52d21dd674944b984a7955e052d1f1ad",
  "ff84ff58647ccbee72b27614771a9a9bdc056e19a4af97419a4b2e3bf8a5f04b"
]);

// src/policy/pattern-safety.ts
function digestOf(pattern) {
  return createHash("sha256").update(pattern).digest("hex");
}
var UnverifiedPattern = class extends Error {
};
var verifiedOnly = (pattern) => {
  if (VERIFIED_PATTERNS.has(digestOf(pattern))) return void 0;
  throw new UnverifiedPattern(pattern);
};
async function fullAnalysis() {
  const { backtrackingRisk } = await import("./regex-safety-NEFYHLRI.js");
  return backtrackingRisk;
}

// src/policy/load.ts
async function loadPolicies(dir, rules) {
  try {
    return loadPoliciesWith(dir, rules, verifiedOnly);
  } catch (error) {
    if (!(error instanceof UnverifiedPattern)) throw error;
  }
  return loadPoliciesWith(dir, rules, await fullAnalysis());
}
function loadPoliciesWith(dir, rules, safety) {
  if (!existsSync(dir) || !statSync2(dir).isDirectory()) {
    throw new ConfigurationError(`policy directory ${dir} does not exist (set it with --policies <dir>)`);
  }
  const file = join2(dir, "wxgate.yml");
  const policy = existsSync(file) ? parseCheckPolicy(file, readFileSync2(file, "utf8"), rules) : parseCheckPolicy(file, "", rules);
  const accountsFile = join2(dir, "accounts.yml");
  if (existsSync(accountsFile)) {
    const registry = parseAccounts(accountsFile, readFileSync2(accountsFile, "utf8"));
    policy.publishers = publisherPolicy(
      policy.publishers.company,
      [...registry.accounts.values()].map((a) => ({
        id: a.id,
        name: a.name,
        ...a.contentProfile ? { profile: a.contentProfile } : {},
        brands: a.brands ?? [],
        products: a.products ?? []
      }))
    );
  }
  const lexiconDir = join2(dir, "lexicons");
  const lexicon = existsSync(lexiconDir) ? loadLexicons(lexiconDir, safety) : compileLexicon([], []);
  return { policy, lexicon };
}

export {
  loadPolicies
};
