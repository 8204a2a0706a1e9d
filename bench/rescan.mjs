// Benchmark: the incremental history cache. On a generated 100k-commit history, times (1) a rescan of the unchanged
// repository and (2) a rescan after 100 new commits, each against the full floor (raw `git log --all` with the fields
// aiguard reads), as alternating paired runs. Targets: unchanged <= 0.1x, 100 new commits <= 0.15x.
// Before each pair the cache is brought to the 100k state (untimed), so every "100 new" run really scans 100 commits.
// JSON also names the refs containing each finding's commit, kept in the cache and updated from the new commits;
// text and SARIF show the history cache alone. Each format is measured with its own paired runs.
// Usage: node bench/rescan.mjs [--commits N] [--runs R] [--formats json,sarif,text]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory } from './generate-history.mjs';

const { values } = parseArgs({ options: { commits: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' }, formats: { type: 'string', default: 'json,sarif,text' }, format: { type: 'string' } } });
const formats = (values.format ?? values.formats).split(',').filter(Boolean);
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const repo = await generateHistory(fileURLToPath(new URL(`./.cache/rescan-${values.commits}`, import.meta.url)), Number(values.commits));
const cacheHome = mkdtempSync(join(tmpdir(), 'aiguard-bench-rescan-'));
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

// 100 new commits on top of main, made once and kept unreachable until a run points main at them.
const base = git('rev-parse', 'refs/heads/main');
let tip = base;
for (let i = 1; i <= 100; i++) {
  tip = execFileSync('git', ['commit-tree', `${tip}^{tree}`, '-p', tip, '-m', `feat: new work ${i}${i % 10 === 0 ? '\n\nCo-Authored-By: Claude <noreply@anthropic.com>' : ''}`], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.com', GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.com' },
  }).trim();
}

function time(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: repo, env: { ...process.env, XDG_CACHE_HOME: cacheHome, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
}
const rawGitLog = () => time('git', ['log', '--all', '--no-mailmap', '--no-color', '-z', `--format=${FORMAT}`], { GIT_FLUSH: '0' });
const scan = (format) => time(process.execPath, [cli, 'scan', repo, '--format', format, '--output', '/dev/null']);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await rawGitLog();
  const pairs = Object.fromEntries(formats.map((format) => [format, []]));
  for (let i = 0; i < Number(values.runs); i++) {
    for (const format of formats) {
      git('update-ref', 'refs/heads/main', base);
      await scan(format); // the cache now holds the 100k history
      git('update-ref', 'refs/heads/main', tip);
      const raw1 = i % 2 === 0 ? await rawGitLog() : undefined;
      const afterNew = await scan(format);
      const unchanged = await scan(format);
      const raw = raw1 ?? (await rawGitLog());
      pairs[format].push({ raw, afterNew, unchanged });
    }
  }
  const byFormat = Object.fromEntries(
    formats.map((format) => {
      const runs = pairs[format];
      return [
        format,
        {
          rawGitLogMs: Math.round(median(runs.map((p) => p.raw))),
          rescanUnchangedMs: Math.round(median(runs.map((p) => p.unchanged))),
          rescanAfter100NewMs: Math.round(median(runs.map((p) => p.afterNew))),
          unchangedRatio: Number(median(runs.map((p) => p.unchanged / p.raw)).toFixed(3)),
          after100NewRatio: Number(median(runs.map((p) => p.afterNew / p.raw)).toFixed(3)),
        },
      ];
    }),
  );
  const worst = (key) => Math.max(...Object.values(byFormat).map((figures) => figures[key]));
  // The table's ratios are the worst format's.
  console.log(JSON.stringify({ repo, runs: Number(values.runs), unchangedRatio: worst('unchangedRatio'), after100NewRatio: worst('after100NewRatio'), formats: byFormat }, null, 2));
} finally {
  git('update-ref', 'refs/heads/main', base);
  rmSync(cacheHome, { recursive: true, force: true });
}
