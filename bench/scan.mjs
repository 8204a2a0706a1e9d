// Benchmark: a full-history `aiguard scan` against raw `git log --all` (same fields) and raw `rev-list | cat-file --batch`, as alternating paired runs.
// Usage: node bench/scan.mjs [--commits N] [--runs R] [--repo PATH] [--ai-every K (one commit in K carries AI evidence; 1 = all)] [--formats json,text]
// Each format family is timed against the same floor: text (no refs) and json (containing refs on every commit finding).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory } from './generate-history.mjs';

const { values } = parseArgs({
  options: { commits: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' }, repo: { type: 'string' }, 'ai-every': { type: 'string', default: '97' }, formats: { type: 'string', default: 'json,text' } },
});
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const aiEvery = Number(values['ai-every']);
const repo = values.repo ?? (await generateHistory(fileURLToPath(new URL(`./.cache/history-${values.commits}${aiEvery === 97 ? '' : `-ai${aiEvery}`}`, import.meta.url)), Number(values.commits), aiEvery));
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');

// The floor: git producing the same bytes aiguard reads, drained by a reader that does nothing with them.
const rawGitLog = () => time('git', ['log', '--all', '--no-mailmap', '--no-color', '-z', `--format=${FORMAT}`], repo, { GIT_FLUSH: '0' });
// The honest floor for raw reading: the commit objects themselves (`rev-list | cat-file --batch`), as aiguard reads them.
const rawCatFile = () => time('sh', ['-c', 'git rev-list --all | git cat-file --batch --buffer'], repo, {});
// Node's own start-up, so small repositories (where it is most of the time) can be read fairly.
const nodeStart = () => time(process.execPath, ['-e', '0'], repo, {});
const scanAs = (format) => () => time(process.execPath, [cli, 'scan', repo, '--no-cache', '--format', format, '--output', '/dev/null'], repo, { CI: 'true' });
const [mainFormat, ...otherFormats] = values.formats.split(',').filter(Boolean);
const aiguardScan = scanAs(mainFormat);

function time(command, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
const commitCount = await new Promise((resolve) => {
  const child = spawn('git', ['rev-list', '--all', '--count'], { cwd: repo });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('close', () => resolve(Number(out.trim())));
});

await rawGitLog();
await aiguardScan(); // warm the page cache and the build once
const pairs = [];
for (let i = 0; i < runs; i++) {
  // Alternate the order so drift in machine load hits both sides alike.
  const [raw, scan] = i % 2 === 0 ? [await rawGitLog(), await aiguardScan()] : (([s, r]) => [r, s])([await aiguardScan(), await rawGitLog()]);
  const node = await nodeStart();
  const cat = await rawCatFile();
  const others = {};
  for (const format of otherFormats) {
    const [otherRaw, other] = i % 2 === 0 ? [await rawGitLog(), await scanAs(format)()] : (([s, r]) => [r, s])([await scanAs(format)(), await rawGitLog()]);
    others[format] = { raw: otherRaw, scan: other, ratio: other / otherRaw };
  }
  pairs.push({ raw, scan, node, cat, others, ratio: scan / raw, catRatio: scan / cat, ratioAfterStartup: Math.max(scan - node, 0) / raw });
}
const byFormat = { [mainFormat]: { aiguardScanMs: Math.round(median(pairs.map((p) => p.scan))), medianPairedRatio: Number(median(pairs.map((p) => p.ratio)).toFixed(2)) } };
for (const format of otherFormats) {
  byFormat[format] = { aiguardScanMs: Math.round(median(pairs.map((p) => p.others[format].scan))), medianPairedRatio: Number(median(pairs.map((p) => p.others[format].ratio)).toFixed(2)), pairedRatios: pairs.map((p) => Number(p.others[format].ratio.toFixed(2))) };
}
const result = {
  repo,
  commits: commitCount,
  format: mainFormat,
  byFormat,
  runs,
  rawGitLogMs: Math.round(median(pairs.map((p) => p.raw))),
  aiguardScanMs: Math.round(median(pairs.map((p) => p.scan))),
  medianPairedRatio: Number(median(pairs.map((p) => p.ratio)).toFixed(2)),
  pairedRatios: pairs.map((p) => Number(p.ratio.toFixed(2))),
  rawCatFileMs: Math.round(median(pairs.map((p) => p.cat))),
  medianRatioToCatFile: Number(median(pairs.map((p) => p.catRatio)).toFixed(2)),
  nodeStartMs: Math.round(median(pairs.map((p) => p.node))),
  // (scan - node -e 0) / raw git log: what aiguard adds beyond the fixed cost of starting Node.
  medianRatioAfterStartup: Number(median(pairs.map((p) => p.ratioAfterStartup)).toFixed(2)),
  commitsPerSecond: Math.round(commitCount / (median(pairs.map((p) => p.scan)) / 1000)),
};
console.log(JSON.stringify(result, null, 2));
