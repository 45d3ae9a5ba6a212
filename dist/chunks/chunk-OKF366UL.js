#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/platform/time.ts
var ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
function isValidTimeZone(zone) {
  if (FIXED_OFFSETS.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
function parseDateTime(value, zone) {
  const m = ISO_LOCAL.exec(value.trim());
  if (!m) {
    return { ok: false, reason: /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? "missing-time" : "format" };
  }
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(
    Number
  );
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: "impossible" };
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offset = m[7];
  if (offset !== void 0 && !isRealOffset(offset)) return { ok: false, reason: "offset" };
  if (offset !== void 0) {
    return { ok: true, epochMs: wall - offsetMinutes(offset) * 6e4, hadOffset: true };
  }
  return { ok: true, epochMs: zonedWallTimeToEpoch(wall, zone), hadOffset: false };
}
function isRealDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
function isRealOffset(offset) {
  if (offset === "Z") return true;
  const minutes = Number(offset.slice(-2));
  const total = offsetMinutes(offset);
  return minutes % 15 === 0 && minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}
function offsetMinutes(offset) {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
var FIXED_OFFSETS = /* @__PURE__ */ new Map([
  ["Asia/Shanghai", 480],
  ["Asia/Hong_Kong", 480],
  ["Asia/Macau", 480],
  ["Asia/Taipei", 480],
  ["Asia/Singapore", 480],
  ["Asia/Tokyo", 540],
  ["Asia/Seoul", 540],
  ["UTC", 0],
  ["Etc/UTC", 0]
]);
var FIXED_SINCE = Date.UTC(1992, 0, 1);
function fixedOffset(epochMs, zone) {
  return epochMs >= FIXED_SINCE ? FIXED_OFFSETS.get(zone) : void 0;
}
function fixedWall(epochMs, offset) {
  return new Date(epochMs + offset * 6e4).toISOString();
}
function zoneOffsetMinutes(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) return fixed;
  const parts = formatter(zone, "wall").formatToParts(new Date(epochMs));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  );
  return Math.round((asUtc - Math.floor(epochMs / 1e3) * 1e3) / 6e4);
}
function zonedWallTimeToEpoch(wallAsUtc, zone) {
  let guess = wallAsUtc - zoneOffsetMinutes(wallAsUtc, zone) * 6e4;
  guess = wallAsUtc - zoneOffsetMinutes(guess, zone) * 6e4;
  return guess;
}
function formatTime(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) {
    const wall = fixedWall(epochMs, fixed);
    return `${wall.slice(0, 10)} ${wall.slice(11, 16)} (${zone})`;
  }
  const parts = formatter(zone, "wall").formatToParts(new Date(epochMs));
  const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")} (${zone})`;
}
function readableTime(epochMs, zone) {
  const wall = formatTime(epochMs, zone).replace(/ \(.*\)$/, "");
  if (zone === "Asia/Shanghai") return { zh: `${wall}（北京时间）`, en: `${wall} (Beijing time)` };
  return { zh: `${wall}（${zone} 时间）`, en: `${wall} (${zone} time)` };
}
function localDate(epochMs, zone) {
  const fixed = fixedOffset(epochMs, zone);
  if (fixed !== void 0) return fixedWall(epochMs, fixed).slice(0, 10);
  return formatter(zone, "date").format(new Date(epochMs));
}
function isoIn(epochMs, zone) {
  const offset = zoneOffsetMinutes(epochMs, zone);
  const local = new Date(Math.floor(epochMs / 1e3) * 1e3 + offset * 6e4).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
function parseIso(text) {
  if (!text) return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : ms;
}
function startOfLocalDay(date, zone) {
  const parsed = parseDateTime(`${date}T00:00:00`, zone);
  return parsed.ok ? parsed.epochMs : void 0;
}
function nextLocalDate(date) {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
var FORMATS = {
  date: { locale: "en-CA", options: { year: "numeric", month: "2-digit", day: "2-digit" } },
  wall: {
    locale: "en-US",
    options: {
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit"
    }
  }
};
var formatters = /* @__PURE__ */ new Map();
function formatter(zone, kind) {
  const key = `${kind} ${zone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(FORMATS[kind].locale, { timeZone: zone, ...FORMATS[kind].options });
    formatters.set(key, f);
  }
  return f;
}

export {
  isValidTimeZone,
  parseDateTime,
  readableTime,
  localDate,
  isoIn,
  parseIso,
  startOfLocalDay,
  nextLocalDate
};
