import { parseYaml } from '../platform/yaml.js';

const MAX_LINES = 40;

/**
 * A readable diff of a policy file: for YAML, the settings that were added (`+`), removed (`-`) or changed (`~ old →
 * new`), by their dotted path (`lead_time.hours`); list entries that are mappings (lexicon terms, approval rules)
 * are compared as whole entries, so inserting one does not shift all the others. Other files (CODEOWNERS) are
 * compared line by line, comments and blank lines left out.
 */
export function settingsDiff(path: string, before: string | undefined, after: string | undefined): string[] {
  const yamlFile = /\.ya?ml$/i.test(path);
  const b = yamlFile ? settings(before) : undefined;
  const a = yamlFile ? settings(after) : undefined;
  const lines = b && a ? mapDiff(b, a) : lineDiff(before ?? '', after ?? '');
  return lines.length > MAX_LINES
    ? [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more`]
    : lines;
}

function settings(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return new Map();
  const parsed = parseYaml(text);
  if (!parsed.ok) return undefined;
  const out = new Map<string, string>();
  if (parsed.value !== null && parsed.value !== undefined) flatten(parsed.value, '', out);
  return out;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      out.set(prefix, `[${value.map(scalar).join(', ')}]`);
      return;
    }
    const seen = new Map<string, number>();
    for (const item of value) {
      const text = JSON.stringify(item);
      const n = (seen.get(text) ?? 0) + 1;
      seen.set(text, n);
      out.set(`${prefix}[] ${text}${n > 1 ? ` (#${n})` : ''}`, '');
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix || '(value)', scalar(value));
}

function scalar(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function mapDiff(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  const show = (key: string, value: string) => (value === '' ? key : `${key}: ${value}`);
  for (const [key, value] of before) {
    if (!after.has(key)) out.push(`- ${show(key, value)}`);
    else if (after.get(key) !== value) out.push(`~ ${key}: ${value} → ${after.get(key)}`);
  }
  for (const [key, value] of after) if (!before.has(key)) out.push(`+ ${show(key, value)}`);
  return out;
}

function lineDiff(before: string, after: string): string[] {
  const lines = (t: string) =>
    t
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  const count = (list: string[]) => {
    const m = new Map<string, number>();
    for (const l of list) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const b = count(lines(before));
  const a = count(lines(after));
  const out: string[] = [];
  for (const [l, n] of b) for (let i = a.get(l) ?? 0; i < n; i++) out.push(`- ${l}`);
  for (const [l, n] of a) for (let i = b.get(l) ?? 0; i < n; i++) out.push(`+ ${l}`);
  return out;
}
