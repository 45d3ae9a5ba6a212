import { main } from '../../src/cli.js';
import { ROOT } from '../support/bundle.js';

/** `wxgate <argv>` in this process, standing in `cwd`, with `env` as its environment: what it printed and its exit code. */
export async function runMain(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    cwd: options.cwd ?? ROOT,
    isTty: false,
    env: options.env ?? {},
  });
  return { code, out, err };
}
