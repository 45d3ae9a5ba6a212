/**
 * Everything the emulator remembers: config, tokens, media, drafts, publications, quota counters. In memory, or
 * persisted in a state directory (`state.json`, written atomically after every change, and `media/` with the
 * uploaded bytes) so it survives restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../platform/errors.js';
import { type EmulatorConfig, mergeConfig } from './config.js';

export interface TokenRecord {
  appid: string;
  kind: 'stable' | 'classic';
  issuedAt: number;
  expiresAt: number;
  /** Killed at once (stable force_refresh). */
  revokedAt?: number;
  /** A newer classic token was issued at this time; this one dies `tokenGraceSeconds` later. */
  supersededAt?: number;
}

export interface MediaRecord {
  appid: string;
  /** `content` = media/uploadimg; `temp` = media/upload (3 days); the rest are add_material types. */
  kind: 'content' | 'image' | 'thumb' | 'voice' | 'video' | 'temp';
  createdAt: number;
  expiresAt?: number;
  url?: string;
  /** Key of the stored bytes (served at /mmbiz_<fmt>/<key>/0). */
  blob?: string;
  filename?: string;
}

export interface StoredArticle {
  article_type: string;
  title: string;
  author: string;
  digest: string;
  /** As WeChat keeps it: sanitized. */
  content: string;
  content_source_url: string;
  thumb_media_id: string;
  thumb_url: string;
  need_open_comment: number;
  only_fans_can_comment: number;
  /** For freepublish/delete of one article (1-based index). */
  is_deleted?: boolean;
}

export interface DraftRecord {
  appid: string;
  media_id: string;
  articles: StoredArticle[];
  createdAt: number;
  updatedAt: number;
  /** publishing: a job is running on it; published: it left the draft box. */
  state: 'draft' | 'publishing' | 'published' | 'deleted';
}

export interface PublicationRecord {
  method: 'freepublish' | 'sendall';
  appid: string;
  media_id: string;
  publish_id: string | null;
  msg_id: string | null;
  msg_data_id: string;
  article_id: string | null;
  title: string;
  titles: string[];
  status: number;
  deleted: boolean;
  submittedAt: number;
  readyAt: number;
  finishedAt?: number;
  /** How the job ends: 0 success or 2/3/4 failure (scripted). */
  outcome: { status: number; failIdx: number[] };
  failIdx: number[];
  articles: StoredArticle[];
  urls: string[];
  clientmsgid?: string;
}

export interface Counter {
  day: string;
  calls: Record<string, number>;
}

export interface Data {
  version: 1;
  seq: number;
  clockOffsetMs: number;
  tokens: Record<string, TokenRecord>;
  currentTokens: Record<string, { stable?: string; classic?: string }>;
  forceRefreshes: Record<string, { day: string; count: number; last: number }>;
  media: Record<string, MediaRecord>;
  blobs: Record<string, { contentType: string; format: string }>;
  drafts: Record<string, DraftRecord>;
  publications: PublicationRecord[];
  daily: Record<string, Counter>;
  minute: Record<string, { minute: number; calls: Record<string, number> }>;
  massSends: Record<string, { day: string; month: string; dayCount: number; monthCount: number }>;
  clientMsgIds: Record<string, { msgId: string; at: number }>;
  clearQuota: Record<string, { month: string; count: number }>;
}

export function emptyData(): Data {
  return {
    version: 1,
    seq: 0,
    clockOffsetMs: 0,
    tokens: {},
    currentTokens: {},
    forceRefreshes: {},
    media: {},
    blobs: {},
    drafts: {},
    publications: [],
    daily: {},
    minute: {},
    massSends: {},
    clientMsgIds: {},
    clearQuota: {},
  };
}

export class Store {
  config: EmulatorConfig;
  data: Data;
  private readonly memoryBlobs = new Map<string, Buffer>();

  constructor(
    readonly dir: string | undefined,
    config: EmulatorConfig,
  ) {
    this.config = config;
    this.data = emptyData();
    if (dir === undefined) return;
    mkdirSync(join(dir, 'media'), { recursive: true });
    const file = join(dir, 'state.json');
    if (existsSync(file)) {
      let saved: { config?: unknown; data?: Data };
      try {
        saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved;
      } catch (error) {
        throw new ConfigurationError(`not valid JSON (${(error as Error).message})`, { file });
      }
      if (saved.data?.version !== 1)
        throw new ConfigurationError('not an emulator state file (version 1)', { file });
      this.data = { ...emptyData(), ...saved.data };
      // Settings given now win; accounts added over HTTP earlier (saved) are kept unless given again now.
      if (saved.config !== undefined) {
        const previous = mergeConfig(config, saved.config, file);
        const given = new Set(config.accounts.map((a) => a.appid));
        this.config = {
          ...config,
          accounts: [...config.accounts, ...previous.accounts.filter((a) => !given.has(a.appid))],
        };
      }
    }
  }

  /** Writes state.json atomically (temp file + rename). No-op in memory. */
  save(): void {
    if (this.dir === undefined) return;
    const file = join(this.dir, 'state.json');
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify({ config: this.config, data: this.data }, null, 1)}\n`, {
        mode: 0o600,
      });
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  putBlob(key: string, bytes: Buffer, contentType: string, format: string): void {
    this.data.blobs[key] = { contentType, format };
    if (this.dir === undefined) {
      this.memoryBlobs.set(key, bytes);
      return;
    }
    const file = join(this.dir, 'media', key);
    const temp = `${file}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  }

  getBlob(key: string): { bytes: Buffer; contentType: string } | undefined {
    const meta = this.data.blobs[key];
    if (!meta || !/^[A-Za-z0-9_-]+$/.test(key)) return undefined;
    if (this.dir === undefined) {
      const bytes = this.memoryBlobs.get(key);
      return bytes ? { bytes, contentType: meta.contentType } : undefined;
    }
    try {
      return { bytes: readFileSync(join(this.dir, 'media', key)), contentType: meta.contentType };
    } catch {
      return undefined;
    }
  }

  /** Forgets everything but the config. */
  reset(): void {
    this.data = emptyData();
    this.memoryBlobs.clear();
    if (this.dir !== undefined) {
      rmSync(join(this.dir, 'media'), { recursive: true, force: true });
      mkdirSync(join(this.dir, 'media'), { recursive: true });
    }
  }
}
