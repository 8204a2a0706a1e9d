// Benchmark: `aiguard fleet report` over synthetic NDJSON audits (default 5,000 hosts x 20 findings), time and peak RSS,
// against a floor that only reads and JSON-parses every line once. Also runs a tenth of the hosts to show memory stays flat.
// Usage: node bench/fleet-report.mjs [--hosts N] [--findings F] [--runs R]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { hosts: { type: 'string', default: '5000' }, findings: { type: 'string', default: '20' }, runs: { type: 'string', default: '3' } } });
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const cache = fileURLToPath(new URL('./.cache/', import.meta.url));
mkdirSync(cache, { recursive: true });
const ASSISTANTS = ['claude-code', 'cursor', 'github-copilot', 'qwen-code', 'openai-codex', 'gemini-cli'];
const VERDICTS = ['block', 'warn', 'info'];

/** Writes one NDJSON file: every host's audit (findings then summary), in the shape `aiguard audit --format ndjson` writes. */
async function generate(hosts, perHost) {
  const file = join(cache, `fleet-${hosts}x${perHost}.ndjson`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  const tool = { name: 'aiguard', version: '0.1.0', catalogVersion: '2026.11.22' };
  for (let h = 0; h < hosts; h++) {
    const host = `ws-${String(h).padStart(5, '0')}`;
    const run = { runId: `00000000-0000-4000-8000-${String(h).padStart(12, '0')}`, startedAt: `2026-12-0${1 + (h % 7)}T06:00:00.000Z`, host, machineId: h.toString(16).padStart(32, '0'), os: 'linux', osVersion: '6.1.0', user: 'root', ...{ aiguardVersion: tool.version, catalogVersion: tool.catalogVersion }, policyDigest: `sha256:${'0'.repeat(64)}` };
    const context = { schemaVersion: 2, tool, run, target: { kind: 'workstation', host, os: 'linux 6.1.0', users: ['ana'], roots: [] }, policy: { found: true, layers: [{ layer: 'managed', file: '/etc/aiguard/policy.json' }] } };
    const counts = { block: 0, warn: 0, info: 0 };
    const byAssistant = {};
    let chunk = '';
    for (let f = 0; f < perHost; f++) {
      const assistant = ASSISTANTS[(h + f) % ASSISTANTS.length];
      const verdict = VERDICTS[(h * 7 + f) % 3];
      counts[verdict]++;
      (byAssistant[assistant] ??= { block: 0, warn: 0, info: 0 })[verdict]++;
      const path = `/home/ana/.${assistant}/settings-${f}.json`;
      chunk += `${JSON.stringify({ type: 'finding', ...context, host, os: 'linux 6.1.0', user: 'ana', source: 'home', fingerprint: `${h}-${f}`.padEnd(32, '0'), assistant, signature: `${assistant}/home-config`, kind: 'home-path', strength: 'strong', verdict, decidedBy: `managed policy /etc/aiguard/policy.json (assistants.${assistant}: ${verdict})`, location: { path, user: 'ana' }, evidence: path })}\n`;
    }
    chunk += `${JSON.stringify({ type: 'summary', ...context, summary: { commitsScanned: 0, refsScanned: 0, pathsScanned: perHost, findings: counts, byAssistant, suppressed: 0 } })}\n`;
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return file;
}

/** Runs node with a preload that records process.resourceUsage().maxRSS at exit; returns wall ms and peak MiB. */
function measure(args) {
  const folder = mkdtempSync(join(tmpdir(), 'aiguard-bench-fleet-'));
  const peak = join(folder, 'peak');
  const preload = join(folder, 'rss.mjs');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(peak)}, String(process.resourceUsage().maxRSS)));\n`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', preload, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr}`));
      const mib = Number(readFileSync(peak, 'utf8')) / 1024;
      rmSync(folder, { recursive: true, force: true });
      resolve({ ms, mib });
    });
  });
}

const FLOOR = `import { createReadStream } from 'node:fs'; import { createInterface } from 'node:readline';
let n = 0; for await (const line of createInterface({ input: createReadStream(process.argv[1]) })) { if (line) { JSON.parse(line); n++; } }`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(hosts, perHost, runs) {
  const input = await generate(hosts, perHost);
  const html = join(cache, `fleet-${hosts}.html`);
  const floor = [];
  const report = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await measure(['--input-type=module', '-e', FLOOR, input]));
    report.push(await measure([cli, 'fleet', 'report', input, '--output', html]));
  }
  return {
    hosts,
    findingsPerHost: perHost,
    inputMiB: Number((readFileSync(input).length / 1048576).toFixed(1)),
    htmlMiB: Number((readFileSync(html).length / 1048576).toFixed(1)),
    floorMs: Math.round(median(floor.map((r) => r.ms))),
    reportMs: Math.round(median(report.map((r) => r.ms))),
    ratio: Number((median(report.map((r) => r.ms)) / median(floor.map((r) => r.ms))).toFixed(2)),
    floorPeakMiB: Math.round(median(floor.map((r) => r.mib))),
    reportPeakMiB: Math.round(median(report.map((r) => r.mib))),
  };
}

const hosts = Number(values.hosts);
const perHost = Number(values.findings);
const runs = Number(values.runs);
const small = await bench(Math.max(1, Math.round(hosts / 10)), perHost, runs);
const full = await bench(hosts, perHost, runs);
console.log(JSON.stringify({ small, full, peakGrowthMiB: full.reportPeakMiB - small.reportPeakMiB }, null, 2));
