import { execFile } from 'node:child_process';

/**
 * Git, run as `git <args>` through execFile: never a shell, so nothing in an argument is interpreted. Anything that
 * comes from an article or a person (commit messages, file contents) goes through standard input, never the
 * command line. Output is parsed in the C locale.
 */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class GitError extends Error {
  readonly args: readonly string[];
  readonly code: number;
  readonly stderr: string;

  constructor(args: readonly string[], result: GitResult) {
    super(
      `git ${args.join(' ')} failed (exit ${result.code}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
    this.name = 'GitError';
    this.args = args;
    this.code = result.code;
    this.stderr = result.stderr;
  }
}

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string | Uint8Array;
  /** Extra environment, e.g. GIT_INDEX_FILE. */
  env?: Record<string, string>;
}

export class Git {
  constructor(
    readonly cwd: string,
    private readonly baseEnv: Readonly<Record<string, string | undefined>> = process.env,
  ) {}

  /** Runs git and returns the whole result, whatever the exit code. */
  exec(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        [...args],
        {
          cwd: this.cwd,
          env: {
            ...this.baseEnv,
            LC_ALL: 'C',
            GIT_TERMINAL_PROMPT: '0',
            GIT_OPTIONAL_LOCKS: '0',
            ...options.env,
          },
          maxBuffer: 256 * 1024 * 1024,
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
            // ENOENT and friends: git itself could not be started.
            reject(new Error(`git could not be run: ${error.message}`));
            return;
          }
          const code = error ? ((error as { code?: number }).code ?? 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
      child.stdin?.on('error', () => {
        // git may exit before reading all of its input (e.g. on a usage error); the exit code tells.
      });
      if (options.input !== undefined) child.stdin?.end(options.input);
      else child.stdin?.end();
    });
  }

  /** Runs git; a non-zero exit is a GitError. Returns standard output as bytes (for `cat-file --batch`). */
  runBytes(args: readonly string[], options: GitOptions = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        [...args],
        {
          cwd: this.cwd,
          env: { ...this.baseEnv, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...options.env },
          maxBuffer: 1024 * 1024 * 1024,
          encoding: 'buffer',
        },
        (error, stdout, stderr) => {
          if (error) {
            const code = typeof error.code === 'number' ? error.code : 1;
            reject(new GitError(args, { code, stdout: '', stderr: stderr.toString('utf8') }));
          } else resolve(stdout);
        },
      );
      child.stdin?.on('error', () => {});
      child.stdin?.end(options.input ?? '');
    });
  }

  /** Runs git; a non-zero exit is a GitError. Returns standard output. */
  async run(args: readonly string[], options: GitOptions = {}): Promise<string> {
    const result = await this.exec(args, options);
    if (result.code !== 0) throw new GitError(args, result);
    return result.stdout;
  }

  /** `git rev-parse --verify --quiet <ref>^{commit}`, or undefined when the ref does not exist. */
  async resolve(ref: string): Promise<string | undefined> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** The names of the configured remotes. */
  async remotes(): Promise<string[]> {
    return (await this.run(['remote'])).split('\n').filter(Boolean);
  }

  /** `git config --get <key>`, or undefined. */
  async config(key: string): Promise<string | undefined> {
    const r = await this.exec(['config', '--get', key]);
    return r.code === 0 ? r.stdout.trim() : undefined;
  }
}
