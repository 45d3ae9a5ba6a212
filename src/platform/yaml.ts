import yaml from 'js-yaml';
import { escapeRegExp } from '../text/escape.js';

/**
 * YAML as data only: the core schema (no timestamps, no custom tags, no `<<` merges), and no anchors or aliases,
 * because an alias bomb ("billion laughs") would make every later walk over the value explode.
 */
export type YamlResult = { ok: true; value: unknown } | { ok: false; line: number; message: string };

export function parseYaml(text: string): YamlResult {
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // An error "at the end of the stream" points past the last line; the author's mistake is on the last one.
      const lastLine = text.replace(/\n+$/, '').split('\n').length;
      const line = Math.min((error.mark?.line ?? 0) + 1, lastLine);
      return { ok: false, line, message: error.reason || error.message };
    }
    throw error;
  }
  const alias = findSharedReference(value);
  if (alias)
    return {
      ok: false,
      line: aliasLine(text),
      message: 'anchors and aliases (&name, *name) are not allowed',
    };
  return { ok: true, value };
}

/** An object reached twice is an alias; stops at the first one, so even an alias bomb costs one short walk. */
function findSharedReference(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return true;
    seen.add(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return false;
}

function aliasLine(text: string): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /(^|[\s[{,:-])[&*][^\s,[\]{}]+/.test(l.replace(/(["']).*?\1/g, '')));
  return i === -1 ? 1 : i + 1;
}

/**
 * Line (1-based, relative to `text`) of a key path like ["source", "url"] or ["entries", 3, "severity"] in block-
 * style YAML. Falls back to the deepest parent found, then to line 1: an error always has a line to point at.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number {
  const lines = text.split('\n');
  let from = 0;
  let indent = -1;
  let found = 1;
  for (const part of path) {
    let hit = -1;
    if (typeof part === 'number') {
      let count = -1;
      for (let i = from; i < lines.length; i++) {
        const line = lines[i]!;
        const lead = line.length - line.trimStart().length;
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        if (lead <= indent && i > from) break;
        if (line.trimStart().startsWith('- ') || line.trim() === '-') {
          if (count === -1 || lead === indentOfItem(lines, from, indent)) count++;
          if (count === part) {
            hit = i;
            indent = lead;
            break;
          }
        }
      }
    } else {
      const key = new RegExp(`^(\\s*)(?:- )?["']?${escapeRegExp(part)}["']?\\s*:`);
      for (let i = from; i < lines.length; i++) {
        const line = lines[i]!;
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        const lead = line.length - line.trimStart().length;
        if (lead <= indent && i > from && !line.trimStart().startsWith('- ')) break;
        const m = key.exec(line);
        if (m && m[1]!.length > indent - (line.trimStart().startsWith('- ') ? 0 : 0)) {
          hit = i;
          indent = m[1]!.length;
          break;
        }
      }
    }
    if (hit === -1) return found;
    found = hit + 1;
    from = hit + (typeof part === 'number' ? 0 : 1);
  }
  return found;
}

function indentOfItem(lines: string[], from: number, parentIndent: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    if (lead > parentIndent && line.trimStart().startsWith('-')) return lead;
  }
  return parentIndent + 1;
}
