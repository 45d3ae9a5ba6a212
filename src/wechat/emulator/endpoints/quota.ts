/** openapi/quota/get and clear_quota. */
import { beijingDate } from '../../errcodes.js';
import { ApiError } from '../api-error.js';
import { type Handler, OK } from './common.js';

export const quotaGet: Handler = (ctx) => {
  const path = ctx.body.cgi_path;
  if (typeof path !== 'string' || !path.startsWith('/')) throw new ApiError(40002, 'invalid argument');
  const limit = ctx.store.config.dailyQuotas[path];
  if (limit === undefined) throw new ApiError(76021, 'cgi_path not found');
  const counter = ctx.store.data.daily[ctx.account.appid];
  const used = counter?.day === beijingDate(ctx.now) ? (counter.calls[path] ?? 0) : 0;
  const perMinute = ctx.store.config.minuteQuotas[path] ?? 0;
  return {
    ...OK,
    quota: { daily_limit: limit, used, remain: Math.max(0, limit - used) },
    rate_limit: { call_count: perMinute, refresh_second: perMinute > 0 ? 60 : 0 },
    component_rate_limit: { call_count: 0, refresh_second: 0 },
  };
};

export const clearQuota: Handler = (ctx) => {
  if (ctx.body.appid !== ctx.account.appid) throw new ApiError(40013);
  const month = beijingDate(ctx.now).slice(0, 7);
  const used = ctx.store.data.clearQuota[ctx.account.appid];
  const count = used?.month === month ? used.count : 0;
  if (count >= ctx.store.config.clearQuotaPerMonth) throw new ApiError(48006);
  ctx.store.data.clearQuota[ctx.account.appid] = { month, count: count + 1 };
  delete ctx.store.data.daily[ctx.account.appid];
  return OK;
};
