/**
 * The access token, shared between runs and processes: one small JSON file per (API base, app id) in a directory
 * the caller gives (outside the repository: it holds a live credential). Written atomically (temp file + rename)
 * with mode 0600, so a reader never sees half a file and no other user can read it.
 *
 * Sharing is safe because the client uses `stable_token` in normal mode: every process gets the same token from
 * WeChat, and fetching it never invalidates the one another process holds.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CachedToken {
  accessToken: string;
  /** Epoch milliseconds at which WeChat stops accepting it. */
  expiresAt: number;
}

export interface TokenCache {
  read(): CachedToken | undefined;
  write(token: CachedToken): void;
  clear(): void;
}

export class MemoryTokenCache implements TokenCache {
  private token: CachedToken | undefined;
  read() {
    return this.token;
  }
  write(token: CachedToken) {
    this.token = token;
  }
  clear() {
    this.token = undefined;
  }
}

export class FileTokenCache implements TokenCache {
  readonly path: string;

  constructor(
    private readonly dir: string,
    private readonly apiBase: string,
    private readonly appId: string,
  ) {
    const key = createHash('sha256').update(`${apiBase}\n${appId}`).digest('hex').slice(0, 16);
    this.path = join(dir, `wechat-token-${key}.json`);
  }

  read(): CachedToken | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const data = JSON.parse(raw) as Record<string, unknown>;
      if (
        data.appid === this.appId &&
        data.api_base === this.apiBase &&
        typeof data.access_token === 'string' &&
        typeof data.expires_at === 'number'
      ) {
        return { accessToken: data.access_token, expiresAt: data.expires_at };
      }
    } catch {
      // A corrupt cache is no cache: the token is fetched again.
    }
    return undefined;
  }

  write(token: CachedToken): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const body = JSON.stringify({
      appid: this.appId,
      api_base: this.apiBase,
      access_token: token.accessToken,
      expires_at: token.expiresAt,
      expires_at_iso: new Date(token.expiresAt).toISOString(),
    });
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, `${body}\n`, { mode: 0o600 });
      chmodSync(temp, 0o600); // the umask may have narrowed it, never widened; be explicit anyway
      renameSync(temp, this.path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}

/** The git work tree `dir` lies in, if any: a token cache there could end up committed. */
export function enclosingGitWorkTree(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
