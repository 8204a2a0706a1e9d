// `aiguard fleet report`: real and synthetic audit reports from many hosts -> one offline HTML page, checked in real Chromium.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCleanHome, buildLinuxHome, makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { syntheticJson, syntheticNdjson, type SyntheticRun } from '../helpers/fleet-reports.js';
import { runCli } from '../helpers/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = join(import.meta.dirname, '../../test-output/fleet');
const HOSTS = 30;

const machineId = (i: number): string => `${i.toString(16).padStart(4, '0')}${'ab'.repeat(14)}`;
const host = (i: number): string => `ws-${String(i).padStart(2, '0')}`;

/** Day 1: every host; a third blocked (Claude Code), a third warned (Cursor), a third clean. Day 2: hosts 0-19 again, where 0, 3, 6, 9 removed Claude Code. */
function runsOf(i: number): SyntheticRun[] {
  const day1: SyntheticRun['findings'] = i % 3 === 0 ? [['claude-code', 'block', 'ana'], ['claude-code', 'block', 'bea']] : i % 3 === 1 ? [['cursor', 'warn', 'ana']] : [];
  const runs: SyntheticRun[] = [{ host: host(i), machineId: machineId(i), startedAt: `2026-12-01T0${i % 10}:00:00.000Z`, runId: `run-1-${i}`, findings: day1 }];
  if (i < 20) runs.push({ host: host(i), machineId: machineId(i), startedAt: `2026-12-03T08:${String(i).padStart(2, '0')}:00.000Z`, runId: `run-2-${i}`, findings: i % 3 === 0 && i < 10 ? [['cursor', 'info', 'ana']] : day1 });
  return runs;
}
const latest = (i: number): SyntheticRun => runsOf(i).at(-1)!;
const blockedSynthetic = [...Array(HOSTS).keys()].filter((i) => latest(i).findings.some(([, verdict]) => verdict === 'block'));

let base: string;
let reports: string;
let stdinLines: string;
let realBlocked: string;
let realClean: string;

beforeAll(async () => {
  base = makeTempFolder('fleet-report');
  reports = join(base, 'reports');
  mkdirSync(join(reports, 'day2', 'copy'), { recursive: true });
  stdinLines = [...Array(HOSTS).keys()].map((i) => syntheticNdjson(runsOf(i)[0]!)).join('');
  for (let i = 0; i < 20; i++) writeFileSync(join(reports, 'day2', `${host(i)}.json`), syntheticJson(runsOf(i)[1]!));
  // The same report ingested twice counts once.
  copyFileSync(join(reports, 'day2', 'ws-12.json'), join(reports, 'day2', 'copy', 'ws-12-again.json'));
  writeFileSync(join(reports, 'day2', 'notes.json'), '{"not":"a report"}');
  // Two real audits from two machines (machine ids from fixture system roots).
  const policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
  for (const [name, build, id] of [['real-blocked', buildLinuxHome, 'f'.repeat(32)], ['real-clean', buildCleanHome, 'e'.repeat(32)]] as const) {
    const home = join(base, name, 'home');
    mkdirSync(join(base, name, 'root', 'etc'), { recursive: true });
    writeFileSync(join(base, name, 'root', 'etc', 'machine-id'), `${id}\n`);
    build(home);
    const out = join(reports, `${name}.json`);
    const result = await runCli(['audit', '--home', home, '--platform', 'linux', '--only', 'home,extensions', '--policy', policy, '--system-root', join(base, name, 'root'), '--format', 'json', '--output', out]);
    expect(result.exitCode, result.stderr).toBeLessThan(2);
  }
  realBlocked = 'f'.repeat(32);
  realClean = 'e'.repeat(32);
});

afterAll(() => removeFixture(base));

describe('aiguard fleet report', () => {
  it('merges files, folders and stdin: the latest run per machine wins, duplicates and non-reports are skipped', async () => {
    const output = join(base, 'report.html');
    const csv = join(base, 'hosts.csv');
    const result = await runCli(['fleet', 'report', reports, '-', '--output', output, '--csv', csv], { input: stdinLines });
    expect(result.stderr).toContain(`skipped ${join(reports, 'day2', 'notes.json')}: is not an aiguard JSON report`);
    expect(result.stderr).toContain(`${HOSTS + 2} hosts, ${blockedSynthetic.length + 1} with blocked findings`);
    expect(result.exitCode).toBe(1);
    const rows = readFileSync(csv, 'utf8').trim().split('\r\n');
    const header = rows[0]!.split(',');
    const byMachine = new Map(rows.slice(1).map((row) => row.split(',')).map((cells) => [cells[header.indexOf('machine_id')]!, cells]));
    expect(byMachine.size).toBe(HOSTS + 2);
    for (let i = 0; i < HOSTS; i++) {
      const cells = byMachine.get(machineId(i))!;
      expect(cells[header.indexOf('last_seen')]).toBe(latest(i).startedAt);
      expect(cells[header.indexOf('runs')]).toBe(String(runsOf(i).length));
      expect(Number(cells[header.indexOf('block')])).toBe(latest(i).findings.filter(([, v]) => v === 'block').length);
    }
    expect(Number(byMachine.get(realBlocked)![header.indexOf('block')])).toBeGreaterThan(0);
    expect(byMachine.get(realClean)![header.indexOf('block')]).toBe('0');
    const html = readFileSync(output, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });

  it('fails with a one-line usage error for an input that does not exist, and exit 3 when nothing is a report', async () => {
    const missing = await runCli(['fleet', 'report', join(base, 'nope'), '--output', join(base, 'x.html')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([`aiguard: INPUT ${join(base, 'nope')}: cannot be read (ENOENT)`]);
    const empty = await runCli(['fleet', 'report', '-', '--output', join(base, 'empty.html')], { input: 'hello\n' });
    expect(empty.exitCode).toBe(3);
    expect(empty.stderr).toContain('skipped stdin:1: is not a JSON line');
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the fleet report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const output = join(base, 'browser.html');
    const result = await runCli(['fleet', 'report', reports, '-', '--output', output], { input: stdinLines });
    expect(result.exitCode).toBe(1);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${output}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the hosts reporting, the hosts with blocked findings and the per-assistant chart from the input', async () => {
    expect(await page.textContent('#hosts-reporting')).toBe(String(HOSTS + 2));
    expect(await page.textContent('#hosts-blocked')).toBe(String(blockedSynthetic.length + 1));
    const claude = page.locator('#chart-assistants .bar[data-assistant="claude-code"]');
    expect(await claude.getAttribute('data-block')).toBe(String(blockedSynthetic.length + 1));
    // The real audits count too: read their own summaries rather than guess what the fixture homes hold.
    const realCursorWarned = ['real-blocked', 'real-clean'].filter((name) => {
      const report = JSON.parse(readFileSync(join(reports, `${name}.json`), 'utf8')) as { summary: { byAssistant: Record<string, { warn: number }> } };
      return (report.summary.byAssistant.cursor?.warn ?? 0) > 0;
    }).length;
    const cursorWarned = [...Array(HOSTS).keys()].filter((i) => latest(i).findings.some(([a, v]) => a === 'cursor' && v === 'warn')).length + realCursorWarned;
    expect(await page.locator('#chart-assistants .bar[data-assistant="cursor"]').getAttribute('data-warn')).toBe(String(cursorWarned));
    expect(await page.locator('#hosts tbody tr').count()).toBe(HOSTS + 2);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: false });
  });

  it('draws the trend over report dates: every host on day 1, hosts 0-19 on day 2', async () => {
    const points = await page.locator('#chart-trend .point').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-day'), node.getAttribute('data-hosts'), node.getAttribute('data-blocked')]));
    const day1Blocked = [...Array(HOSTS).keys()].filter((i) => i % 3 === 0).length;
    const day2Blocked = [...Array(20).keys()].filter((i) => i % 3 === 0 && i >= 10).length;
    expect(points.slice(0, 2)).toEqual([
      ['2026-12-01', String(HOSTS), String(day1Blocked)],
      ['2026-12-03', '20', String(day2Blocked)],
    ]);
    // The two real audits ran today.
    expect(points[2]![1]).toBe('2');
  });

  it('filters by text and by verdict, and sorts by a column', async () => {
    await page.fill('#filter', 'ws-1');
    expect(await page.locator('#hosts tbody tr').count()).toBe(10);
    expect(await page.textContent('#shown-count')).toBe(`10 of ${HOSTS + 2} hosts shown`);
    await page.fill('#filter', '');
    await page.selectOption('#verdict-filter', 'blocked');
    const blockedNames = await page.locator('#hosts tbody tr td:first-child').allTextContents();
    expect(blockedNames).toHaveLength(blockedSynthetic.length + 1);
    expect(blockedNames.filter((name) => name.startsWith('ws-')).sort()).toEqual(blockedSynthetic.map(host).sort());
    await page.locator('section:has(#hosts)').screenshot({ path: join(SCREENSHOTS, 'filtered-blocked.png') });
    await page.selectOption('#verdict-filter', 'all');
    await page.click('#hosts th[data-sort="host"]');
    const sorted = await page.locator('#hosts tbody tr td:first-child').allTextContents();
    expect(sorted).toEqual([...sorted].sort());
    await page.click('#hosts th[data-sort="host"]');
    expect((await page.locator('#hosts tbody tr td:first-child').allTextContents())[0]).toBe('ws-29');
  });

  it("drills down to a host's findings from its latest run", async () => {
    await page.fill('#filter', machineId(12));
    await page.click('#hosts tbody tr');
    expect(await page.textContent('#detail-title')).toBe(`ws-12 (${machineId(12)})`);
    expect(await page.locator('#findings tbody tr').count()).toBe(latest(12).findings.length);
    expect(await page.locator('#findings tbody tr td:first-child').allTextContents()).toEqual(['block', 'block']);
    await page.screenshot({ path: join(SCREENSHOTS, 'host-detail.png'), fullPage: true });
    await page.fill('#filter', machineId(3));
    await page.click('#hosts tbody tr');
    // Host 3 removed Claude Code on day 2: only day 2's info finding shows.
    expect(await page.locator('#findings tbody tr td:first-child').allTextContents()).toEqual(['info']);
  });

  it('exports the shown rows as CSV', async () => {
    await page.fill('#filter', '');
    await page.selectOption('#verdict-filter', 'blocked');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]!.startsWith('host,machine_id,os')).toBe(true);
    expect(csv).toHaveLength(blockedSynthetic.length + 2);
  });

  it('made no network request: only the file itself and blob: URLs', () => {
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});
