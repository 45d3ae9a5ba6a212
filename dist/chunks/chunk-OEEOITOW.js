#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  decodeNamedCharacterReference
} from "./chunk-2RFUJMZD.js";

// src/article/prose.ts
var READER_PROSE = /* @__PURE__ */ new Set([
  "paragraph",
  "heading",
  "tableCell",
  "html",
  "imageAlt",
  "linkTitle",
  "title",
  "digest"
]);
var SegmentBuilder = class {
  /** The text so far, as the values appended whole (joined once in build: no string per character). */
  parts = [];
  map = [];
  verbatim = [];
  links = [];
  end = 0;
  get length() {
    return this.map.length;
  }
  /** Appends `value`, aligned against `source` starting at `sourceStart`. */
  appendAligned(value, source, sourceStart, sourceEnd) {
    this.parts.push(value);
    let j = sourceStart;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (j < sourceEnd && source.charCodeAt(j) === c && c !== BACKSLASH && c !== AMPERSAND) {
        this.mapTo(j);
        j++;
        continue;
      }
      const at = alignOne(value[i], source, j, sourceEnd);
      if (at === -1) {
        this.mapTo(Math.min(j, sourceEnd));
        continue;
      }
      this.mapTo(at.start);
      j = at.next;
    }
    this.end = Math.max(this.end, Math.min(j, sourceEnd));
  }
  push(ch, offset) {
    this.parts.push(ch);
    this.mapTo(offset);
  }
  mapTo(offset) {
    this.map.push(offset);
    this.end = Math.max(this.end, offset + 1);
  }
  build(kind, quoted, endOffset) {
    const offsets = new Int32Array(this.map.length + 1);
    offsets.set(this.map);
    offsets[this.map.length] = endOffset ?? this.end;
    return { kind, text: this.parts.join(""), offsets, verbatim: this.verbatim, links: this.links, quoted };
  }
};
var BACKSLASH = 92;
var AMPERSAND = 38;
function alignOne(ch, source, j, end) {
  for (let k = j; k < end; k++) {
    const s = source[k];
    if (s === "\\" && source[k + 1] === ch && ASCII_PUNCTUATION.includes(ch))
      return { start: k, next: k + 2 };
    if (s === "&") {
      const ref = /^&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
        source.slice(k, k + 40)
      );
      if (ref) {
        const decoded = decodeReference(ref[1]);
        if (decoded?.startsWith(ch)) return { start: k, next: k + ref[0].length };
      }
    }
    if (s === ch) return { start: k, next: k + 1 };
    if (!isSkippable(s)) return -1;
  }
  return -1;
}
var ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function isAutolinkText(text, url) {
  return url === text || url === `mailto:${text}` || url === `http://${text}` || /^(https?:|www\.|mailto:)/i.test(text);
}
function isSkippable(s) {
  return " 	\n\r>*_`~[]()!#|<-+.:".includes(s);
}
function decodeReference(body) {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : void 0;
  }
  const named = decodeNamedCharacterReference(body);
  return named === false ? void 0 : named;
}
function collectSegments(tree, source) {
  const segments = [];
  const block = (node, kind, quoted, depth) => {
    const b = new SegmentBuilder();
    for (const child of node.children) inline(child, b, quoted);
    if (b.length === 0) return;
    const segment = b.build(kind, quoted, node.position?.end.offset);
    if (depth !== void 0) segment.depth = depth;
    segments.push(segment);
  };
  const inline = (node, b, quoted) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case "text":
        if (start !== void 0 && end !== void 0) b.appendAligned(node.value, source, start, end);
        return;
      case "inlineCode":
        if (start !== void 0 && end !== void 0) {
          const from = b.length;
          b.appendAligned(node.value, source, start, end);
          b.verbatim.push([from, b.length]);
        }
        return;
      case "break":
        if (start !== void 0) b.push("\n", start);
        return;
      case "image":
        if (node.alt && start !== void 0 && end !== void 0) {
          const alt = new SegmentBuilder();
          alt.appendAligned(node.alt, source, start + 2, end);
          segments.push(alt.build("imageAlt", quoted));
        }
        if (node.title) titleSegment(node.title, start, end, quoted);
        return;
      case "link": {
        const from = b.length;
        for (const child of node.children) inline(child, b, quoted);
        const only = node.children.length === 1 ? node.children[0] : void 0;
        if (only?.type === "text" && isAutolinkText(only.value, node.url)) b.verbatim.push([from, b.length]);
        else if (b.length > from) b.links.push([from, b.length]);
        if (node.title) titleSegment(node.title, start, end, quoted);
        return;
      }
      case "emphasis":
      case "strong":
      case "delete":
      case "linkReference":
        for (const child of node.children) inline(child, b, quoted);
        return;
      default:
        return;
    }
  };
  const titleSegment = (title, start, end, quoted) => {
    if (start === void 0 || end === void 0) return;
    const slice = source.slice(start, end);
    const at = slice.lastIndexOf(title.slice(0, 1), slice.length - title.length);
    const b = new SegmentBuilder();
    b.appendAligned(title, source, start + Math.max(at, 0), end);
    segments.push(b.build("linkTitle", quoted));
  };
  const visit2 = (node, quoted) => {
    switch (node.type) {
      case "paragraph":
        block(node, "paragraph", quoted);
        return;
      case "heading":
        block(node, "heading", quoted, node.depth);
        return;
      case "tableCell":
        block(node, "tableCell", quoted);
        return;
      case "html":
        htmlSegment(node.value, node.position?.start.offset, node.position?.end.offset, quoted);
        return;
      case "code":
        if (node.position) {
          const b = new SegmentBuilder();
          const start = node.position.start.offset ?? 0;
          const end = node.position.end.offset ?? start;
          const fenceEnd = source.indexOf("\n", start);
          b.appendAligned(node.value, source, fenceEnd === -1 ? start : fenceEnd + 1, end);
          const segment = b.build("code", quoted);
          segment.verbatim.push([0, segment.text.length]);
          segments.push(segment);
        }
        return;
      case "blockquote":
        for (const child of node.children) visit2(child, true);
        return;
      default:
        if ("children" in node) for (const child of node.children) visit2(child, quoted);
    }
  };
  const htmlSegment = (value, start, end, quoted) => {
    if (start === void 0 || end === void 0 || value.startsWith("<!--")) return;
    const b = new SegmentBuilder();
    const slice = source.slice(start, end);
    const hidden = [...slice.matchAll(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi)].map((m) => [
      m.index,
      m.index + m[0].length
    ]);
    let inTag = false;
    for (let i = 0; i < slice.length; i++) {
      const ch = slice[i];
      const skip = hidden.find(([a, z]) => i >= a && i < z);
      if (skip) {
        i = skip[1] - 1;
        continue;
      }
      if (ch === "<") inTag = true;
      else if (ch === ">" && inTag) inTag = false;
      else if (!inTag) b.push(ch, start + i);
    }
    const segment = b.build("html", quoted, end);
    if (segment.text.trim() !== "") segments.push(segment);
  };
  visit2(tree, false);
  return segments;
}

// src/article/tree.ts
function walk(node, visit2) {
  visit2(node);
  if ("children" in node) for (const child of node.children) walk(child, visit2);
}
function nodeSpan(node) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === void 0 || end === void 0 ? void 0 : { start, end };
}
var NodeIndex = class {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  all;
  byType = /* @__PURE__ */ new Map();
  /** The nodes of these types, in document order. */
  ofType(...types) {
    const key = types.length === 1 ? types[0] : types.join(" ");
    let found = this.byType.get(key);
    if (!found) {
      const wanted = new Set(types);
      found = this.inOrder().filter((node) => wanted.has(node.type));
      this.byType.set(key, found);
    }
    return found;
  }
  inOrder() {
    if (!this.all) {
      const all = [];
      walk(this.tree, (node) => {
        all.push(node);
      });
      this.all = all;
    }
    return this.all;
  }
};

// node_modules/devlop/lib/default.js
function ok() {
}

// src/article/zh-nlcst.ts
var TERMINATORS = /* @__PURE__ */ new Set(["。", "！", "？", "；", "!", "?", ";", "…", "\n"]);
var CLOSERS = /* @__PURE__ */ new Set(["”", "’", "」", "』", "）", ")", "】", "》", "〉", '"', "'"]);
function sentenceRanges(text) {
  const ranges = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]))) end++;
    push(ranges, text, start, end);
    start = end;
    i = end;
  }
  push(ranges, text, start, text.length);
  return ranges;
}
function push(ranges, text, start, end) {
  let from = start;
  while (from < end && /\s/.test(text[from])) from++;
  if (from < end) ranges.push([from, end]);
}
var segmenter;
function sentenceAt(text, start, end, lines = new LinePoints(text)) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const children = [];
  for (const part of segmenter.segment(text.slice(start, end))) {
    const from = start + part.index;
    const to = from + part.segment.length;
    const position = { start: lines.point(from), end: lines.point(to) };
    const value = part.segment;
    if (part.isWordLike) {
      children.push({
        type: "WordNode",
        children: [{ type: "TextNode", value, position }],
        position
      });
    } else if (/^\s+$/.test(value)) {
      children.push({ type: "WhiteSpaceNode", value, position });
    } else if (new RegExp("^\\p{P}+$", "u").test(value)) {
      children.push({ type: "PunctuationNode", value, position });
    } else {
      children.push({ type: "SymbolNode", value, position });
    }
  }
  return { type: "SentenceNode", children, position: { start: lines.point(start), end: lines.point(end) } };
}
var LinePoints = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  point(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }
};

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index = source.indexOf(character);
  while (index !== -1) {
    count++;
    index = source.indexOf(character, index + character.length);
  }
  return count;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index = -1;
  while (++index < tests.length) {
    checks[index] = convert(tests[index]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index2 = -1;
    while (++index2 < checks.length) {
      if (checks[index2].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all);
  function all(node) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node) {
    return node && node.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index === "number" ? index : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node, index, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node && typeof node === "object" ? node : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node, index, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node, parents, index));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node && node.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node, parents, index) {
    return visitor(node, index, parents[parents.length - 1]);
  }
}

export {
  asciiAlpha,
  asciiAlphanumeric,
  asciiAtext,
  asciiControl,
  asciiDigit,
  asciiHexDigit,
  asciiPunctuation,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
  unicodePunctuation,
  unicodeWhitespace,
  ok,
  ccount,
  convert,
  SKIP,
  visitParents,
  READER_PROSE,
  SegmentBuilder,
  collectSegments,
  sentenceRanges,
  sentenceAt,
  visit,
  nodeSpan,
  NodeIndex
};
