/** @fileoverview Writes the fleet roll-up as one self-contained offline HTML page, streaming host findings into it. */
import type { Assistant } from '../model/assistant.js';
import { lookUpCatalog } from '../catalog-lookup.js';
import { escapeHtml, renderAssistantChart, renderTrendChart } from './fleet-charts.js';
import { FLEET_HOST_COLUMNS, fleetHostCells } from './fleet-csv.js';
import { hostKey, type FleetIndex } from './fleet-index.js';
import type { FleetEvent } from './fleet-model.js';
import { FLEET_CSS, FLEET_SCRIPT } from './fleet-page-assets.js';

/** What the page needs beside the index. */
export interface FleetPageOptions {
  /** When the roll-up was made (shown in the header). */
  readonly generatedAt: Date;
  /** How many report files (or streams) were read. */
  readonly inputs: number;
  /** For assistant names. */
  readonly assistants: readonly Assistant[];
  /** Inputs or lines skipped, shown in the header so a partial roll-up says so. */
  readonly problems: number;
}

/** Host table headers: column key and label. */
const HOST_HEADERS: readonly [string, string][] = [
  ['host', 'Host'],
  ['os', 'OS'],
  ['user', 'User'],
  ['last_seen', 'Last seen (UTC)'],
  ['runs', 'Runs'],
  ['block', 'Blocked'],
  ['warn', 'Warnings'],
  ['info', 'Info'],
  ['blocked_assistants', 'Blocked assistants'],
  ['policy_digest', 'Policy'],
];

/**
 * Writes the page through `write`: summary numbers, the two charts, the host table and its script, then the
 * findings of each host's latest run, read from `events` (a second pass over the inputs) straight into the
 * page's data block, so memory holds the index and one report at a time. The page makes no network request.
 */
export async function writeFleetHtml(index: FleetIndex, events: AsyncIterable<FleetEvent>, write: (chunk: string) => void | Promise<void>, options: FleetPageOptions): Promise<void> {
  const catalog = lookUpCatalog(options.assistants);
  const hosts = index.hosts();
  const totals = index.totals();
  const positions = new Map(hosts.map((host, position) => [host.key, position]));
  const assistantRows = index.assistantsByVerdict().map((row) => ({ ...row, label: catalog.assistant(row.assistant)?.name ?? row.assistant }));
  const names = Object.fromEntries(assistantRows.map((row) => [row.assistant, row.label]));

  await write(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aiguard fleet report</title><style>${FLEET_CSS}</style></head><body>
<h1>aiguard fleet report</h1>
<p class="meta">Generated ${escapeHtml(options.generatedAt.toISOString())} from ${options.inputs} input${options.inputs === 1 ? '' : 's'}; the latest run of each machine counts, older runs make the trend.${options.problems > 0 ? ` <b>${options.problems} input${options.problems === 1 ? '' : 's'} or lines skipped</b> (listed by the command).` : ''}</p>
<div class="cards">
<div class="card"><b id="hosts-reporting">${totals.hosts}</b><span>hosts reporting</span></div>
<div class="card${totals.blockedHosts > 0 ? ' bad' : ''}"><b id="hosts-blocked">${totals.blockedHosts}</b><span>hosts with blocked findings</span></div>
<div class="card"><b id="findings-block">${totals.findings.block}</b><span>blocked findings</span></div>
<div class="card"><b id="findings-warn">${totals.findings.warn}</b><span>warnings</span></div>
<div class="card"><b id="last-seen">${escapeHtml(totals.lastSeen.slice(0, 16).replace('T', ' ') || 'never')}</b><span>last report (UTC)</span></div>
</div>
<section><h2>Assistants by verdict across hosts</h2>${renderAssistantChart(assistantRows)}</section>
<section><h2>Trend over report dates</h2>${renderTrendChart(index.trend())}</section>
<section><h2>Hosts</h2>
<div class="tools"><input id="filter" type="search" placeholder="Filter hosts (name, user, assistant, machine id…)" size="40">
<select id="verdict-filter"><option value="all">All hosts</option><option value="blocked">With blocked findings</option><option value="warn">Warnings only</option><option value="clean">Clean</option></select>
<button id="export-csv" type="button">Export CSV</button><span id="shown-count"></span></div>
<table id="hosts"><thead><tr>${HOST_HEADERS.map(([key, label]) => `<th data-sort="${key}">${label}</th>`).join('')}</tr></thead><tbody></tbody></table>
</section>
<section id="host-detail" hidden><h2 id="detail-title"></h2><p class="meta" id="detail-meta"></p><p id="detail-count"></p>
<table id="findings"><thead><tr><th>Verdict</th><th>Assistant</th><th>Source</th><th>Where</th><th>User</th><th>Evidence</th></tr></thead><tbody></tbody></table></section>
<script type="application/json" id="fleet-data">{"columns":${json(FLEET_HOST_COLUMNS)},"assistants":${json(names)},"hosts":[`);
  for (let position = 0; position < hosts.length; position++) await write(`${position === 0 ? '' : ','}${json(fleetHostCells(hosts[position]!))}`);
  await write('],"findings":[');
  let first = true;
  const finished = new Set<string>();
  let buffer: string[] = [];
  for await (const event of events) {
    if (!index.isLatest(event.run) || finished.has(event.run.runId)) continue;
    // A report read twice (same run id in two inputs) shows its findings once.
    if (event.type === 'summary') {
      finished.add(event.run.runId);
      continue;
    }
    const { finding } = event;
    buffer.push(`${first ? '' : ','}${json([positions.get(hostKey(event.run)), finding.verdict, finding.assistant, finding.signature, finding.source, finding.place, finding.evidence, finding.user])}`);
    first = false;
    if (buffer.length >= 512) {
      await write(buffer.join(''));
      buffer = [];
    }
  }
  await write(`${buffer.join('')}]}</script>
<script>${FLEET_SCRIPT}</script>
</body></html>
`);
}

/** JSON safe inside a script element: `<` escaped so report text cannot close the element. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
