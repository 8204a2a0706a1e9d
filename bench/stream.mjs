// Benchmark: a full-history scan of a history where every commit carries AI evidence, per streamed format, against raw `git log --all`
// (same fields) as alternating paired runs, with the scan's peak RSS. Issue 14's target: ratio <= 1.6x, peak RSS <= 96 MiB.
// Usage: node bench/stream.mjs [--commits N] [--runs R] [--formats json,sarif,text] [--repo PATH]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory } from './generate-history.mjs';

const { values } = parseArgs({
  options: { commits: { type: 'string', default: '30000' }, runs: { type: 'string', default: '5' }, formats: { type: 'string', default: 'json,sarif,text' }, repo: { type: 'string' } },
});
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const repo = values.repo ?? (await generateHistory(fileURLToPath(new URL(`./.cache/history-${values.commits}-ai1`, import.meta.url)), Number(values.commits), 1));
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
const scratch = mkdtempSync(join(tmpdir(), 'aiguard-bench-stream-'));
const peakFile = join(scratch, 'peak');
// GNU time reports the child's ru_maxrss; without it a preload writes Node's own maxRSS on exit. Git's memory is never counted.
const gnuTime = existsSync('/usr/bin/time');
const preload = join(scratch, 'peak.mjs');
writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);

const rawGitLog = () => run('git', ['log', '--all', '--no-mailmap', '--no-color', '-z', `--format=${FORMAT}`], { GIT_FLUSH: '0' });
async function scan(format) {
  const args = ['scan', repo, '--no-cache', '--format', format, '--output', '/dev/null'];
  const timed = gnuTime ? await run('/usr/bin/time', ['-f', '%M', '-o', peakFile, process.execPath, cli, ...args], { CI: 'true' }) : await run(process.execPath, ['--import', preload, cli, ...args], { CI: 'true' });
  return { ms: timed, peakMiB: Number(readFileSync(peakFile, 'utf8').trim().split('\n').at(-1)) / 1024 };
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(values.runs);
const formats = values.formats.split(',');
await rawGitLog();
for (const format of formats) await scan(format); // warm the page cache and the compile cache
const results = {};
for (const format of formats) {
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so drift in machine load hits both sides alike.
    const raw = i % 2 === 0 ? await rawGitLog() : undefined;
    const measured = await scan(format);
    const floor = raw ?? (await rawGitLog());
    pairs.push({ raw: floor, scan: measured.ms, peakMiB: measured.peakMiB, ratio: measured.ms / floor });
  }
  results[format] = {
    rawGitLogMs: Math.round(median(pairs.map((p) => p.raw))),
    aiguardScanMs: Math.round(median(pairs.map((p) => p.scan))),
    medianPairedRatio: Number(median(pairs.map((p) => p.ratio)).toFixed(2)),
    pairedRatios: pairs.map((p) => Number(p.ratio.toFixed(2))),
    medianPeakRssMiB: Number(median(pairs.map((p) => p.peakMiB)).toFixed(1)),
    maxPeakRssMiB: Number(Math.max(...pairs.map((p) => p.peakMiB)).toFixed(1)),
  };
}
rmSync(scratch, { recursive: true, force: true });
console.log(JSON.stringify({ repo, commits: Number(values.commits), runs, peakRssMethod: gnuTime ? 'gnu-time' : 'resource-usage', targets: { ratio: 1.6, peakRssMiB: 96 }, formats: results }, null, 2));
