#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  parseCheckPolicy
} from "./chunk-3YKSMKVR.js";
import {
  fold,
  foldTerm
} from "./chunk-ZOOQVKV7.js";
import {
  parseAccounts
} from "./chunk-NZZYWQNC.js";
import {
  publisherPolicy
} from "./chunk-AJFJEGPM.js";
import {
  didYouMean
} from "./chunk-PFD2E4ND.js";
import {
  ALIASES_NOT_ALLOWED,
  fieldOf,
  parseYaml
} from "./chunk-B6G33NBB.js";
import {
  ConfigurationError
} from "./chunk-M2DJWID3.js";

// src/config/load.ts
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join2 } from "node:path";

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

// src/lexicon/entry.ts
var TIERS = ["always", "anchored"];
var PATTERN_FLAGS = "iu";

// src/lexicon/patterns.ts
var SEPARATOR = "\0";
function compilePattern(source, flags) {
  return {
    regex: new RegExp(source, `g${flags}`),
    joinable: !/[my]/.test(flags) && !seesBeyondItsMatch(source)
  };
}
function seesBeyondItsMatch(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (!inClass && /[bB]/.test(source[i + 1] ?? "")) return true;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "^" || c === "$") return true;
    else if (c === "(" && source[i + 1] === "?" && /[=!<]/.test(source[i + 2] ?? "")) {
      if (source[i + 2] !== "<" || /[=!]/.test(source[i + 3] ?? "")) return true;
    }
  }
  return false;
}
function matchPatterns(patterns, texts) {
  const found = texts.map(() => []);
  if (patterns.length === 0) return found;
  const canJoin = texts.length > 1 && texts.every((t) => !t.includes(SEPARATOR));
  const joined = canJoin ? texts.join(SEPARATOR) : "";
  const starts = [];
  if (canJoin) for (let s = 0, at = 0; s < texts.length; at += texts[s].length + 1, s++) starts.push(at);
  patterns.forEach((p, index) => {
    if (!canJoin || !p.joinable) {
      for (const [s, text] of texts.entries()) scanOne(p.regex, index, text, 0, found[s]);
      return;
    }
    const { regex } = p;
    regex.lastIndex = 0;
    for (let m = regex.exec(joined); m !== null; m = regex.exec(joined)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const s = segmentAt(starts, m.index);
      const start = m.index - starts[s];
      const end = start + m[0].length;
      if (end <= texts[s].length) {
        found[s].push({ pattern: index, start, end });
        continue;
      }
      scanOne(regex, index, texts[s], start, found[s]);
      if (s + 1 === texts.length) break;
      regex.lastIndex = starts[s + 1];
    }
  });
  return found;
}
function scanOne(regex, pattern, text, from, into) {
  regex.lastIndex = from;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else into.push({ pattern, start: m.index, end: m.index + m[0].length });
  }
}
function segmentAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/lexicon/compile.ts
var GLOBAL = -1;
function compileLexicon(entries, allow) {
  const terms = [];
  const meaning = [];
  const patterns = [];
  const patternEntry = [];
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
      patterns.push(compilePattern(entry.pattern, PATTERN_FLAGS));
      patternEntry.push(i);
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
  const scanAll = (texts) => {
    const folded = texts.map(fold);
    const byPattern = matchPatterns(
      patterns,
      folded.map((f) => f.text)
    );
    return folded.map(({ text, map }, s) => {
      const hits = byPattern[s].map((p) => ({
        owner: patternEntry[p.pattern],
        start: p.start,
        end: p.end
      }));
      const allowed = [];
      matcher.scan(text, (t, start, end) => {
        const m = meaning[t];
        if (spelled.has(t) && (isLatinLetterAt(text, start - 1) || isLatinLetterAt(text, end))) return;
        if (m >= 0) hits.push({ owner: m, start, end });
        else allowed.push({ owner: m === GLOBAL ? GLOBAL : -m - 2, start, end });
      });
      if (hits.length === 0) return [];
      return longestPerRule(withoutAllowed(hits, allowed), entries).map((h) => ({
        entry: entries[h.owner],
        start: map[h.start],
        end: map[h.end - 1] + 1
      }));
    });
  };
  return { entries, scanAll, scan: (text) => scanAll([text])[0] };
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

// src/lexicon/pattern-safety.ts
import { createHash } from "node:crypto";

// src/lexicon/shipped-lexicons.ts
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
var SHIPPED_LEXICONS = new Map(JSON.parse(`[["98f072d0f0d4bccfd22977e296d392ee31936b161289954cb899d43fd77b14d2",{"entries":[{"term":"国家级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或写明可查证的资质或称号全称（如“国家级高新技术企业，证书编号 ××”）。","noteEn":"Delete it, or give the full name of a verifiable qualification or title (e.g. \\"national high-tech enterprise, certificate no. ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":["国家级高新技术企业","国家级专精特新","国家级非物质文化遗产","国家级非遗","国家级自然保护区","国家级风景名胜区","国家级新区","国家级经济技术开发区","国家级高新区","国家级开发区","国家级重点实验室","国家级企业技术中心","国家级技术创新示范企业","国家级绿色工厂","国家级一流本科专业"],"line":25},{"term":"世界级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为可证实的具体描述（如获得的认证、参数、客户案例）。","noteEn":"Replace it with a specific, verifiable description (e.g. certifications obtained, specifications, customer cases).","source":"广告法第九条第（三）项；第五十七条","allow":["世界级难题"],"line":45},{"term":"最高级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为可证实的具体描述，如具体的等级标准或参数。","noteEn":"Replace it with a specific, verifiable description, such as the exact grade standard or specifications.","source":"广告法第九条第（三）项；第五十七条","allow":["最高级别"],"line":50},{"term":"最佳","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述（如“通过 ×× 检测”）。消费提示（最佳食用时间、最佳使用方法）和奖项名称可以使用。","noteEn":"Replace it with a specific, verifiable description (e.g. \\"passed ×× testing\\"). Consumer tips (best time to eat, best way to use) and award names are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最佳食用时间","最佳食用期","最佳赏味期","最佳使用方法","最佳使用时间","最佳保存期限","最佳保存温度","最佳观赏期","最佳观赏时间","最佳时机","最佳时间","最佳状态","最佳实践","最佳男主角","最佳女主角","最佳男配角","最佳女配角","最佳影片","最佳导演","最佳编剧","最佳新人","最佳员工","最佳团队","最佳组织奖","最佳创意奖","最佳人气奖","最佳表现奖","最佳贡献奖","最佳进步奖"],"line":55},{"pattern":"最好(?:的)?(?:产品|品牌|品质|质量|材料|工艺|服务商|供应商)|(?:质量|品质|口碑|性价比|性能|疗效)最好","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"说自家商品“最好”属绝对化用语。请改为具体、可证实的描述（如参数、检测结果、用户评价数据及来源）。","noteEn":"Calling your own product \\"the best\\" is an absolute term. Replace it with a specific, verifiable description (e.g. specifications, test results, user-rating data and their source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":89},{"term":"最优","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述。“最优解”“最优化”等技术术语可以使用。","noteEn":"Replace it with a specific, verifiable description. Technical terms such as 最优解 (optimal solution) and 最优化 (optimisation) are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最优解","最优化","最优秀","最优路径","最优策略","最优控制","帕累托最优"],"line":93},{"term":"最先进","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体、可证实的描述（如技术参数、专利号、认证）。","noteEn":"Replace it with a specific, verifiable description (e.g. technical specifications, patent number, certification).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":98},{"term":"最低价","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为具体价格或“限时优惠价”等可证实的说法。招投标中的“最低价中标”可以使用。","noteEn":"Give the actual price or a verifiable wording such as \\"limited-time offer price\\". \\"Lowest bid wins\\" in tendering is fine.","source":"广告法第九条第（三）项；第五十七条","allow":["最低价中标","最低价投标","最低价的投标"],"line":102},{"pattern":"(?:全网|全国|全市|全省|全城|全球|全行业|行业|同行|史上|历史|地区)最低价|最低价(?:销售|出售|促销|抢购|甩卖|清仓|包邮|直供|供应)|最低价格?保证","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"宣称“全网最低价”“最低价销售”属绝对化用语，也可能构成价格违法。请改为具体价格或可证实的优惠幅度。","noteEn":"Claiming \\"lowest price online\\" or \\"sold at the lowest price\\" is an absolute term and may also break pricing law. Give the actual price or a verifiable discount.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":107},{"term":"全网最低","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"宣称“全网最低”属绝对化用语。请改为具体价格或可证实的优惠幅度。","noteEn":"Claiming \\"lowest online\\" is an absolute term. Give the actual price or a verifiable discount.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":110},{"term":"最便宜","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：宣称商品“最便宜”属绝对化用语，请改为具体价格或优惠幅度。","noteEn":"Review: calling a product \\"the cheapest\\" is an absolute term; give the actual price or discount instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":113},{"term":"最畅销","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请改为有时间、地域限定且可证实的销量事实，并注明数据来源。","noteEn":"Replace it with a verifiable sales fact limited in time and region, and cite the data source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":118},{"term":"最受欢迎","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：请改为有时间、地域限定且可证实的事实（如“2023 年 ×× 平台评分 4.9，来源：××”）。","noteEn":"Review: replace it with a verifiable fact limited in time and region (e.g. \\"rated 4.9 on ×× platform in 2023, source: ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":122},{"term":"第一品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":127},{"term":"全网第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为有时间、平台限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and platform, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":["全网第一时间"],"line":130},{"term":"行业第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":["行业第一次","行业第一批","行业第一届","行业第一时间"],"line":134},{"pattern":"(?:全国|全球|世界|全省|全市|国内|亚洲|业内)第一(?![次批届个颗座条台部位季章步年天期轮时线])","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为有时间、地域限定且可证实的事实并注明来源（如“2023 年 ×× 省销量第一，来源：××”）。","noteEn":"Delete it, or replace it with a verifiable fact limited in time and region, and cite the source (e.g. \\"No. 1 in sales in ×× province in 2023, source: ××\\").","source":"广告法第九条第（三）项；第五十七条","allow":["世界第一高峰"],"line":139},{"term":"销量第一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"市场监管总局指南允许有时间、地域限定且可证实的销量事实（如“2022 年全国销量第一”，并注明数据来源）；不加限定的“销量第一”请删除。","noteEn":"The SAMR guidelines allow a verifiable sales fact limited in time and region (e.g. \\"No. 1 in national sales in 2022\\", with the data source); delete an unqualified \\"No. 1 in sales\\".","source":"广告法第九条第（三）项；第五十七条","allow":["销量第一季度"],"line":144},{"term":"销量冠军","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"市场监管总局指南允许有时间、地域限定且可证实的销量事实并注明数据来源；不加限定的“销量冠军”请删除。","noteEn":"The SAMR guidelines allow a verifiable sales fact limited in time and region, with the data source; delete an unqualified \\"sales champion\\".","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":148},{"term":"领导品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的具体事实并注明来源。","noteEn":"Delete it, or replace it with a specific, verifiable fact and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":151},{"term":"领袖品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的具体事实并注明来源。","noteEn":"Delete it, or replace it with a specific, verifiable fact and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":154},{"term":"全国唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":157},{"term":"全球唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":161},{"term":"世界唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实。","noteEn":"Delete it, or replace it with a specific, verifiable fact.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":165},{"term":"国内唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实（如专利号、独家授权文件）。","noteEn":"Delete it, or replace it with a specific, verifiable fact (e.g. patent number, exclusive licence document).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":169},{"term":"行业唯一","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除，或改为可证实的具体事实。","noteEn":"Delete it, or replace it with a specific, verifiable fact.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":173},{"term":"唯一指定","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请改为“指定合作伙伴”等可证实的表述，并能提供授权文件。","noteEn":"Use a verifiable wording such as \\"designated partner\\", and be able to show the authorisation document.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":177},{"term":"首选品牌","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除“首选”，改为具体卖点。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":180},{"term":"行业首选","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"请删除“首选”，改为具体卖点。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":183},{"term":"送礼首选","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除“首选”，改为具体卖点（如“适合送礼”）。","noteEn":"Delete \\"first choice\\" and name a specific selling point instead (e.g. \\"a good gift\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":187},{"term":"顶级","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：形容自家商品“顶级”属绝对化用语，请改为具体描述。“顶级域名”“顶级期刊”等术语可以使用。","noteEn":"Review: calling your own product \\"top-level\\" is an absolute term; describe it specifically. Terms such as \\"top-level domain\\" and \\"top journal\\" are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["顶级域名","顶级期刊","顶级会议","顶级学术会议"],"line":190},{"term":"顶尖","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：形容自家商品“顶尖”属绝对化用语，请改为具体描述。“顶尖人才”“顶尖高校”等可以使用。","noteEn":"Review: calling your own product \\"top-notch\\" is an absolute term; describe it specifically. \\"Top talent\\", \\"top universities\\" and the like are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["顶尖人才","顶尖高校","顶尖学府","顶尖科学家","顶尖学者","顶尖期刊"],"line":196},{"term":"极品","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"原国家工商总局认定“极品”与“最高级”“最佳”同义。请改为具体描述（如产地、等级标准）。","noteEn":"The former SAIC ruled that 极品 (\\"supreme quality\\") means the same as \\"highest grade\\" and \\"best\\". Describe it specifically (e.g. origin, grade standard).","source":"广告法第九条第（三）项；第五十七条","allow":["极品飞车"],"line":202},{"term":"独家","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“独家配方”“独家工艺”等无法证实的说法属绝对化用语；有授权文件的“独家代理”“独家授权”和媒体“独家报道”可以使用。","noteEn":"Review: unverifiable claims such as \\"exclusive formula\\" or \\"exclusive process\\" are absolute terms; \\"exclusive agent\\" or \\"exclusive licence\\" backed by documents, and a medium's \\"exclusive report\\", are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["独家专访","独家报道","独家采访","独家授权","独家代理","独家冠名","独家赞助","独家战略合作"],"line":206},{"term":"全网首发","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"请删除，或改为可证实的发布信息（如“6 月 18 日在本公众号首次发布”）。","noteEn":"Delete it, or replace it with verifiable release information (e.g. \\"first released on this account on 18 June\\").","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":212},{"term":"全球首发","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：只有能证实时才可使用，否则请改为“正式发布”。","noteEn":"Review: use it only if it can be proven; otherwise say \\"officially released\\".","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":215},{"pattern":"(?<![a-z])no\\\\.?\\\\s?1(?!\\\\d)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“NO.1”表示第一，属绝对化用语。若只是编号，请改用“01”“其一”等写法。","noteEn":"Review: \\"NO.1\\" means first and is an absolute term. If it is only a number, write \\"01\\" or \\"the first of them\\" instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":220},{"pattern":"(?<![a-z])top\\\\s?1(?!\\\\d)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：“TOP1”表示第一，属绝对化用语。若只是编号，请改用“01”等写法。","noteEn":"Review: \\"TOP1\\" means first and is an absolute term. If it is only a number, write \\"01\\" instead.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":225},{"term":"史无前例","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":230},{"term":"绝无仅有","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":235},{"term":"前无古人","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":240},{"term":"空前绝后","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：用于宣传商品时属绝对化用语，请改为具体、可证实的描述。","noteEn":"Review: used to promote a product it is an absolute term; replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":245},{"term":"万能","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：宣称商品“万能”属绝对化用语，请写明具体适用范围。“万能胶”等商品通用名可以使用。","noteEn":"Review: calling a product \\"all-purpose\\" is an absolute term; state what exactly it is for. Generic product names such as 万能胶 (all-purpose glue) are fine.","source":"广告法第九条第（三）项；第五十七条","allow":["不是万能","并非万能","万能胶","万能钥匙","万能充","万能表","万能够","万能否","万能不能"],"line":250},{"pattern":"(?:100\\\\s?%|百分之百)\\\\s?(?:纯天然|正品|天然|安全|满意|好评|成功|无添加|无害|保证)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"always","note":"绝对化的“100%”承诺无法证实，请改为具体、可证实的描述（如检测报告结论）。","noteEn":"An absolute \\"100%\\" promise cannot be proven; replace it with a specific, verifiable description (e.g. the conclusion of a test report).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":256},{"term":"填补国内空白","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"warning","tier":"anchored","note":"需复核：须有权威机构的鉴定或查新报告支持，请注明来源，否则删除。","noteEn":"Review: this needs an appraisal or novelty-search report from an authoritative body; cite the source, or delete it.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":259},{"pattern":"(?:全球|全国|全世界|世界|业界|行业|国际|国内|业内|同行业|同类产品中)(?:领先|领跑|一流|顶尖)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“全球领先”“行业领先”是无法证实的绝对化宣传。请改为具体、可证实的事实（如参数、检测报告、第三方排名并注明来源和时间）。","noteEn":"\\"World-leading\\" and \\"industry-leading\\" are unverifiable absolute claims. Replace them with specific, verifiable facts (e.g. specifications, test reports, third-party rankings with source and date).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":265},{"term":"遥遥领先","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“遥遥领先”是无法证实的绝对化宣传。请改为具体、可证实的对比数据并注明来源。","noteEn":"\\"Far ahead\\" (遥遥领先) is an unverifiable absolute claim. Replace it with specific, verifiable comparative data and cite the source.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":269},{"pattern":"(?:全球|全国|全世界|世界|业界|行业|国际|国内|业内|亚洲|全网)首(?:个|家|款|台|创|部|只|架|辆)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“全球首个”“国内首家”须有权威查新或认证支持。请注明可证实的来源，否则删除。","noteEn":"\\"World's first\\" and \\"first in China\\" need an authoritative novelty search or certification. Cite a verifiable source, or delete it.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":273},{"pattern":"(?:性价比|续航|销量|性能|拍照|影像|音质|画质|颜值|口碑|人气|网红|流量|带货|信号|手机|耳机|电视|空调|汽车|跑车|家电|净水器|洗衣机|冰箱|吸尘器|手表|相机|[\\\\p{Script=Han}]{2})之王","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“××之王”是绝对化宣传。请改为具体、可证实的描述（参数、评测结论及来源）。","noteEn":"\\"King of ××\\" is absolute promotion. Replace it with a specific, verifiable description (specifications, review findings and their source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":277},{"pattern":"史上最[\\\\p{Script=Han}]","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"“史上最××”是绝对化宣传。请改为具体、可证实的描述。","noteEn":"\\"The most ×× ever\\" is absolute promotion. Replace it with a specific, verifiable description.","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":281},{"pattern":"(?:续航|口感|性能|画质|音质|品质|质量|性价比|速度|效果|体验|配置|颜值|动力|稳定性|安全性|兼容性|续航力|功率|亮度|分辨率|音效|手感|味道|效率)(?:[^,.!?;。、]{0,6}?)(?:同级|同类|同价位|行业|业内|全网|全球|全国|市场上?)(?:最强|最好|最佳|最优|最快|最长|最高|最低|第一|之最|领先)","rule":"law/ad-absolute-term","category":"ad-absolute","severity":"error","tier":"anchored","note":"说自家商品的某项指标“同级最强”“行业最好”属绝对化用语。请改为具体参数和可证实的对比（注明测试条件和来源）。","noteEn":"Saying your own product is \\"strongest in its class\\" or \\"best in the industry\\" on some measure is an absolute term. Give specific figures and a verifiable comparison (with test conditions and source).","source":"广告法第九条第（三）项；第五十七条","allow":[],"line":285}],"allow":[]}],["79a64a86e5c1254cadedc7d373c9a2f8ee8f52ba6b29fd0f10dcaefce7966969",{"entries":[{"term":"根治","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言能根治疾病。请删除，或改为经批准的适应症原文。政策语境（根治欠薪、根治隐患）已列入允许短语。","noteEn":"Do not assert that it cures a disease for good. Delete it, or quote the approved indications word for word. Policy usage (根治欠薪 ending wage arrears, 根治隐患 eliminating hazards) is already in the allowed phrases.","source":"广告法第十六条、第十七条","allow":["根治欠薪","根治拖欠","根治乱象","根治海河","根治黄河","根治水患","根治污染","根治安全隐患","根治隐患"],"line":13},{"term":"彻底治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除，或改为经批准的说明书原文。","noteEn":"Do not assert or guarantee efficacy. Delete it, or quote the approved package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":19},{"term":"完全治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除，或改为经批准的说明书原文。","noteEn":"Do not assert or guarantee efficacy. Delete it, or quote the approved package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":22},{"term":"保证治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":25},{"term":"治愈","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"anchored","note":"需复核：宣传商品能“治愈”疾病违反广告法；“治愈系”“被治愈”等生活化用法和医院的“治愈出院”通报可以使用。","noteEn":"Review: advertising that a product \\"cures\\" a disease breaks the Advertising Law; everyday usage such as 治愈系 (soothing) or 被治愈 (comforted) and a hospital's \\"discharged cured\\" notice are fine.","source":"广告法第十六条、第十七条","allow":["治愈系","被治愈","很治愈","太治愈","好治愈","超治愈","治愈人心","治愈心灵","治愈感","治愈出院","临床治愈"],"line":28},{"term":"包治百病","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":34},{"term":"药到病除","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":39},{"term":"一针见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":42},{"term":"一贴见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":45},{"term":"一次见效","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":48},{"term":"永不复发","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":51},{"term":"无效退款","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"以“无效退款”保证疗效属于功效保证，请删除。","noteEn":"Guaranteeing efficacy with \\"refund if it does not work\\" is a guarantee of effect; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":54},{"term":"治愈率","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明治愈率，请删除。","noteEn":"An advertisement must not state a cure rate; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":58},{"pattern":"(?:有效率|好转率|康复率|治愈率|显效率)\\\\s?(?:高达|达到|达|超过|为)?\\\\s?\\\\d+(?:\\\\.\\\\d+)?\\\\s?%","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明有效率、治愈率，请删除具体比例。","noteEn":"An advertisement must not state an efficacy or cure rate; delete the figures.","source":"广告法第十六条、第十七条","allow":[],"line":63},{"term":"有效率达","rule":"law/ad-medical-claim","category":"cure-rate","severity":"error","tier":"anchored","note":"广告中不得说明有效率，请删除。","noteEn":"An advertisement must not state an efficacy rate; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":68},{"pattern":"(?:100\\\\s?%|百分之百)\\\\s?(?:有效|治愈|根治|见效|康复)","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言或保证疗效。请删除。","noteEn":"Do not assert or guarantee efficacy. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":73},{"term":"无副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言药品、保健品或医疗服务“无副作用”，这是对安全性的保证。请删除，或改为说明书中的不良反应原文。","noteEn":"Do not assert that a drug, health food or medical service has \\"no side effects\\": that guarantees safety. Delete it, or quote the adverse reactions in the package insert word for word.","source":"广告法第十六条、第十七条","allow":[],"line":76},{"term":"零副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言“零副作用”，这是对安全性的保证。请删除。","noteEn":"Do not assert \\"zero side effects\\": that guarantees safety. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":81},{"term":"无任何副作用","rule":"law/ad-medical-claim","category":"treatment","severity":"error","tier":"anchored","note":"不得断言“无任何副作用”，这是对安全性的保证。请删除。","noteEn":"Do not assert \\"no side effects whatsoever\\": that guarantees safety. Delete it.","source":"广告法第十六条、第十七条","allow":[],"line":86},{"term":"祖传秘方","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"“祖传秘方”暗示特殊疗效且无法证实，请删除。","noteEn":"\\"Secret family remedy\\" implies a special effect that cannot be proven; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":91},{"term":"特效药","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"always","note":"需复核：宣传商品为“特效药”属功效断言；新闻中引用权威机构对获批药品的表述可以保留。","noteEn":"Review: promoting a product as a \\"miracle drug\\" asserts efficacy; a news report quoting an authority about an approved drug may keep it.","source":"广告法第十六条、第十七条","allow":[],"line":94},{"term":"排毒养颜","rule":"law/ad-medical-claim","category":"ad-medical","severity":"warning","tier":"always","note":"需复核：普通食品不得宣称保健或疗效功能；保健食品只能使用批准的功能声称。","noteEn":"Review: ordinary food must not claim health or therapeutic functions; health food may only use its approved function claims.","source":"广告法第十六条、第十七条","allow":[],"line":98},{"term":"抗癌神药","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":102},{"term":"降压神器","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":105},{"term":"降糖神器","rule":"law/ad-medical-claim","category":"ad-medical","severity":"error","tier":"always","note":"不得断言疗效，请删除。","noteEn":"Do not assert efficacy; delete it.","source":"广告法第十六条、第十七条","allow":[],"line":108},{"pattern":"(?:能|可|可以|能够|有助于|帮助|有效|还能|更能)\\\\s?(?:预防|防治|防止|远离)[\\\\p{Script=Han}]{0,8}?(?:病|癌|症|炎|感冒|流感|中风|血栓|三高|肿瘤)","rule":"law/ad-medical-claim","category":"health-food","severity":"error","tier":"anchored","note":"普通食品不得宣称预防或治疗疾病，保健食品只能使用批准的保健功能。请删除疾病预防的说法。","noteEn":"Ordinary food must not claim to prevent or treat disease, and health food may only use its approved health functions. Delete the disease-prevention claim.","source":"广告法第十七条；食品安全法第七十三条（食品广告不得涉及疾病预防、治疗功能）","allow":[],"line":114},{"pattern":"(?:能|可|可以|能够|有助于|帮助|有效|还能|更能)\\\\s?(?:抗癌|防癌|抗肿瘤|增强免疫力|提高免疫力|提升免疫力|增强抵抗力|提高抵抗力|降血压|降血糖|降血脂|降三高|软化血管|清除血栓|溶解血栓)","rule":"law/ad-medical-claim","category":"health-food","severity":"error","tier":"anchored","note":"普通食品不得宣称抗癌、增强免疫力等功效，保健食品只能使用批准的保健功能原文。请删除。","noteEn":"Ordinary food must not claim effects such as fighting cancer or boosting immunity, and health food may only use its approved health functions word for word. Delete it.","source":"广告法第十七条；食品安全法第七十三条（食品广告不得涉及疾病预防、治疗功能）","allow":[],"line":120}],"allow":[]}],["d6b7c4bfbeb19baae335be8125a36d1c68a6ae4560d28ac8822d012eb4541e11",{"entries":[{"term":"保本保息","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":13},{"term":"保本保收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":16},{"term":"保本高收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal or a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":19},{"term":"承诺保本","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺保本。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":22},{"term":"保证本金","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺本金安全。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal is safe. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":25},{"term":"本金无忧","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺本金安全。请删除，并如实提示投资风险。","noteEn":"Do not promise the principal is safe. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":28},{"term":"稳赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":31},{"term":"只赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":34},{"term":"包赚不赔","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":37},{"term":"稳赚","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":["平稳赚"],"line":40},{"term":"躺赚","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺收益。请删除，并如实提示投资风险。","noteEn":"Do not promise a return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":44},{"term":"零风险高收益","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得承诺无风险或保证收益。请删除，并如实提示投资风险。","noteEn":"Do not promise no risk or a guaranteed return. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":47},{"pattern":"(?:零风险|无风险)\\\\s?(?:高收益|高回报|投资|理财)|(?:高收益|高回报|投资|理财)\\\\s?(?:零风险|无风险)","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"投资理财不存在“零风险”。请删除，并如实提示投资风险。","noteEn":"No investment is \\"zero risk\\". Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":50},{"pattern":"(?:保证|承诺|保底)(?:年化)?(?:收益|回报|利息|分红)","rule":"law/ad-return-promise","category":"finance","severity":"error","tier":"anchored","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":54},{"term":"年化收益保证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":59},{"pattern":"(?:保证|保底|承诺)年化","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"不得对未来收益作保证性承诺。请删除，并如实提示投资风险。","noteEn":"Do not guarantee future returns. Delete it and state the investment risk truthfully.","source":"广告法第二十五条","allow":[],"line":62},{"pattern":"日(?:赚|入)\\\\s?(?:\\\\d+(?:\\\\.\\\\d+)?|[一二两三四五六七八九十百千万几]+)\\\\s?(?:元|块|万|千|百|美元)?","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"以日收入承诺招揽属收益保证，也是微信明确的过度营销。请删除。","noteEn":"Attracting people with a promised daily income is a guaranteed return, and WeChat names it excessive marketing. Delete it.","source":"广告法第二十五条","allow":[],"line":65},{"term":"月入过万","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：招聘、培训推文以收入承诺招揽属收益或效果保证；统计数据请写明来源。","noteEn":"To be reviewed: a job or training post that attracts people with promised income guarantees a return or result; give the source of any statistics.","source":"广告法第二十五条","allow":[],"line":68},{"term":"收益翻倍","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：不得承诺收益；历史业绩请写明期间和来源，并提示“过往业绩不代表未来表现”。","noteEn":"To be reviewed: do not promise a return; give the period and source of past performance and add \\"past performance does not predict future results\\".","source":"广告法第二十五条","allow":[],"line":72},{"pattern":"(?:考试|考证|驾考|课程|培训|签约|承诺|保证)包过|包过(?:班|率|拿证|不过退|$|[,。!;])|保过班","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺通过考试。请删除“包过”，可改为介绍课程内容和师资。","noteEn":"Training advertisements may not promise passing an exam. Delete \\"包过\\" (guaranteed pass); describe the course and teachers instead.","source":"广告法第二十四条","allow":[],"line":77},{"term":"不过退款","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以“不过退款”承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass through \\"refund if you fail\\". Delete it.","source":"广告法第二十四条","allow":[],"line":81},{"term":"不通过退款","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以“不通过退款”承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass through \\"refund if you do not pass\\". Delete it.","source":"广告法第二十四条","allow":[],"line":85},{"pattern":"(?:保证|确保|承诺)(?:一次)?(?:通过|过)(?:考试|考核|认证|笔试|面试|资格|答辩|驾考|科目[一二三四]|四六级|[0-9一二三四五六]级)|(?:考试|考证|驾考|认证|培训)[^,。!?;]{0,8}保证通过","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺通过考试。请删除。","noteEn":"Training advertisements may not promise passing an exam. Delete it.","source":"广告法第二十四条","allow":[],"line":90},{"term":"包拿证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺取得证书。请删除。","noteEn":"Training advertisements may not promise a certificate. Delete it.","source":"广告法第二十四条","allow":[],"line":94},{"term":"保证拿证","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得承诺取得证书。请删除。","noteEn":"Training advertisements may not promise a certificate. Delete it.","source":"广告法第二十四条","allow":[],"line":98},{"pattern":"通过率\\\\s?(?:高达|达到|达)?\\\\s?100\\\\s?%","rule":"law/ad-return-promise","category":"ad-return","severity":"error","tier":"always","note":"培训广告不得以 100% 通过率承诺通过考试。请删除。","noteEn":"Training advertisements may not promise a pass with a 100 % pass rate. Delete it.","source":"广告法第二十四条","allow":[],"line":102},{"term":"包教包会","rule":"law/ad-return-promise","category":"ad-return","severity":"warning","tier":"always","note":"需复核：培训广告不得对学习效果作保证性承诺，请改为介绍课程内容。","noteEn":"To be reviewed: training advertisements may not guarantee learning results; describe the course instead.","source":"广告法第二十四条","allow":[],"line":106}],"allow":[]}],["a5fea6c6a7131664c884e5a01e044dfda764e32a844e00aff11af1fa8161adbc",{"entries":[],"allow":[{"term":"反分裂国家法","note":"法律名称，包含“分裂国家”。"},{"term":"鸦片战争","note":"历史事件名称，包含“鸦片”。"},{"term":"三黄片","note":"中成药名称，包含“黄片”。"},{"term":"大麻哈鱼","note":"鱼类名称（鲑鱼的一种），包含“大麻”。"}]}],["9e8fc2cb6a81ec0259ac8131fe51b6c96ce4de8d7a73dbb8800ce93067aaab8e",{"entries":[{"term":"震惊","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"用“震惊”渲染标题属标题党。请用标题直接概括文章内容。","noteEn":"Dramatising a title with \\"shocking\\" is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":12},{"term":"彻底沸腾","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"微信点名的夸大标题写法。请用标题直接概括文章内容。","noteEn":"WeChat names this exaggerated title style. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":15},{"term":"沸腾了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请用标题直接概括文章内容。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":18},{"term":"速看","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"制造紧迫感的标题属标题党。请删除，用标题直接概括文章内容。","noteEn":"A title that manufactures urgency is clickbait. Delete it and let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":["快速看","迅速看","加速看","急速看","高速看"],"line":22},{"term":"删前速看","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":26},{"term":"即将被删","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":29},{"term":"看完就删","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"暗示内容即将被删以诱导点击属标题党。请删除。","noteEn":"Hinting that the content is about to be deleted to lure clicks is clickbait. Delete it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":32},{"term":"不看后悔","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以“不看后悔”诱导点击属标题党。请用标题直接概括文章内容。","noteEn":"Luring clicks with \\"you'll regret not reading this\\" is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":35},{"term":"看完沉默","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"煽动情绪的标题属标题党。请用标题直接概括文章内容。","noteEn":"A title that stirs up emotion is clickbait. Let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":38},{"term":"出大事了","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"夸大事态的标题属标题党。请如实概括事件。","noteEn":"A title that exaggerates what happened is clickbait. Summarise the event truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":41},{"term":"炸锅了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请如实概括事件。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; summarise the event truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":44},{"term":"惊呆了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：夸大渲染的标题会被微信处罚，请用标题直接概括文章内容。","noteEn":"Review: WeChat penalises exaggerated, sensational titles; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":48},{"term":"全网疯传","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"夸大传播程度的标题属标题党，也常见于谣言。请如实概括内容并写明来源。","noteEn":"A title that exaggerates how widely something has spread is clickbait, and common in rumours. Summarise the content truthfully and state the source.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":52},{"term":"重磅消息","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：若内容并非重大消息，请改为如实概括的标题。","noteEn":"Review: if the content is not major news, give the article a title that summarises it truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":55},{"term":"紧急通知","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：微信处罚冒充官方通知的标题。若确为本单位的正式通知，请在标题写明发文单位（如“××公司关于……的紧急通知”）。","noteEn":"Review: WeChat penalises titles posing as official notices. If it really is your organisation's formal notice, name the issuer in the title (e.g. \\"××公司关于……的紧急通知\\", ×× Company's urgent notice on …).","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":59},{"term":"紧急提醒","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：微信处罚冒充官方通知、夸大紧迫性的标题。请如实概括内容并写明发布单位。","noteEn":"Review: WeChat penalises titles that pose as official notices or exaggerate urgency. Summarise the content truthfully and name the issuer.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":63},{"pattern":"\\\\d{1,3}(?:\\\\.\\\\d+)?\\\\s?%的人(?:都)?(?:不知道|不懂|不会|没注意|做错|搞错|忽略)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"虚构比例制造焦虑的标题属标题党。请删除比例，或注明数据来源。","noteEn":"A title that invents a percentage to create anxiety is clickbait. Delete the percentage, or cite the data source.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":67},{"pattern":"刚刚[!:]","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"“刚刚！”开头冒充突发新闻属标题党。请写明事件和发布单位。","noteEn":"Opening with \\"Just now!\\" (刚刚！) to pose as breaking news is clickbait. Say what happened and who announced it.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":70},{"pattern":"(?:\\\\d{2}|[五六七八九]十)岁(?:以上|以后)[^,。!?]{0,6}(?:注意|速看|必看|赶紧|紧急)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以年龄段配合紧迫用语冒充政策通知属标题党（微信 2024 年公告点名）。请如实概括内容。","noteEn":"Pairing an age group with urgent wording to pose as a policy notice is clickbait (named in WeChat's 2024 announcement). Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":73},{"pattern":"(?:家长|父母|老人|女人|男人|宝妈|上班族|中老年人|年轻人|打工人)(?:速看|必看|注意了|一定要看|赶紧看|快看)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"点名人群并制造紧迫感的标题属标题党（微信 2024 年公告点名）。请如实概括内容。","noteEn":"A title that singles out a group of people and manufactures urgency is clickbait (named in WeChat's 2024 announcement). Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":76},{"pattern":"的人(?:都|全|已经)?后悔了","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"以“……的人都后悔了”制造焦虑的标题属标题党。请如实概括内容。","noteEn":"A title that creates anxiety with \\"those who … all regret it\\" is clickbait. Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":79},{"pattern":"再不(?:看|知道|了解)就(?:晚了|来不及了)","rule":"wechat/clickbait-title","category":"clickbait","severity":"error","tier":"always","note":"制造紧迫感的标题属标题党。请如实概括内容。","noteEn":"A title that manufactures urgency is clickbait. Summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":82},{"pattern":"(?:赶紧|快|马上|立刻)(?:扔掉|丢掉|停用|停吃|停止使用)","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：以恐吓口吻要求读者行动的标题属标题党（生活、养生类夸大误导）。若确有召回或安全通知，请写明发布单位和依据。","noteEn":"Review: a title that frightens readers into acting is clickbait (exaggerated, misleading lifestyle and health content). If there really is a recall or safety notice, name the issuer and its basis.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":85},{"term":"看哭了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：煽动情绪的标题属标题党，请用标题直接概括文章内容。","noteEn":"Review: a title that stirs up emotion is clickbait; let the title summarise the article directly.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":89},{"term":"太可怕了","rule":"wechat/clickbait-title","category":"clickbait","severity":"warning","tier":"always","note":"需复核：渲染恐慌的标题属标题党，请如实概括内容。","noteEn":"Review: a title that spreads panic is clickbait; summarise the content truthfully.","source":"网络信息内容生态治理规定第七条第（一）项；微信《关于规范公众号标题夸大营销的公告》（2024-02-28）","allow":[],"line":93}],"allow":[]}],["d516e5f14739c6eaa0d63e9539f66e05649f95652f9546a6a1e1d9da92f7ab97",{"entries":[{"pattern":"关注[^,。!?;\\\\n【】\\\\[\\\\]()关]{0,8}(?:后|并|然后)\\\\s?回复[^,。!?;\\\\n]{0,12}(?:获取|领取|获得|下载|查看|即可)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后回复关键词领取资料属诱导关注。请直接在文中提供资料或下载链接，不以关注为条件。","noteEn":"Follow-then-reply-with-a-keyword to get materials is induced following. Provide the materials or the download link in the article, without requiring a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":13},{"pattern":"关注[^,。!?;\\\\n【】\\\\[\\\\]()关]{0,8},?\\\\s?回复\\\\s?(?:[“\\"'‘「『][^”\\"'’」』]{1,10}[”\\"'’」』]|\\\\d+|关键词|关键字)[^,。!?;\\\\n]{0,6}(?:获取|领取|获得|下载|查看|即可)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后回复关键词领取资料属诱导关注。请直接在文中提供资料或下载链接，不以关注为条件。","noteEn":"Follow-then-reply-with-a-keyword to get materials is induced following. Provide the materials or the download link in the article, without requiring a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":16},{"pattern":"关注(?:我们|本号|公众号|本公众号)?(?:(?:后|即可|就能)(?:查看|看到|阅读|解锁|获取|看答案|看全文)|(?:才能|才可以|才可)(?:看|查看|阅读|解锁|获取))","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"关注后才能查看内容属诱导关注。请直接提供全部内容。","noteEn":"Showing content only after a follow is induced following. Provide all of the content directly.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":19},{"pattern":"关注(?:我们|本号|公众号|本公众号|我们的公众号)?(?:后|即可|就|就能|并)?(?:领取|免费领)|关注(?:我们|本号|公众号|本公众号)?(?:后|即可|就)送","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除关注条件，或改为不以关注为条件的福利。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete the follow condition, or offer a benefit that does not require a follow.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":22},{"term":"关注有礼","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":25},{"term":"关注有奖","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以奖励诱导关注违反微信规则。请删除。","noteEn":"Luring follows with rewards breaks WeChat's rules. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":28},{"term":"关注抽奖","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以抽奖诱导关注违反微信规则。请删除关注条件。","noteEn":"Luring follows with a lucky draw breaks WeChat's rules. Delete the follow condition.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":31},{"pattern":"扫码关注[^,。!?;\\\\n]{0,6}(?:领取|获取|免费|送)","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"扫码关注领奖励属诱导关注。请删除关注条件。","noteEn":"Scan-to-follow for a reward is induced following. Delete the follow condition.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":34},{"term":"不关注看不到","rule":"wechat/induced-follow","category":"induced-follow","severity":"error","tier":"always","note":"以看不到内容威胁用户关注属诱导关注。请删除。","noteEn":"Threatening that users will not see the content unless they follow is induced following. Delete it.","source":"微信公众平台运营规范 诱导关注","allow":[],"line":37}],"allow":[]}],["4f1bdd6ea39bf7d5ae0467c6e4d552b643a1e0d129b5068d9717ce4e49666534",{"entries":[{"term":"转发朋友圈即可","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户转发朋友圈违反微信规则，初犯即可能被封禁。请删除转发要求，奖励活动改为不以分享为条件。","noteEn":"Luring users to repost to Moments with rewards breaks WeChat's rules and can get the account banned on a first offence. Delete the repost requirement, and make the reward not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":13},{"term":"分享朋友圈即可","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户分享朋友圈违反微信规则。请删除分享要求。","noteEn":"Luring users to share to Moments with rewards breaks WeChat's rules. Delete the sharing requirement.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":16},{"pattern":"(?:转发|分享)[^,。!?;\\\\n]{0,8}朋友圈[^,。!?;\\\\n]{0,8}(?:领取|免费领|获取|抽奖|兑换|赢取|参与活动)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导用户转发朋友圈违反微信规则，初犯即可能被封禁。请删除转发要求，奖励活动改为不以分享为条件。","noteEn":"Luring users to repost to Moments with rewards breaks WeChat's rules and can get the account banned on a first offence. Delete the repost requirement, and make the reward not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":19},{"pattern":"(?:转发|分享)[^,。!?;\\\\n]{0,6}截图[^,。!?;\\\\n]{0,8}(?:领取|兑换|获得|发给|给客服)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以截图为凭证领取奖励属诱导分享。请删除分享要求。","noteEn":"Giving a reward for a screenshot as proof is induced sharing. Delete the sharing requirement.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":22},{"term":"集赞","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"集赞换奖励属诱导分享，微信明确禁止。请删除集赞规则，改用不以分享为条件的抽奖或答题。","noteEn":"Rewards for collecting likes are induced sharing, which WeChat expressly forbids. Delete the like-collecting rule and use a lucky draw or quiz that does not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":["集赞助","集赞扬"],"line":25},{"pattern":"集(?:满|齐|够)\\\\s?(?:\\\\d+|[一二两三四五六七八九十百几]+)\\\\s?个?\\\\s?赞","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"集赞换奖励属诱导分享，微信明确禁止。请删除集赞规则。","noteEn":"Rewards for collecting likes are induced sharing, which WeChat expressly forbids. Delete the like-collecting rule.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":29},{"pattern":"点赞(?:数)?满\\\\s?\\\\d+|点赞(?:数)?(?:达到|超过)\\\\s?\\\\d+\\\\s?个?\\\\s?(?:即可|就能|可)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以点赞数换奖励属诱导分享。请删除点赞门槛。","noteEn":"Rewards for a number of likes are induced sharing. Delete the likes threshold.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":32},{"pattern":"(?:分享|转发)(?:后|之后|才能|才可|即可)(?:查看|可见|阅读|解锁|看到|获取|看答案|看全文)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"分享后才能查看内容属诱导分享。请直接提供全部内容。","noteEn":"Showing content only after sharing is induced sharing. Provide all of the content directly.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":35},{"pattern":"(?:分享|转发)(?:到|至|给)?\\\\s?(?:\\\\d+|[一二两三四五六七八九十几]+)\\\\s?个\\\\s?(?:微信)?(?:群|好友)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"要求分享到指定数量的群或好友属诱导分享。请删除。","noteEn":"Asking readers to share to a set number of groups or friends is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":38},{"pattern":"不(?:转|转发|分享)(?:就)?不是(?:中国人|中华儿女|好人|朋友)","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以道德绑架要求转发属诱导分享。请删除。","noteEn":"Guilt-tripping readers into reposting is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":41},{"term":"转发抽奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以抽奖诱导转发属诱导分享。请删除转发条件。","noteEn":"Luring reposts with a lucky draw is induced sharing. Delete the repost condition.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":44},{"term":"转发有奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导转发属诱导分享。请删除。","noteEn":"Luring reposts with rewards is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":47},{"term":"分享有礼","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导分享属诱导分享。请删除，或改为不以分享为条件的福利。","noteEn":"Luring shares with rewards is induced sharing. Delete it, or offer a benefit that does not depend on sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":50},{"term":"分享有奖","rule":"wechat/induced-share","category":"induced-share","severity":"error","tier":"always","note":"以奖励诱导分享属诱导分享。请删除。","noteEn":"Luring shares with rewards is induced sharing. Delete it.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":53},{"term":"好友助力","rule":"wechat/induced-share","category":"induced-share","severity":"warning","tier":"always","note":"需复核：要求好友助力才能领取奖励属诱导分享。","noteEn":"Review: requiring friends' \\"help\\" (助力) to claim a reward is induced sharing.","source":"微信公众平台运营规范 3.3.1 诱导分享","allow":[],"line":56}],"allow":[]}],["a40710315912460ac7a8b82c0cb94b650a9ae6ff9c13afe36088eee43838e982",{"entries":[{"pattern":"(?:出售|求购|代购|批发|销售|货到付款|低价出)\\\\s*(?:冰毒|海洛因|摇头丸|k粉|麻古|可卡因|大麻|笑气|氯胺酮|甲基苯丙胺)","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"买卖、代购毒品的信息属违法信息，必须删除；发现此类线索请向公安机关举报。","noteEn":"Buying, selling or procuring drugs is illegal information and must be deleted; report such leads to the police.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":12},{"pattern":"(?:冰毒|海洛因|摇头丸|k粉|麻古|可卡因|大麻|笑气|氯胺酮)\\\\s*(?:出售|求购|代购|批发|货到付款|包邮|专卖|有货)","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"买卖、代购毒品的信息属违法信息，必须删除；发现此类线索请向公安机关举报。","noteEn":"Buying, selling or procuring drugs is illegal information and must be deleted; report such leads to the police.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":15},{"term":"大麻种子出售","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"出售大麻种子属违法信息，必须删除。","noteEn":"Selling cannabis seeds is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":18},{"term":"毒品交易","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：案件通报和禁毒宣传可以保留，但不得描述交易渠道、价格或联系方式。","noteEn":"Human review: case reports and anti-drug campaigns may stay, but must not describe trading channels, prices or contacts.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":21},{"term":"贩卖毒品","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：案件通报和禁毒宣传可以保留，但不得描述交易渠道、价格或联系方式。","noteEn":"Human review: case reports and anti-drug campaigns may stay, but must not describe trading channels, prices or contacts.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":25},{"term":"冰毒","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":29},{"term":"海洛因","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":33},{"term":"摇头丸","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":37},{"term":"k粉","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["k粉丝"],"line":41},{"term":"麻古","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["芝麻古"],"line":46},{"term":"可卡因","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":51},{"term":"氯胺酮","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：医疗用途以外的介绍须注意不得描述获取或滥用方法。","noteEn":"Human review: outside medical use, do not describe how to obtain or abuse it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":55},{"term":"甲基苯丙胺","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传可以提及，但不得描述获取、制作或吸食方法。","noteEn":"Human review: anti-drug campaigns may mention it, but must not describe how to obtain, make or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":59},{"term":"合成大麻素","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：合成大麻素类物质已整类列管，禁毒宣传可以提及，但不得描述获取或使用方法。","noteEn":"Human review: synthetic cannabinoids are controlled as a whole class; anti-drug campaigns may mention them, but must not describe how to obtain or use them.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":63},{"term":"大麻","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：大麻属毒品；工业大麻、大麻纤维等合法产业用语已列入允许短语。","noteEn":"Human review: cannabis is a drug; lawful industry terms such as industrial hemp and hemp fibre are already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["工业大麻","大麻纤维","大麻籽油","大麻烦","大麻花","大麻雀"],"line":67},{"term":"鸦片","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：禁毒宣传和历史叙述可以保留，但不得描述获取或吸食方法。","noteEn":"Human review: anti-drug campaigns and historical accounts may stay, but must not describe how to obtain or take it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":72},{"term":"笑气","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：笑气（一氧化二氮）滥用有害，禁毒宣传可以提及，但不得介绍购买渠道或吸食方法。","noteEn":"Human review: abusing laughing gas (nitrous oxide) is harmful; anti-drug campaigns may mention it, but must not describe where to buy it or how to inhale it.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":["笑气氛"],"line":76},{"term":"吸毒工具","rule":"law/prohibited-content","category":"drugs","severity":"warning","tier":"always","note":"需人工复核：不得介绍吸毒工具的获取或使用方法。","noteEn":"Human review: do not describe how to obtain or use drug paraphernalia.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":81},{"term":"制毒方法","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"传授制毒方法属违法信息，必须删除。","noteEn":"Teaching how to make drugs is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":85},{"term":"制毒配方","rule":"law/prohibited-content","category":"drugs","severity":"error","tier":"always","note":"传授制毒配方属违法信息，必须删除。","noteEn":"Teaching drug recipes is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项、第（十一）项；禁毒法","allow":[],"line":88}],"allow":[]}],["376d57903c42bd2eaffb5688409bef64232d63b2634951c8596b2c2e0481efab",{"entries":[{"term":"法轮功","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：宣扬邪教属违法信息；反邪教宣传可以点名，但须立场明确并与权威口径一致。","noteEn":"Human review: promoting a cult is illegal information; anti-cult campaigns may name it, with a clear stance consistent with the official position.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":12},{"term":"法轮大法","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：宣扬邪教属违法信息；反邪教宣传可以点名，但须立场明确并与权威口径一致。","noteEn":"Human review: promoting a cult is illegal information; anti-cult campaigns may name it, with a clear stance consistent with the official position.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":16},{"term":"全能神","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“全能神”是邪教组织；反邪教宣传可以点名。“全能神器”等营销词已列入允许短语。","noteEn":"Human review: 全能神 (Almighty God) is a cult; anti-cult campaigns may name it. Marketing words such as 全能神器 (all-round gadget) are already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（七）项","allow":["全能神器"],"line":20},{"term":"东方闪电","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“东方闪电”是邪教“全能神”的别名；反邪教宣传可以点名。","noteEn":"Human review: 东方闪电 (Eastern Lightning) is another name of the 全能神 cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":25},{"term":"观音法门","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“观音法门”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 观音法门 (Guanyin Famen) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":29},{"term":"呼喊派","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“呼喊派”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 呼喊派 (the Shouters) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":33},{"term":"被立王","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：“被立王”是邪教组织；反邪教宣传可以点名。","noteEn":"Human review: 被立王 (Beiliwang) is a cult; anti-cult campaigns may name it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":37},{"term":"转运符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":41},{"term":"招财符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":44},{"term":"桃花符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":47},{"term":"和合符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":50},{"term":"驱邪符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖符咒属宣扬封建迷信，不得发布。","noteEn":"Selling talismans promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":53},{"term":"开光法器","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍文物、工艺品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting cultural relics or crafts, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":56},{"term":"开光手串","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍饰品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting jewellery, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":59},{"term":"开光吊坠","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。介绍饰品请只写材质和工艺。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it. When presenting jewellery, describe only material and craftsmanship.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":62},{"term":"开光护身符","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖“开光”物品属宣扬封建迷信，不得发布。","noteEn":"Selling \\"consecrated\\" (开光) items promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":65},{"term":"驱邪化煞","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬驱邪化煞属封建迷信，不得发布。","noteEn":"Promoting exorcism and warding off evil is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":68},{"term":"化解血光之灾","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬化解灾祸属封建迷信，不得发布。","noteEn":"Promoting the averting of disasters is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":71},{"term":"改命转运","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"宣扬改命转运属封建迷信，不得发布。","noteEn":"Promoting changing one's fate or luck is feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":74},{"term":"在线算命","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"提供算命服务属宣扬封建迷信，不得发布。传统文化介绍请不要附带付费测算。","noteEn":"Offering fortune-telling services promotes feudal superstition; do not publish it. Do not attach paid readings to articles on traditional culture.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":77},{"term":"付费算命","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"提供算命服务属宣扬封建迷信，不得发布。","noteEn":"Offering fortune-telling services promotes feudal superstition; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":80},{"term":"风水化解","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"售卖风水化解服务属宣扬封建迷信，也是微信明确的过度营销类型，不得发布。","noteEn":"Selling feng shui remedies promotes feudal superstition and is also a type of excessive marketing WeChat names explicitly; do not publish it.","source":"网络信息内容生态治理规定第六条第（七）项","allow":[],"line":83},{"term":"劣等民族","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"煽动民族仇恨、民族歧视属违法信息，必须删除。","noteEn":"Inciting ethnic hatred or discrimination is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":86},{"term":"种族清洗","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：历史、国际新闻可以客观叙述，不得宣扬或美化。","noteEn":"Human review: history and international news may describe it objectively, but must not promote or glorify it.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":90},{"term":"黑鬼","rule":"law/prohibited-content","category":"ethnic-religious","severity":"error","tier":"always","note":"这是种族歧视性称呼，请删除或改为中性称呼。","noteEn":"This is a racist slur; delete it or use a neutral term.","source":"网络信息内容生态治理规定第六条第（六）项","allow":[],"line":95},{"term":"小日本","rule":"law/prohibited-content","category":"ethnic-religious","severity":"warning","tier":"always","note":"需人工复核：这是带有歧视色彩的称呼，请改为“日本”或具体指称。","noteEn":"Human review: this is a derogatory name; write \\"Japan\\" or name what is meant.","source":"网络信息内容生态治理规定第六条第（六）项、第七条第（六）项","allow":[],"line":99}],"allow":[]}],["11c8ae2511e2a0b94f1d062df3525579305e6b885a4345e374381661320e7c5f",{"entries":[{"term":"网络赌博","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"宣传或招揽网络赌博属违法信息。若是反赌宣传或案件通报，请明确立场并写清来源，提交人工复核。","noteEn":"Promoting or soliciting online gambling is illegal information. If this is an anti-gambling campaign or a case report, make the stance clear, state the source, and submit it for human review.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":12},{"term":"赌博网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得出现赌博网站的名称、网址或引流信息。反赌宣传请写“非法网站”，不要给出名称和链接。","noteEn":"Gambling sites must not be named, linked or advertised. Anti-gambling campaigns should say \\"illegal website\\" without giving its name or link.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":15},{"term":"赌博平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得为赌博平台引流或宣传。反诈、反赌宣传请写“非法平台”，不要给出名称、链接或联系方式。","noteEn":"Do not drive traffic to or promote gambling platforms. Anti-fraud and anti-gambling campaigns should say \\"illegal platform\\" without giving a name, link or contact.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":18},{"term":"赌博游戏","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得推广可充值、提现的赌博类游戏。如介绍的是普通休闲游戏，请删去“赌博”说法。","noteEn":"Do not promote gambling games that take top-ups and pay out cash. If this is an ordinary casual game, drop the word \\"gambling\\".","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":21},{"term":"赌博app","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得推广赌博类应用。反诈宣传请写“非法应用”，不要给出名称或下载方式。","noteEn":"Do not promote gambling apps. Anti-fraud campaigns should say \\"illegal app\\" without giving its name or how to download it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":24},{"term":"网上赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"网上赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":27},{"term":"线上赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"线上赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":30},{"term":"在线赌场","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"在线赌场属违法赌博。请删除相关内容。","noteEn":"An online casino is illegal gambling. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":33},{"term":"线上博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":36},{"term":"网络博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":39},{"term":"在线博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络博彩属违法赌博，不得宣传。请删除相关内容。","noteEn":"Online betting in mainland China is illegal gambling; do not promote it. Delete the content.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":42},{"term":"博彩网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得出现博彩网站名称、网址或引流信息。请删除。","noteEn":"Betting sites must not be named, linked or advertised. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":45},{"term":"博彩平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"不得为博彩平台引流或宣传。请删除。","noteEn":"Do not drive traffic to or promote betting platforms. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":48},{"term":"菠菜网站","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“菠菜”是博彩的谐音黑话，菠菜网站即赌博网站，不得宣传或引流。","noteEn":"菠菜 (\\"spinach\\") is slang punning on 博彩 (betting); a 菠菜 website is a gambling website. Do not promote it or drive traffic to it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":51},{"term":"菠菜平台","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“菠菜”是博彩的谐音黑话，菠菜平台即赌博平台，不得宣传或引流。","noteEn":"菠菜 (\\"spinach\\") is slang punning on 博彩 (betting); a 菠菜 platform is a gambling platform. Do not promote it or drive traffic to it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":54},{"term":"百家乐","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"百家乐是常见赌博玩法，推广、教学或引流均属违法信息。请删除。","noteEn":"Baccarat is a common gambling game; promoting it, teaching it or driving traffic to it is illegal information. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":57},{"term":"六合彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内销售、代买六合彩属私彩赌博。除新闻报道外请删除；报道请写明来源并提交人工复核。","noteEn":"Selling or buying Mark Six tickets for others in mainland China is illegal private lottery gambling. Delete it unless it is a news report; a report must state its source and go to human review.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":60},{"term":"地下六合彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"地下六合彩属非法私彩赌博，不得宣传。请删除。","noteEn":"Underground Mark Six is illegal private lottery gambling; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":63},{"term":"私彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"私彩即非法彩票赌博，不得宣传或代购。请删除。","noteEn":"A private lottery is illegal lottery gambling; do not promote it or buy tickets for others. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":66},{"term":"时时彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内网络销售的“时时彩”属非法彩票，不得宣传。请删除。","noteEn":"\\"Shishicai\\" sold online in mainland China is an illegal lottery; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":69},{"term":"幸运飞艇","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“幸运飞艇”是常见非法网络彩票玩法，不得宣传。请删除。","noteEn":"\\"Lucky Airship\\" is a common illegal online lottery game; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":72},{"term":"北京赛车pk10","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“北京赛车PK10”是常见非法网络彩票玩法，不得宣传。请删除。","noteEn":"\\"Beijing Racing PK10\\" is a common illegal online lottery game; do not promote it. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":75},{"term":"赌球","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"赌球属违法赌博，不得宣传或招揽。报道体育赛事请只写比赛本身。","noteEn":"Betting on football matches is illegal gambling; do not promote or solicit it. When covering sports, write only about the match itself.","source":"网络信息内容生态治理规定第六条第（九）项","allow":["打赌球"],"line":78},{"term":"足球博彩","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"境内足球博彩属违法赌博，不得宣传。合法体育彩票请写“体育彩票”并注明发行机构。","noteEn":"Football betting in mainland China is illegal gambling; do not promote it. For the lawful sports lottery, write \\"sports lottery\\" and name the issuer.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":82},{"term":"网上下注","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"招揽网上下注属赌博信息。请删除。","noteEn":"Soliciting online bets is gambling information. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":85},{"term":"真人荷官","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“真人荷官”是赌博网站的典型招揽用语。请删除。","noteEn":"\\"Live dealer\\" is typical solicitation wording of gambling sites. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":88},{"term":"在线发牌","rule":"law/prohibited-content","category":"gambling","severity":"error","tier":"always","note":"“在线发牌”是赌博网站的典型招揽用语。请删除。","noteEn":"\\"Online card dealing\\" is typical solicitation wording of gambling sites. Delete it.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":91},{"term":"赌场","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：介绍、推荐赌场或提供去赌场的信息不得发布；新闻、影视作品名等中性提及可以保留。","noteEn":"Human review: do not publish descriptions or recommendations of casinos, or information on going to one; neutral mentions in news or film titles may stay.","source":"网络信息内容生态治理规定第六条第（九）项","allow":["赌场风云","打赌场"],"line":94},{"term":"开设赌场","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：案件通报可以保留，但须写明信息来源，且不得描述赌场的位置、玩法或联系方式。","noteEn":"Human review: case reports may stay, but must state the source of the information and must not describe the casino's location, games or contacts.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":99},{"term":"博彩","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：境内博彩属违法赌博；澳门博彩业等中性新闻可以保留，但不得引流或推荐。","noteEn":"Human review: betting in mainland China is illegal gambling; neutral news such as on Macao's gaming industry may stay, but must not drive traffic or recommend.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":103},{"term":"老虎机","rule":"law/prohibited-content","category":"gambling","severity":"warning","tier":"always","note":"需人工复核：能兑换现金的老虎机属赌博机；游艺厅等不涉赌的介绍可以保留。","noteEn":"Human review: a slot machine that pays out cash is a gambling machine; descriptions of arcades that involve no gambling may stay.","source":"网络信息内容生态治理规定第六条第（九）项","allow":[],"line":107}],"allow":[]}],["df97a9d62a2561043f11a7d54602df3eebd3b2bee2e53ead8f55e58cfa96174b",{"entries":[{"term":"约炮","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情交友属违法信息，必须删除。","noteEn":"Soliciting sexual hook-ups is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":12},{"term":"裸聊","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"裸聊属色情信息，必须删除；反诈宣传请改写为“不雅视频敲诈”。","noteEn":"Nude chat is pornographic content and must be deleted; anti-fraud campaigns should say \\"sextortion with indecent videos\\" instead.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":15},{"term":"黄色网站","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得出现色情网站名称、网址或引流信息。","noteEn":"Pornographic websites must not be named, linked or advertised.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":18},{"term":"色情网站","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得给出名称、网址或引流信息。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not give names, web addresses or traffic-driving information.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":21},{"term":"成人网站","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得给出名称、网址或引流信息。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not give names, web addresses or traffic-driving information.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":25},{"term":"色情视频","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：普法、反诈宣传可以提及，但不得提供观看或获取方式。","noteEn":"Human review: legal-education and anti-fraud campaigns may mention it, but must not say how to watch or obtain it.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":29},{"term":"黄色视频","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得提供色情视频或其获取方式。","noteEn":"Do not offer pornographic videos or ways to obtain them.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":33},{"term":"成人视频","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得提供色情视频或其获取方式。","noteEn":"Human review: do not offer pornographic videos or ways to obtain them.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":36},{"term":"黄片","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"不得提供色情影片或其获取方式。中药“三黄片”已列入允许短语。","noteEn":"Do not offer pornographic films or ways to obtain them. The Chinese medicine 三黄片 (Sanhuang tablets) is already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":["姜黄片","大黄片","蛋黄片","硫黄片"],"line":40},{"term":"色情直播","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情直播属违法信息，必须删除。","noteEn":"Soliciting for pornographic live streams is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":44},{"term":"裸体直播","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情直播属违法信息，必须删除。","noteEn":"Soliciting for pornographic live streams is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":47},{"term":"援交","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽援交属色情交易信息，必须删除。","noteEn":"Soliciting \\"compensated dating\\" is information on sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":["援交通","援交警","援交流","援交付","援交接"],"line":50},{"term":"楼凤","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"“楼凤”是色情交易黑话，必须删除。","noteEn":"楼凤 is slang of the sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":54},{"term":"外围女","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"“外围女”是色情交易黑话，必须删除。","noteEn":"外围女 is slang of the sex trade and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":57},{"term":"小姐上门","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情上门服务属违法信息，必须删除。","noteEn":"Soliciting sexual services at home is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":60},{"term":"包夜服务","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"招揽色情服务属违法信息，必须删除。","noteEn":"Soliciting sexual services is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":63},{"term":"一夜情","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：招揽一夜情属色情信息；情感话题请避免使用此类词。","noteEn":"Human review: soliciting one-night stands is pornographic content; avoid such words in articles on relationships.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":66},{"term":"同城约会","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：“同城约会”常用于色情引流，请确认内容不涉及招揽交友。","noteEn":"Human review: \\"local dating\\" is often used to lure people to pornography; make sure the content does not solicit hook-ups.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":70},{"term":"卖淫","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明来源，不得渲染细节。","noteEn":"Human review: case reports may stay, but must state their source and not dwell on details.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":74},{"term":"嫖娼","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明来源，不得渲染细节。","noteEn":"Human review: case reports may stay, but must state their source and not dwell on details.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":78},{"term":"艳照","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得传播他人私密照片；新闻请客观叙述且不配图。","noteEn":"Human review: do not spread other people's intimate photos; news should be told objectively and without pictures.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":82},{"term":"裸照","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：不得传播他人私密照片；反诈宣传请写“私密照片”。","noteEn":"Human review: do not spread other people's intimate photos; anti-fraud campaigns should say \\"intimate photos\\".","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":86},{"term":"av女优","rule":"law/prohibited-content","category":"pornography","severity":"error","tier":"always","note":"色情从业者推广属色情信息，请删除。","noteEn":"Promoting sex workers is pornographic content; delete it.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（色情及色情擦边）","allow":[],"line":90},{"term":"走光","rule":"law/prohibited-content","category":"pornography","severity":"warning","tier":"always","note":"需人工复核：渲染“走光”属低俗擦边内容，请删除或改写。","noteEn":"Human review: playing up a \\"wardrobe malfunction\\" is vulgar borderline content; delete or rewrite it.","source":"网络信息内容生态治理规定第七条第（四）项","allow":["走光明"],"line":93}],"allow":[]}],["b91e5e76ee67dbdd163b3fff776a4e402a4f30bf4e38378758d6f4e3df5ff672",{"entries":[{"term":"紧急扩散","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源（如政府或官方机构发布），或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source (e.g. a government or official body), or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":12},{"term":"扩散周知","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":15},{"term":"转发周知","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":18},{"term":"紧急转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":21},{"term":"速速转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":24},{"term":"看到请转发","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":27},{"term":"赶紧转给","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":30},{"term":"转给身边的人","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"这是谣言的常见标记。请核实信息并写明权威来源，或删除。","noteEn":"This is a common mark of a rumour. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":33},{"term":"朋友圈疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":36},{"term":"微信群疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":39},{"term":"群里疯传","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"广为流传不等于属实。请核实信息并写明权威来源，或删除。","noteEn":"Widely shared is not the same as true. Check the information and cite an authoritative source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":42},{"pattern":"(?<![联上局域内外])网传(?:的|称|消息|视频|图片|截图|聊天记录|文件|通知|说法)","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"“网传”说明信息未经核实。请写明权威来源；若是辟谣，请同时给出官方结论和出处。","noteEn":"\\"Said online\\" (网传) means the information is unverified. Cite an authoritative source; if you are debunking it, give the official conclusion and where it was published.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":45},{"term":"据可靠消息","rule":"law/prohibited-content","category":"rumour","severity":"warning","tier":"always","note":"未说明来源的“可靠消息”无法核实。请写明具体来源，或删除。","noteEn":"\\"Reliable information\\" with no source cannot be checked. Name the specific source, or delete it.","source":"网络信息内容生态治理规定第六条第（八）项；微信公众平台运营规范（谣言类内容）","allow":[],"line":48}],"allow":[]}],["5368e3d639e82169148993dcc0408d656e05bb33b34e93e824e3b6e44518bd53",{"entries":[{"term":"颠覆国家政权","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动颠覆国家政权属违法信息；案件报道须引用权威来源并保持客观。","noteEn":"Human review: inciting subversion of state power is illegal information; case reports must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":13},{"term":"煽动颠覆","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动颠覆属违法信息；案件报道须引用权威来源并保持客观。","noteEn":"Human review: inciting subversion is illegal information; case reports must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":16},{"term":"推翻政府","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动推翻政府属违法信息；国际新闻须引用权威来源并保持客观。","noteEn":"Human review: inciting the overthrow of the government is illegal information; international news must cite authoritative sources and stay objective.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":19},{"term":"分裂国家","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：煽动分裂国家属违法信息；法律名称（反分裂国家法）已列入允许短语。","noteEn":"Human review: inciting secession is illegal information; the name of the law (Anti-Secession Law) is already in the allowed phrases.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":22},{"term":"台湾独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬“台独”属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting \\"Taiwan independence\\" is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":25},{"term":"西藏独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":28},{"term":"新疆独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":31},{"term":"香港独立","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：宣扬分裂属违法信息；新闻须引用权威来源。","noteEn":"Human review: promoting separatism is illegal information; news must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":34},{"term":"台独势力","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉及两岸关系的表述须与权威媒体口径一致。","noteEn":"Human review: wording on cross-Strait relations must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":37},{"term":"港独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉港表述须与权威媒体口径一致。","noteEn":"Human review: wording on Hong Kong must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":40},{"term":"藏独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉藏表述须与权威媒体口径一致。","noteEn":"Human review: wording on Tibet must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":43},{"term":"疆独分子","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉疆表述须与权威媒体口径一致。","noteEn":"Human review: wording on Xinjiang must match that of authoritative media.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":46},{"term":"泄露国家秘密","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：不得发布涉密信息；案件报道须引用权威来源。","noteEn":"Human review: do not publish classified information; case reports must cite authoritative sources.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":49},{"term":"绝密文件","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：不得发布任何涉密文件或其内容；影视作品名等中性用法可以保留。","noteEn":"Human review: do not publish any classified document or its content; neutral uses such as film titles may stay.","source":"网络信息内容生态治理规定第六条第（二）项","allow":[],"line":52},{"term":"辱华","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：涉及损害国家荣誉的事件须客观报道并引用权威来源，不得转载辱华内容本身。","noteEn":"Human review: events that harm national honour must be reported objectively with authoritative sources; do not reproduce the insulting content itself.","source":"网络信息内容生态治理规定第六条第（三）项","allow":[],"line":55},{"term":"歪曲英烈","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：歪曲、丑化英雄烈士事迹属违法信息；普法宣传可以保留。","noteEn":"Human review: distorting or smearing the deeds of heroes and martyrs is illegal information; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（四）项","allow":[],"line":59},{"term":"恶搞英烈","rule":"law/prohibited-content","category":"state-security","severity":"warning","tier":"always","note":"需人工复核：恶搞、亵渎英雄烈士属违法信息；普法宣传可以保留。","noteEn":"Human review: parodying or desecrating heroes and martyrs is illegal information; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（四）项","allow":[],"line":63}],"allow":[]}],["2881268b66d940763e1d8c5b8d8b0020693343b2ce25552c1d707451385ca379",{"entries":[{"term":"制作炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":12},{"term":"炸弹制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":15},{"term":"自制炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸装置制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosive devices is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":18},{"term":"燃烧瓶制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授燃烧瓶制作方法属违法信息，必须删除。","noteEn":"Teaching how to make incendiary bottles is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":21},{"term":"制作燃烧瓶","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授燃烧瓶制作方法属违法信息，必须删除。","noteEn":"Teaching how to make incendiary bottles is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":24},{"term":"爆炸物制作","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授爆炸物制作方法属违法信息，必须删除。","noteEn":"Teaching how to make explosives is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":27},{"term":"土制炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，须写明来源，不得描述制作方法。","noteEn":"Human review: news reports may stay, but must state their source and not describe how to make it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":30},{"term":"加入伊斯兰国","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":34},{"term":"伊斯兰国招募","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":37},{"term":"恐怖组织招募","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"宣扬、招募加入恐怖组织属违法信息，必须删除。","noteEn":"Promoting or recruiting for a terrorist organisation is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":40},{"term":"东伊运","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：“东伊运”是联合国认定的恐怖组织，新闻和反恐宣传可以客观提及，不得宣扬。","noteEn":"Human review: ETIM is a terrorist organisation listed by the UN; news and counter-terrorism campaigns may mention it objectively, but must not promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":43},{"term":"东突厥斯坦","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：这是分裂势力的用语，新闻和反恐宣传可以客观提及，不得宣扬。","noteEn":"Human review: this is wording of separatist forces; news and counter-terrorism campaigns may mention it objectively, but must not promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":47},{"term":"发动圣战","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"煽动“圣战”属宣扬极端主义，必须删除。","noteEn":"Inciting \\"jihad\\" promotes extremism and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":51},{"term":"圣战士","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：宣扬“圣战”属极端主义；游戏、影视名称等中性用法可以保留。","noteEn":"Human review: promoting \\"jihad\\" is extremism; neutral uses such as game or film titles may stay.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":54},{"term":"人体炸弹","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，不得美化或宣扬。","noteEn":"Human review: news reports may stay, but must not glorify or promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":58},{"term":"自杀式袭击","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：新闻报道可以保留，不得美化或宣扬。","noteEn":"Human review: news reports may stay, but must not glorify or promote it.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":62},{"term":"暴恐视频","rule":"law/prohibited-content","category":"terrorism","severity":"warning","tier":"always","note":"需人工复核：不得传播暴恐视频或其截图、链接；普法宣传可以提及。","noteEn":"Human review: do not spread violent terrorist videos or their screenshots or links; legal-education content may mention them.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":66},{"term":"恐怖袭击教程","rule":"law/prohibited-content","category":"terrorism","severity":"error","tier":"always","note":"传授恐怖袭击方法属违法信息，必须删除。","noteEn":"Teaching methods of terrorist attack is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（五）项；反恐怖主义法","allow":[],"line":70}],"allow":[]}],["8370f2b9abf7d0d26f0aac41ed1d11e636e5c7cbad39f6709f12f09d8008bbaa",{"entries":[{"pattern":"(?:出售|求购|代购|批发|转让|低价出|货到付款)\\\\s*(?:枪支|手枪|气枪|猎枪|仿真枪|钢珠枪|弩箭|弓弩|管制刀具|雷管|炸药|子弹|枪支弹药)","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"买卖枪支、弹药、爆炸物和管制器具属违法信息，必须删除。","noteEn":"Trading guns, ammunition, explosives or controlled weapons is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":12},{"pattern":"(?:枪支|手枪|气枪|猎枪|仿真枪|钢珠枪|弩箭|弓弩|管制刀具|雷管|炸药|子弹|枪支弹药)\\\\s*(?:出售|求购|批发|转让|货到付款|包邮|专卖|有货)","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"买卖枪支、弹药、爆炸物和管制器具属违法信息，必须删除。","noteEn":"Trading guns, ammunition, explosives or controlled weapons is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":15},{"term":"枪支出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"出售枪支属违法信息，必须删除。","noteEn":"Selling guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":18},{"term":"仿真枪出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"达到枪支认定标准的仿真枪不得买卖；出售仿真枪的信息必须删除。","noteEn":"Replica guns that meet the legal standard of a gun may not be traded; information on selling them must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":21},{"term":"管制刀具出售","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"出售管制刀具属违法信息，必须删除。","noteEn":"Selling controlled knives is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":24},{"term":"自制枪支","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授自制枪支属违法信息，必须删除。","noteEn":"Teaching how to make guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":27},{"term":"枪支图纸","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播枪支图纸属违法信息，必须删除。","noteEn":"Spreading gun blueprints is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":30},{"term":"3d打印枪","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播 3D 打印枪支的方法或图纸属违法信息，必须删除。","noteEn":"Spreading methods or blueprints for 3D-printed guns is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":33},{"term":"炸药配方","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授炸药配方属违法信息，必须删除。","noteEn":"Teaching explosive recipes is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":36},{"term":"自制炸药","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授自制炸药属违法信息，必须删除。","noteEn":"Teaching how to make explosives at home is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":39},{"term":"买凶杀人","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"教唆、招揽雇凶属违法信息，必须删除；案件报道请写明来源并提交人工复核。","noteEn":"Abetting or soliciting contract killing is illegal information and must be deleted; case reports must state their source and go to human review.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":42},{"term":"雇凶杀人","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：案件报道可以保留，须写明信息来源，不得渲染作案细节。","noteEn":"Human review: case reports may stay, but must state the source of the information and not dwell on how the crime was done.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":45},{"term":"杀人教程","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传授杀人方法属违法信息，必须删除。","noteEn":"Teaching how to kill is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":49},{"term":"斩首视频","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播斩首等血腥暴力视频属违法信息，必须删除。","noteEn":"Spreading beheading and other gory violent videos is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":52},{"term":"虐杀视频","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播虐杀视频属违法信息，必须删除。","noteEn":"Spreading videos of torture killings is illegal information and must be deleted.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":55},{"term":"自杀方法","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播自杀方法可能诱发模仿，必须删除；涉及心理健康的内容请附上心理援助热线。","noteEn":"Spreading suicide methods can prompt imitation and must be deleted; content on mental health should give a crisis hotline.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":58},{"term":"割腕教程","rule":"law/prohibited-content","category":"violence","severity":"error","tier":"always","note":"传播自残方法可能诱发模仿，必须删除；涉及心理健康的内容请附上心理援助热线。","noteEn":"Spreading self-harm methods can prompt imitation and must be deleted; content on mental health should give a crisis hotline.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":61},{"term":"报复社会","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：不得煽动报复社会；案件报道请客观陈述并写明来源。","noteEn":"Human review: do not incite revenge on society; case reports should state facts objectively and give their source.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":64},{"term":"人肉搜索","rule":"law/prohibited-content","category":"violence","severity":"warning","tier":"always","note":"需人工复核：组织人肉搜索、公开他人隐私属网络暴力，网络信息内容生态治理规定明确禁止；普法宣传可以保留。","noteEn":"Human review: organising doxxing (human flesh search) and exposing others' privacy is online violence, expressly prohibited by the Provisions on the Governance of the Online Information Content Ecosystem; legal-education content may stay.","source":"网络信息内容生态治理规定第六条第（九）项；微信公众平台运营规范（暴力内容）","allow":[],"line":68}],"allow":[]}]]`));

// src/lexicon/pattern-safety.ts
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
  const { backtrackingRisk } = await import("./regex-safety-DLFT4KL7.js");
  return backtrackingRisk;
}
function shippedLexicon(text) {
  const shipped = SHIPPED_LEXICONS.get(digestOf(text));
  return shipped && { entries: shipped.entries.map((e) => ({ ...e, file: "" })), allow: shipped.allow };
}

// src/config/lexicon-file.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var SEVERITIES = ["error", "warning", "info"];
var FILE_KEYS = ["rule", "category", "severity", "tier", "source", "entries", "allow"];
var ENTRY_KEYS = ["term", "pattern", "note", "note_en", "category", "severity", "tier", "source", "allow"];
var ALLOW_KEYS = ["term", "note"];
var RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
var CATEGORY = /^[a-z][a-z0-9-]*$/;
var HAN = new RegExp("\\p{Script=Han}", "u");
function loadLexicons(dir, safety, known = () => void 0) {
  const entries = [];
  const allow = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yml")).sort()) {
    const file = join(dir, name);
    if (statSync(file).size > MAX_FILE_BYTES) throw tooLarge(file);
    const text = readFileSync(file, "utf8");
    const shipped = known(text);
    const parsed = shipped ? { entries: shipped.entries.map((e) => ({ ...e, file })), allow: shipped.allow } : parseLexicon(file, text, safety);
    entries.push(...parsed.entries);
    allow.push(...parsed.allow);
  }
  return compileLexicon(entries, allow);
}
function parseLexicon(file, yamlText, safety) {
  if (Buffer.byteLength(yamlText) > MAX_FILE_BYTES) throw tooLarge(file);
  const parsed = parseYaml(yamlText);
  if (!parsed.ok) {
    const message = parsed.message === ALIASES_NOT_ALLOWED ? parsed.message : `is not valid YAML: ${parsed.message}`;
    throw new ConfigurationError(message, { file, line: parsed.line });
  }
  const check = new FieldCheck(file, parsed, safety);
  const root = parsed.value ?? {};
  if (!isMapping(root)) return check.fail([], "a lexicon must be a mapping of rule, entries, allow");
  check.keys(root, [], FILE_KEYS);
  const defaults = {
    rule: check.string(root, ["rule"]),
    category: check.category(root, []),
    severity: check.severity(root, []),
    tier: check.tier(root, []),
    source: check.string(root, ["source"])
  };
  if (defaults.rule !== void 0 && !RULE_ID.test(defaults.rule)) {
    check.fail(["rule"], "must be a rule id like law/prohibited-content");
  }
  const rawEntries = check.list(root, ["entries"], "must be a list");
  if (rawEntries.length > 0 && defaults.rule === void 0) {
    check.fail([], "is required when there are entries", "rule");
  }
  const entries = rawEntries.map((raw, i) => parseEntry(check, raw, ["entries", i], defaults));
  const rawAllow = check.list(root, ["allow"], "must be a list");
  const allow = rawAllow.map((raw, i) => parseAllowPhrase(check, raw, ["allow", i]));
  return { entries, allow };
}
function parseEntry(check, raw, at, defaults) {
  const line = check.doc.lineOf(at);
  if (!isMapping(raw)) return check.fail(at, "must be a mapping with term (or pattern) and note");
  check.keys(raw, at, ENTRY_KEYS);
  const term = check.string(raw, [...at, "term"]);
  const pattern = check.string(raw, [...at, "pattern"]);
  if (term !== void 0 && pattern !== void 0) check.fail(at, "has both term and pattern; use one");
  if (term !== void 0) check.term(term, [...at, "term"]);
  const regex = pattern === void 0 ? void 0 : check.pattern(pattern, [...at, "pattern"]);
  if (term === void 0 && regex === void 0) return check.fail(at, "needs a term or a pattern");
  const note = check.string(raw, [...at, "note"]);
  if (note === void 0) {
    return check.fail(at, "is required: say why this is a problem and what to write instead", "note");
  }
  if (!HAN.test(note)) check.fail([...at, "note"], "must be written in Chinese: it is shown to authors");
  const noteEn = check.string(raw, [...at, "note_en"])?.trim();
  if (noteEn !== void 0 && !/[A-Za-z]/.test(noteEn))
    check.fail([...at, "note_en"], "must be the note in English");
  const category = check.category(raw, at) ?? defaults.category;
  if (category === void 0) return check.fail(at, "is required (here or as the file default)", "category");
  const source = check.string(raw, [...at, "source"]) ?? defaults.source;
  if (source === void 0) return check.fail(at, "is required (here or as the file default)", "source");
  const contexts = check.list(raw, [...at, "allow"], "must be a list of phrases");
  const allow = contexts.map((context, k) => {
    const where = [...at, "allow", k];
    const folded = typeof context === "string" ? foldTerm(context.trim()) : "";
    if (folded === "") return check.fail(where, "must be a non-empty phrase");
    if (regex ? !regex.test(folded) : !folded.includes(foldTerm(term.trim()))) {
      check.fail(where, `must contain the entry's ${regex ? "pattern" : `term "${term}"`}`);
    }
    return context.trim();
  });
  return {
    ...regex ? { pattern } : { term: term.trim() },
    rule: defaults.rule,
    category,
    severity: check.severity(raw, at) ?? defaults.severity ?? "error",
    tier: check.tier(raw, at) ?? defaults.tier ?? "always",
    note: note.trim(),
    ...noteEn ? { noteEn } : {},
    source: source.trim(),
    allow,
    file: check.file,
    line
  };
}
function parseAllowPhrase(check, raw, at) {
  if (!isMapping(raw)) return check.fail(at, "must be a mapping with term and note");
  check.keys(raw, at, ALLOW_KEYS);
  const term = check.string(raw, [...at, "term"]);
  if (term === void 0) return check.fail(at, "is required", "term");
  check.term(term, [...at, "term"]);
  const note = check.string(raw, [...at, "note"]);
  if (note === void 0) return check.fail(at, "is required: say why this phrase is fine", "note");
  return { term: term.trim(), note: note.trim() };
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
  /** Fails at the line of `path`; `missing` names a field under it that is absent (so has no line of its own). */
  fail(path, message, missing) {
    const field = missing === void 0 ? fieldOf(path) : fieldOf([...path, missing]);
    throw new ConfigurationError(message, {
      file: this.file,
      line: this.doc.lineOf(path),
      ...field === "" ? {} : { field }
    });
  }
  keys(value, at, allowed) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail([...at, key], `unknown key; allowed: ${allowed.join(", ")}`);
    }
  }
  /** The string at `path` (its last part is a key of `value`). */
  string(value, path) {
    const v = value[path.at(-1)];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string") return this.fail(path, "must be a string");
    if (v.trim() === "") return this.fail(path, "must not be empty");
    return v;
  }
  list(value, path, message) {
    const v = value[path.at(-1)] ?? [];
    if (!Array.isArray(v)) return this.fail(path, message);
    return v;
  }
  severity(value, at) {
    return this.oneOf(value, [...at, "severity"], SEVERITIES);
  }
  tier(value, at) {
    return this.oneOf(value, [...at, "tier"], TIERS);
  }
  oneOf(value, path, allowed) {
    const v = value[path.at(-1)];
    if (v === void 0 || v === null) return void 0;
    if (!allowed.includes(v)) this.fail(path, `must be one of ${allowed.join(", ")}`);
    return v;
  }
  category(value, at) {
    const path = [...at, "category"];
    const v = this.string(value, path);
    if (v !== void 0 && !CATEGORY.test(v)) {
      this.fail(path, 'must be lower-case words joined by "-", e.g. gambling');
    }
    return v;
  }
  term(term, path) {
    const folded = foldTerm(term.trim());
    if (folded === "") this.fail(path, "must not be empty");
    if ([...folded].length < 2) {
      this.fail(path, "must be at least 2 characters: single characters match everyday words");
    }
  }
  /**
   * Patterns run on folded text with our flags ('giu': case does not matter), so a traditional or full-width
   * character in a pattern could never match; and a pattern that matches empty text would report empty spans.
   */
  pattern(pattern, path) {
    let regex;
    try {
      regex = new RegExp(pattern, PATTERN_FLAGS);
    } catch (error) {
      return this.fail(path, `is not a valid regular expression: ${error.message}`);
    }
    const risk = this.safety(pattern, PATTERN_FLAGS);
    if (risk) {
      this.fail(
        path,
        `could take minutes on some texts (${risk}); bound the repetition (e.g. [^。]{0,20}) or factor out what the alternatives share`
      );
    }
    if (regex.test("")) this.fail(path, "must not match empty text");
    for (const unit of pattern) {
      const folded = foldTerm(unit);
      if (unit.charCodeAt(0) >= 128 && folded !== unit) {
        const hint = folded ? `, write "${folded}"` : "";
        this.fail(path, `must be written as folded text: "${unit}" never occurs after folding${hint}`);
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

// src/config/load.ts
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
    policy.accounts = [...registry.accounts.keys()];
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
  const lexicon = existsSync(lexiconDir) ? loadLexicons(lexiconDir, safety, shippedLexicon) : compileLexicon([], []);
  checkLexiconRules(lexicon, rules);
  return { policy, lexicon };
}
function checkLexiconRules(lexicon, rules) {
  const ids = rules.map((r) => r.meta.id);
  const entry = lexicon.entries.find((e) => !ids.includes(e.rule));
  if (!entry) return;
  const guess = didYouMean(entry.rule, ids);
  const parsed = parseYaml(readFileSync2(entry.file, "utf8"));
  throw new ConfigurationError(
    `no rule "${entry.rule}"${guess ? ` (did you mean ${guess}?)` : ""}: its entries would match nothing; run \`wxgate rules\` to list the rules`,
    { file: entry.file, line: parsed.ok ? parsed.lineOf(["rule"]) : 1, field: "rule" }
  );
}

export {
  loadPolicies
};
