/**
 * Reading a theme from the company's policies/themes/ folder; the theme's schema and validation are pure and
 * live with the renderer (src/render/theme.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '../platform/errors.js';
import { defaultTheme, parseTheme, type Theme } from '../render/theme.js';

/**
 * Reads a theme. `path` is a YAML file, or a directory holding `default.yml` (so `--theme policies/themes` and
 * `--theme policies/themes/festive.yml` both work). Throws ConfigurationError with file:line on any problem.
 */
export function loadTheme(path: string): Theme {
  let file = path;
  if (existsSync(path) && statSync(path).isDirectory()) file = join(path, 'default.yml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigurationError(`theme file cannot be read (${code})`, { file });
  }
  return parseTheme(text, file);
}

/**
 * The theme a repository uses: `given` when set (a --theme option), else `<cwd>/policies/themes/default.yml`
 * when the repository has one, else the built-in default.
 */
export function resolveTheme(cwd: string, given?: string): Theme {
  if (given !== undefined) return loadTheme(resolve(cwd, given));
  const own = join(cwd, 'policies', 'themes', 'default.yml');
  return existsSync(own) ? loadTheme(own) : defaultTheme;
}
