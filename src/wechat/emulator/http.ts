/** Reading requests and writing answers the way WeChat's servers do. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeIp } from './ip.js';

const MAX_BODY = 32 * 1024 * 1024;

export type JsonResult = { ok: true; value: Record<string, unknown> } | { ok: false; hint: string };

export function parseJson(raw: Buffer, allowArray = false): JsonResult {
  if (raw.length === 0) return { ok: false, hint: 'empty body' };
  try {
    const value = JSON.parse(raw.toString('utf8')) as unknown;
    if (value === null || typeof value !== 'object' || (Array.isArray(value) && !allowArray)) {
      return { ok: false, hint: 'not a JSON object' };
    }
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false, hint: `bad JSON ${randomBytes(4).toString('hex')}` };
  }
}

/** The whole body, or undefined when it is larger than 32 MB. */
export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function callerIp(req: IncomingMessage, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return normalizeIp(first);
  }
  return normalizeIp(req.socket.remoteAddress ?? '');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      // What WeChat sends.
      'content-type': 'application/json; encoding=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}
