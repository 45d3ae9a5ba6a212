import { deflateSync } from 'node:zlib';
import { afterEach } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { WeChatClient, type WeChatClientOptions } from '../../src/wechat/client.js';
import { DEMO_ACCOUNTS } from '../../src/wechat/emulator/config.js';
import {
  type RunningEmulator,
  type StartEmulatorOptions,
  startEmulator,
} from '../../src/wechat/emulator/server.js';
import { WeChatError } from '../../src/wechat/port.js';

export const GROUP = DEMO_ACCOUNTS[0] as (typeof DEMO_ACCOUNTS)[number];
export const PHARMA = DEMO_ACCOUNTS[1] as (typeof DEMO_ACCOUNTS)[number];

const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

/** 2026-11-21 12:00 in Beijing: where the emulators of these tests start their clocks. */
export const EMULATOR_START = Date.UTC(2026, 10, 21, 4, 0);

/**
 * An emulator on a free loopback port, closed after the test. Its clock stands still unless the test moves it;
 * publish jobs end at once unless configured.
 */
export async function emulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const config = { publishSeconds: 0, ...((options.config as Record<string, unknown> | undefined) ?? {}) };
  const emu = await startEmulator({ port: 0, clock: new ManualClock(EMULATOR_START), ...options, config });
  running.push(emu);
  return emu;
}

export interface TestClient {
  client: WeChatClient;
  logs: string[];
  /** Every backoff the client asked for, in ms. */
  sleeps: number[];
}

/**
 * A client of the emulator that never really sleeps: its sleep records the delay and moves the emulator's clock,
 * so waits are instant and deterministic.
 */
export function clientOf(
  emu: RunningEmulator,
  account: { appid: string; secret: string } = GROUP,
  options: Partial<WeChatClientOptions> & { now?: () => number } = {},
): TestClient {
  const logs: string[] = [];
  const sleeps: number[] = [];
  // The client's own clock stands still unless a test moves it: only WeChat's (the emulator's) time passes.
  const start = emu.state.now();
  const { now = () => start, ...clientOptions } = options;
  const client = new WeChatClient({
    appId: account.appid,
    appSecret: account.secret,
    apiBase: emu.url,
    logger: {
      debug: (m) => logs.push(`debug ${m}`),
      info: (m) => logs.push(`info ${m}`),
      warn: (m) => logs.push(`warn ${m}`),
    },
    clock: {
      now,
      sleep: async (ms) => {
        sleeps.push(ms);
        emu.state.advanceClock(ms);
      },
    },
    random: () => 0,
    ...clientOptions,
  });
  return { client, logs, sleeps };
}

/** A valid PNG of `width`×`height` (grey), optionally padded with a text chunk to reach `minBytes`. */
export function png(width = 2, height = 2, minBytes = 0): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
  ];
  const size = parts.reduce((n, p) => n + p.length, 0) + 12;
  if (minBytes > size) parts.push(chunk('tEXt', Buffer.alloc(minBytes - size - 12, 0x61)));
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

export const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9,
]);
export const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

/** A draft ready to add: uploads a cover and returns the article. */
export async function draftArticle(client: WeChatClient, overrides: Record<string, unknown> = {}) {
  const cover = await client.addCoverMaterial(png(), 'cover.png');
  return {
    title: '季度回顾',
    author: '市场部',
    content: '<p>正文</p>',
    thumbMediaId: cover.mediaId,
    ...overrides,
  };
}

/** A JSON answer under test: its shape is what the test asserts. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of JSON answers and assert on them
export type Answer = Record<string, any>;

/** POSTs JSON to the emulator and returns the parsed answer. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return (await r.json()) as Answer;
}

/** A business call with a fresh stable token of the account. */
export async function tokenOf(emu: RunningEmulator, account: { appid: string; secret: string } = GROUP) {
  const answer = await post(`${emu.url}/cgi-bin/stable_token`, {
    grant_type: 'client_credential',
    appid: account.appid,
    secret: account.secret,
  });
  return answer.access_token as string;
}

export const RID = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/;

/** The WeChatError a promise rejects with (anything else is rethrown; no rejection fails the test). */
export async function caught(promise: Promise<unknown>): Promise<WeChatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WeChatError) return error;
    throw error;
  }
  throw new Error('expected a WeChatError');
}
