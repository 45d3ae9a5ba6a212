/**
 * The client's access token: `POST /cgi-bin/stable_token` in normal mode, kept with its expiry in a TokenCache
 * (shared between runs when the cache is a file) and fetched again a little before it runs out. The transport
 * asks it for the current token and tells it when WeChat rejected one (40001/40014/42001).
 */
import type { Clock } from '../platform/clock.js';
import type { Logger } from '../platform/logger.js';
import type { CachedToken, TokenCache } from './token-cache.js';
import { type Body, type CallSpec, protocolError, requireString, type TokenSource } from './transport.js';

export interface AccessTokenOptions {
  appId: string;
  appSecret: string;
  cache: TokenCache;
  clock: Clock;
  /** A cached token is used while it has more than this left. */
  refreshMarginMs: number;
  /** The transport, for the token request itself (which carries no token). */
  call: (spec: CallSpec) => Promise<Body>;
  /** Every token held is a secret the client masks in what it logs from then on. */
  remember: (secret: string) => void;
  logger: Logger;
}

export class AccessTokens implements TokenSource {
  private token: CachedToken | undefined;
  private inflight: Promise<CachedToken> | undefined;

  constructor(private readonly o: AccessTokenOptions) {}

  async current(): Promise<string> {
    const fresh = (t: CachedToken | undefined) =>
      t !== undefined && t.expiresAt - this.o.refreshMarginMs > this.o.clock.now();
    if (!fresh(this.token)) {
      const cached = this.o.cache.read();
      if (cached) this.o.remember(cached.accessToken);
      this.token = fresh(cached) ? cached : await this.fetch(false);
    }
    return (this.token as CachedToken).accessToken;
  }

  /** After WeChat rejected `rejected`: fetch again; force a new token if WeChat still hands back the same one. */
  async rejected(rejected: string): Promise<void> {
    if (this.o.cache.read()?.accessToken === rejected) this.o.cache.clear();
    this.token = undefined;
    let next = await this.fetch(false);
    if (next.accessToken === rejected) next = await this.fetch(true);
    this.token = next;
  }

  /** One fetch at a time per client: concurrent callers share it. */
  private fetch(force: boolean): Promise<CachedToken> {
    if (this.inflight) return this.inflight;
    const run = async () => {
      const endpoint = '/cgi-bin/stable_token';
      const body = await this.o.call({
        endpoint,
        method: 'POST',
        json: {
          grant_type: 'client_credential',
          appid: this.o.appId,
          secret: this.o.appSecret,
          force_refresh: force,
        },
        auth: false,
        retrySafe: true,
      });
      const accessToken = requireString(body, 'access_token', endpoint);
      const expiresIn = Number(body.expires_in);
      if (!Number.isFinite(expiresIn) || expiresIn <= 0) {
        throw protocolError(endpoint, `expires_in is ${JSON.stringify(body.expires_in)}`);
      }
      this.o.remember(accessToken);
      const token = { accessToken, expiresAt: this.o.clock.now() + expiresIn * 1000 };
      this.o.cache.write(token);
      this.o.logger.info(
        `WeChat access token for ${this.o.appId} ${force ? 'force-refreshed' : 'fetched'}; valid ${Math.round(expiresIn)} s`,
      );
      return token;
    };
    this.inflight = run().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }
}
