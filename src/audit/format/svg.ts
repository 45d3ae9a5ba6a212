import { escapeHtml } from '../../text/escape.js';

/**
 * A small SVG chart renderer for the audit page: vertical bars (grouped by series), a histogram with a marker line,
 * and horizontal bars. Inline SVG only — no script, no font or stylesheet to fetch — so the page shows the same
 * everywhere and asks nothing of the network. Every label is escaped; every bar carries its number in
 * `data-value` (and a <title> a reader sees on hover), so a test or a screen reader can read the data back.
 */

const W = 640;
const H = 260;
const M = { top: 16, right: 16, bottom: 48, left: 44 };
const PALETTE = ['#2f6fdf', '#e8833a', '#3aa56b', '#c04a7a', '#7a5cc4', '#8a8f2a', '#2aa0a8', '#b0523a'];

const n = (v: number) => String(Math.round(v * 10) / 10);

function frame(id: string, label: string, body: string, empty: boolean, height = H): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${escapeHtml(label)}" data-chart="${escapeHtml(id)}"${empty ? ' data-empty="true"' : ''}>${body}</svg>`;
}

function emptyChart(id: string, label: string, message: string): string {
  return frame(
    id,
    label,
    `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#888" font-size="14">${escapeHtml(message)}</text>`,
    true,
  );
}

/** Round tick steps (1, 2, 5 × 10^n) for an axis from 0 to max. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

function yAxis(top: number, scale: (v: number) => number): string {
  return ticks(top)
    .map(
      (v) =>
        `<line x1="${M.left}" x2="${W - M.right}" y1="${n(scale(v))}" y2="${n(scale(v))}" stroke="#e5e5e5"/><text x="${M.left - 6}" y="${n(scale(v) + 4)}" text-anchor="end" font-size="11" fill="#555">${n(v)}</text>`,
    )
    .join('');
}

export interface Series {
  name: string;
  values: number[];
}

/** Bars per category, one per series side by side, with a legend. */
export function groupedBars(o: {
  id: string;
  label: string;
  categories: string[];
  series: Series[];
  empty: string;
}): string {
  const max = Math.max(0, ...o.series.flatMap((s) => s.values));
  if (o.series.length === 0 || max === 0) return emptyChart(o.id, o.label, o.empty);
  const top = ticks(max).at(-1)!;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const band = (W - M.left - M.right) / o.categories.length;
  const bar = Math.max(2, (band * 0.8) / o.series.length);
  const parts = [yAxis(top, y)];
  o.categories.forEach((category, c) => {
    const x0 = M.left + c * band + band * 0.1;
    o.series.forEach((s, i) => {
      const v = s.values[c] ?? 0;
      parts.push(
        `<rect x="${n(x0 + i * bar)}" y="${n(y(v))}" width="${n(bar - 1)}" height="${n(M.top + plotH - y(v))}" fill="${PALETTE[i % PALETTE.length]}" data-value="${v}" data-series="${escapeHtml(s.name)}" data-category="${escapeHtml(category)}"><title>${escapeHtml(`${s.name} ${category}: ${v}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${n(M.left + c * band + band / 2)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11" fill="#333">${escapeHtml(category)}</text>`,
    );
  });
  o.series.forEach((s, i) => {
    const x = M.left + i * 140;
    parts.push(
      `<rect x="${x}" y="${H - 18}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 14}" y="${H - 9}" font-size="11" fill="#333">${escapeHtml(s.name)}</text>`,
    );
  });
  return frame(o.id, o.label, parts.join(''), false);
}

/** A histogram of values in bins of `binWidth`, with a vertical line at `marker` (the policy). */
export function histogram(o: {
  id: string;
  label: string;
  values: number[];
  binWidth: number;
  unit: string;
  marker: { value: number; label: string };
  empty: string;
}): string {
  if (o.values.length === 0) return emptyChart(o.id, o.label, o.empty);
  let width = o.binWidth;
  const low = Math.floor(Math.min(0, ...o.values) / width) * width;
  let high = Math.ceil(Math.max(o.marker.value * 1.5, ...o.values) / width) * width;
  while ((high - low) / width > 24) width *= 2;
  high = low + Math.ceil((high - low) / width) * width;
  const bins = Array.from({ length: Math.max(1, (high - low) / width) }, () => 0);
  for (const v of o.values) bins[Math.min(bins.length - 1, Math.floor((v - low) / width))]!++;
  const top = ticks(Math.max(...bins)).at(-1)!;
  const plotH = H - M.top - M.bottom;
  const plotW = W - M.left - M.right;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const x = (v: number) => M.left + ((v - low) / (high - low)) * plotW;
  const parts = [yAxis(top, y)];
  bins.forEach((count, i) => {
    const from = low + i * width;
    parts.push(
      `<rect x="${n(x(from) + 1)}" y="${n(y(count))}" width="${n(x(from + width) - x(from) - 2)}" height="${n(M.top + plotH - y(count))}" fill="${PALETTE[0]}" data-value="${count}" data-from="${from}" data-to="${from + width}"><title>${escapeHtml(`${from}–${from + width} ${o.unit}: ${count}`)}</title></rect>`,
    );
    if (i % Math.ceil(bins.length / 8) === 0) {
      parts.push(
        `<text x="${n(x(from))}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11" fill="#333">${n(from)}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${n(x(o.marker.value))}" x2="${n(x(o.marker.value))}" y1="${M.top}" y2="${M.top + plotH}" stroke="#d03030" stroke-width="2" stroke-dasharray="6 3" data-marker="${o.marker.value}"/><text x="${n(x(o.marker.value) + 4)}" y="${M.top + 12}" font-size="11" fill="#d03030">${escapeHtml(o.marker.label)}</text>`,
    `<text x="${W - M.right}" y="${H - 8}" text-anchor="end" font-size="11" fill="#555">${escapeHtml(o.unit)}</text>`,
  );
  return frame(o.id, o.label, parts.join(''), false);
}

/** One horizontal bar per item (a reviewer team), its value and a note. */
export function horizontalBars(o: {
  id: string;
  label: string;
  items: { label: string; value: number; note: string }[];
  unit: string;
  empty: string;
}): string {
  if (o.items.length === 0) return emptyChart(o.id, o.label, o.empty);
  const left = 170;
  const row = 30;
  // As tall as the teams need: one row each.
  const height = M.top * 2 + row * o.items.length;
  const max = Math.max(1, ...o.items.map((i) => i.value));
  const scale = (v: number) => (Math.max(0, v) / max) * (W - left - 230);
  const parts = o.items.map((item, i) => {
    const yy = M.top + i * row;
    return `<text x="${left - 8}" y="${n(yy + row * 0.65)}" text-anchor="end" font-size="12" fill="#333">${escapeHtml(item.label)}</text><rect x="${left}" y="${n(yy + row * 0.15)}" width="${n(Math.max(1, scale(item.value)))}" height="${n(row * 0.7)}" fill="${PALETTE[2]}" data-value="${item.value}" data-series="${escapeHtml(item.label)}"><title>${escapeHtml(`${item.label}: ${item.value} ${o.unit} (${item.note})`)}</title></rect><text x="${n(left + scale(item.value) + 6)}" y="${n(yy + row * 0.65)}" font-size="11" fill="#555">${escapeHtml(`${item.value} ${o.unit} · ${item.note}`)}</text>`;
  });
  return frame(o.id, o.label, parts.join(''), false, height);
}
