/** @fileoverview The fleet report's two charts as inline SVG: assistants by verdict across hosts, and the daily trend. */
import type { FleetTrendPoint, VerdictCounts } from './fleet-model.js';

const COLORS = { block: '#c62828', warn: '#ef8f00', info: '#78909c', hosts: '#1e63b5' } as const;

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Horizontal stacked bars, one per assistant: hosts whose latest run has its findings blocked, warned, info.
 * Each bar carries `data-assistant` and `data-block|warn|info` so tests can read the numbers back.
 */
export function renderAssistantChart(rows: readonly { assistant: string; label: string; hosts: VerdictCounts }[]): string {
  if (rows.length === 0) return '<p class="empty">No findings on any host.</p>';
  const barHeight = 22;
  const labelWidth = 220;
  const width = 760;
  const max = Math.max(1, ...rows.map(({ hosts }) => hosts.block + hosts.warn + hosts.info));
  const scale = (width - labelWidth - 60) / max;
  const bars = rows.map(({ assistant, label, hosts }, index) => {
    const y = index * (barHeight + 6);
    let x = labelWidth;
    const parts = (['block', 'warn', 'info'] as const)
      .filter((verdict) => hosts[verdict] > 0)
      .map((verdict) => {
        const w = Math.max(2, hosts[verdict] * scale);
        const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${COLORS[verdict]}"><title>${escapeHtml(label)}: ${hosts[verdict]} hosts ${verdict}</title></rect>`;
        x += w;
        return rect;
      });
    const total = hosts.block + hosts.warn + hosts.info;
    return `<g class="bar" data-assistant="${escapeHtml(assistant)}" data-block="${hosts.block}" data-warn="${hosts.warn}" data-info="${hosts.info}"><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>${parts.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + 15}" class="n">${total}</text></g>`;
  });
  const height = rows.length * (barHeight + 6);
  return `<svg id="chart-assistants" role="img" aria-label="Assistants by verdict across hosts" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars.join('')}</svg>${legend(['block', 'warn', 'info'])}`;
}

/** A line chart over report days: hosts reporting and hosts with blocked findings. Points carry `data-day|hosts|blocked`. */
export function renderTrendChart(points: readonly FleetTrendPoint[]): string {
  if (points.length === 0) return '<p class="empty">No dated runs.</p>';
  const width = 760;
  const height = 220;
  const left = 48;
  const bottom = 30;
  const top = 10;
  const max = Math.max(1, ...points.map((point) => point.hosts));
  const step = points.length > 1 ? (width - left - 20) / (points.length - 1) : 0;
  const xOf = (index: number): number => left + (points.length > 1 ? index * step : (width - left) / 2);
  const yOf = (value: number): number => top + (height - top - bottom) * (1 - value / max);
  const line = (key: 'hosts' | 'blocked'): string => points.map((point, index) => `${index === 0 ? 'M' : 'L'}${xOf(index).toFixed(1)},${yOf(point[key]).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (point, index) =>
        `<g class="point" data-day="${point.day}" data-hosts="${point.hosts}" data-blocked="${point.blocked}"><circle cx="${xOf(index).toFixed(1)}" cy="${yOf(point.hosts).toFixed(1)}" r="3" fill="${COLORS.hosts}"><title>${point.day}: ${point.hosts} hosts reporting</title></circle><circle cx="${xOf(index).toFixed(1)}" cy="${yOf(point.blocked).toFixed(1)}" r="3" fill="${COLORS.block}"><title>${point.day}: ${point.blocked} hosts with blocked findings</title></circle></g>`,
    )
    .join('');
  // Label at most about eight days so the axis stays readable over months.
  const every = Math.max(1, Math.ceil(points.length / 8));
  const labels = points
    .map((point, index) => (index % every === 0 || index === points.length - 1 ? `<text x="${xOf(index).toFixed(1)}" y="${height - 8}" text-anchor="${index === points.length - 1 && points.length > 1 ? 'end' : index === 0 && points.length > 1 ? 'start' : 'middle'}">${point.day}</text>` : ''))
    .join('');
  const axis = `<line x1="${left}" y1="${yOf(0)}" x2="${width - 10}" y2="${yOf(0)}" stroke="#999"/><text x="${left - 6}" y="${yOf(max) + 4}" text-anchor="end">${max}</text><text x="${left - 6}" y="${yOf(0) + 4}" text-anchor="end">0</text>`;
  return `<svg id="chart-trend" role="img" aria-label="Hosts reporting and hosts with blocked findings per day" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axis}<path d="${line('hosts')}" fill="none" stroke="${COLORS.hosts}" stroke-width="2"/><path d="${line('blocked')}" fill="none" stroke="${COLORS.block}" stroke-width="2"/>${dots}${labels}</svg>${legend(['hosts', 'block'], { hosts: 'hosts reporting', block: 'hosts with blocked findings' })}`;
}

function legend(keys: readonly (keyof typeof COLORS)[], names: Partial<Record<keyof typeof COLORS, string>> = {}): string {
  return `<p class="legend">${keys.map((key) => `<span><i style="background:${COLORS[key]}"></i>${names[key] ?? key}</span>`).join('')}</p>`;
}
