/** Daily and per-minute call limits per account and endpoint (45009, 45011), counted on the emulator's clock. */
import { beijingDate } from '../errcodes.js';
import { ApiError } from './api.js';
import type { Store } from './store.js';

/** Counts the call against the daily and per-minute quotas of (account, endpoint), or refuses it. */
export function countQuota(store: Store, appid: string, endpoint: string, now: number): void {
  const day = beijingDate(now);
  const daily = store.data.daily[appid]?.day === day ? store.data.daily[appid] : { day, calls: {} };
  const limit = store.config.dailyQuotas[endpoint];
  const used = daily.calls[endpoint] ?? 0;
  if (limit !== undefined && used >= limit) throw new ApiError(45009);
  const minute = Math.floor(now / 60_000);
  const perMinute =
    store.data.minute[appid]?.minute === minute ? store.data.minute[appid] : { minute, calls: {} };
  const minuteLimit = store.config.minuteQuotas[endpoint];
  const usedThisMinute = perMinute.calls[endpoint] ?? 0;
  if (minuteLimit !== undefined && usedThisMinute >= minuteLimit) throw new ApiError(45011);
  daily.calls[endpoint] = used + 1;
  perMinute.calls[endpoint] = usedThisMinute + 1;
  store.data.daily[appid] = daily;
  store.data.minute[appid] = perMinute;
}
