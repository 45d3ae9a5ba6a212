import yaml from 'js-yaml';

/**
 * The one YAML reader: every policy file (wxgate.yml, accounts.yml, lexicons, themes, scenarios), front matter,
 * ledger records and audit checkpoints go through it.
 *
 * YAML as data only. The schema is YAML 1.2's core schema: `true`/`false`, `null`, numbers and strings, nothing
 * else — `yes`, `no` and `on` stay words (a lexicon term `yes` is the word), a date or time stays the text written
 * (front matter and policies parse times themselves, in the policy's zone), no custom tags, no `<<` merges. In
 * js-yaml 4 the core and JSON schemas are one and the same object, so lexicons (read with JSON_SCHEMA before) and
 * every other file (CORE_SCHEMA) read exactly as they did. No anchors or aliases either: an alias bomb ("billion
 * laughs") would make every later walk over the value explode, so the first anchor fails the parse at its line,
 * before any alias can be expanded.
 *
 * Every mapping key and list item keeps the place it was written (js-yaml's parse listener), so an error can name
 * the exact line of the field at fault: in flow style (`{severity: erorr}`), in a key that appears at two depths,
 * in a file of any size (one pass over the nodes, and each lookup is a map access).
 */
export type YamlPath = readonly (string | number)[];

export interface YamlDocument {
  value: unknown;
  /**
   * 1-based line of the key (or list item) at `path`, e.g. `['rules', 'law/x', 'severity']` or `['entries', 3]`.
   * When the path goes further than the data, the line of the deepest part that exists; of the document's first
   * token when not even its first part does (line 1 for a document that is not a mapping or a list): an error
   * always has a line to point at.
   */
  lineOf(path: YamlPath): number;
}

/** A path as error messages name the field: `entries[3].term`, `approvals.rules[0].owners`. */
export function fieldOf(path: YamlPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export type YamlResult = ({ ok: true } & YamlDocument) | { ok: false; line: number; message: string };

export const ALIASES_NOT_ALLOWED = 'anchors and aliases (&name, *name) are not allowed';

export function parseYaml(text: string): YamlResult {
  const starts: number[] = [];
  let value: unknown;
  try {
    value = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') starts.push(state.position);
        else {
          const start = starts.pop()!;
          if ((state as unknown as ParserState).anchor) throw new AnchorFound(start);
        }
      },
    });
  } catch (error) {
    if (error instanceof AnchorFound)
      return { ok: false, line: lineCounter(text)(error.position), message: ALIASES_NOT_ALLOWED };
    if (error instanceof yaml.YAMLException) {
      // An error "at the end of the stream" points past the last line; the author's mistake is on the last one.
      const lastLine = text.replace(/\n+$/, '').split('\n').length;
      const line = Math.min((error.mark?.line ?? 0) + 1, lastLine);
      return { ok: false, line, message: error.reason || error.message };
    }
    throw error;
  }
  // Recording every node's place doubles the time of a parse, and most readers (front matter, ledger records)
  // never ask for a line: the places are read on the first question, by a second parse of the same text.
  let lineOf: ((path: YamlPath) => number) | undefined;
  return {
    ok: true,
    value,
    lineOf(path) {
      lineOf ??= placesOf(text);
      return lineOf(path);
    },
  };
}

/** Parses text known to be valid again, recording where every key and item starts; answers `lineOf`. */
function placesOf(text: string): (path: YamlPath) => number {
  const lineAt = lineCounter(text);
  const places = new WeakMap<object, Place>();
  const open: Opened[] = [];
  const value: unknown = yaml.load(text, {
    schema: yaml.CORE_SCHEMA,
    listener(event, state) {
      if (event === 'open') {
        open.push({ start: state.position, children: [] });
        return;
      }
      let node = open.pop()!;
      // js-yaml sometimes wraps a node in a second one with the same result: keep the inner, exact place.
      const only = node.children[0];
      if (only && node.children.length === 1 && only.value === state.result) {
        node = { start: only.start, children: places.get(only.value as object)?.children ?? [] };
      }
      if (typeof state.result === 'object' && state.result !== null) {
        places.set(state.result, placeOf(state.result, node));
      }
      open.at(-1)?.children.push({ value: state.result, start: node.start });
    },
  });
  return (path) => {
    let node = value;
    // The document itself starts at its first token, after any comment heading the file.
    let line = typeof value === 'object' && value !== null ? lineAt(0) : 1;
    for (const part of path) {
      const place = typeof node === 'object' && node !== null ? places.get(node) : undefined;
      const child = place?.byKey.get(String(part));
      if (!child) break;
      line = lineAt(child.start);
      node = child.value;
    }
    return line;
  };
}

/** A node being read: where it starts and, in order, what was read inside it. */
interface Opened {
  start: number;
  children: Child[];
}

interface Child {
  value: unknown;
  start: number;
}

/**
 * Where the keys of a mapping (or the items of a list, by index) start, and what each leads to. `children` is kept
 * for the wrapper js-yaml sometimes puts around a node (see the listener).
 */
interface Place {
  children: Child[];
  byKey: Map<string, Child>;
}

function placeOf(result: object, node: Opened): Place {
  const byKey = new Map<string, Child>();
  const { children } = node;
  if (Array.isArray(result)) {
    for (const [i, child] of children.entries()) byKey.set(String(i), child);
    return { children, byKey };
  }
  // Children alternate key, value; a key written without a value (`{a, b: 1}`) has no value node, so each pair
  // is checked against the mapping itself before it is taken as one.
  const mapping = result as Record<string, unknown>;
  for (let i = 0; i < children.length; ) {
    const key = String(children[i]!.value);
    const next = children[i + 1];
    const paired = next !== undefined && Object.hasOwn(mapping, key) && mapping[key] === next.value;
    if (Object.hasOwn(mapping, key) && !byKey.has(key)) {
      byKey.set(key, { start: children[i]!.start, value: paired ? next.value : mapping[key] });
    }
    i += paired ? 2 : 1;
  }
  return { children, byKey };
}

/** js-yaml's parser state as the listener sees it (the typings omit `anchor`). */
interface ParserState {
  position: number;
  result: unknown;
  anchor?: string | null;
}

class AnchorFound extends Error {
  constructor(readonly position: number) {
    super(ALIASES_NOT_ALLOWED);
  }
}

/** 1-based line of the first token at or after `position` (skipping blanks, comments and list dashes). */
function lineCounter(text: string): (position: number) => number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (position) => {
    let p = position;
    while (p < text.length) {
      const c = text[p]!;
      if (c === '#') while (p < text.length && text[p] !== '\n') p++;
      else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '-') p++;
      else break;
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= Math.min(p, text.length)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
