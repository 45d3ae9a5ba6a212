/**
 * The 1-based line of every key path (`source.url`) in block-style YAML, from one pass over the text: looking each
 * key up by scanning the text made front matter with 10,000 keys take quadratic time (45 s).
 */
export function indexKeyLines(yamlText: string): Map<string, number> {
  const index = new Map<string, number>();
  const open: { indent: number; path: string }[] = [];
  const lines = yamlText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)(?:- )?(["']?)([^\s"'#:-][^"':]*?)\2\s*:(?:\s|$)/.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    const path = open.length > 0 ? `${open.at(-1)!.path}.${m[3]}` : m[3]!;
    if (!index.has(path)) index.set(path, i + 1);
    open.push({ indent, path });
  }
  return index;
}

/** Line of a key path, else of its deepest parent that has one, else line 1: an error always has a line. */
export function lineOfKeyPath(index: Map<string, number>, path: readonly (string | number)[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = index.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}
