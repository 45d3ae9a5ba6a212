/** Caller IPs and the API IP allow-list: single addresses and IPv4 CIDR blocks, as WeChat accepts them. */
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` → `127.0.0.1`; other addresses unchanged. */
export function normalizeIp(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? (mapped[1] as string) : trimmed.toLowerCase();
}

function ipv4ToNumber(ip: string): number | undefined {
  if (isIP(ip) !== 4) return undefined;
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** Is `ip` on the list? Entries: `1.2.3.4`, `1.2.3.0/24`, or an IPv6 address. Invalid entries match nothing. */
export function ipAllowed(ip: string, allowList: readonly string[]): boolean {
  const caller = normalizeIp(ip);
  const callerV4 = ipv4ToNumber(caller);
  for (const entry of allowList) {
    const [base, bits] = entry.trim().split('/');
    if (base === undefined) continue;
    if (bits === undefined) {
      if (normalizeIp(base) === caller) return true;
      continue;
    }
    const baseV4 = ipv4ToNumber(base);
    const prefix = Number(bits);
    if (
      callerV4 === undefined ||
      baseV4 === undefined ||
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > 32
    ) {
      continue;
    }
    const size = 2 ** (32 - prefix);
    if (Math.floor(callerV4 / size) === Math.floor(baseV4 / size)) return true;
  }
  return false;
}

/** The errmsg of 40164: `invalid ip 47.103.62.98 ipv6 ::ffff:47.103.62.98, not in whitelist`. */
export function notInWhitelist(ip: string): string {
  const v6 = isIP(ip) === 4 ? `::ffff:${ip}` : ip;
  return `invalid ip ${ip} ipv6 ${v6}, not in whitelist`;
}
