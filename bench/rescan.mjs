// Benchmark: the incremental history cache. On a generated 100k-commit history, times (1) a rescan of the unchanged
// repository and (2) a rescan after 100 new commits, each against the full floor (raw `git log --all` with the fields
// aiguard reads), as alternating paired runs. Targets: unchanged <= 0.1x, 100 new commits <= 0.15x.
// Before each pair the cache is brought to the 100k state (untimed), so every "100 new" run really scans 100 commits.
// JSON (the default) also names the refs containing each finding's commit, a history walk of its own that is cached
// only while no ref moves; --format sarif shows the history cache alone.
// Usage: node bench/rescan.mjs [--commits N] [--runs R] [--format json|sarif|...]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory } from './generate-history.mjs';

const { values } = parseArgs({ options: { commits: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' }, format: { type: 'string', default: 'json' } } });
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
const scan = (...extra) => time(process.execPath, [cli, 'scan', repo, '--format', values.format, '--output', '/dev/null', ...extra]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await rawGitLog();
  const pairs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    git('update-ref', 'refs/heads/main', base);
    await scan(); // the cache now holds the 100k history
    git('update-ref', 'refs/heads/main', tip);
    const raw1 = i % 2 === 0 ? await rawGitLog() : undefined;
    const afterNew = await scan();
    const unchanged = await scan();
    const raw = raw1 ?? (await rawGitLog());
    pairs.push({ raw, afterNew, unchanged });
  }
  const result = {
    repo,
    format: values.format,
    runs: pairs.length,
    rawGitLogMs: Math.round(median(pairs.map((p) => p.raw))),
    rescanUnchangedMs: Math.round(median(pairs.map((p) => p.unchanged))),
    rescanAfter100NewMs: Math.round(median(pairs.map((p) => p.afterNew))),
    unchangedRatio: Number(median(pairs.map((p) => p.unchanged / p.raw)).toFixed(3)),
    after100NewRatio: Number(median(pairs.map((p) => p.afterNew / p.raw)).toFixed(3)),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  git('update-ref', 'refs/heads/main', base);
  rmSync(cacheHome, { recursive: true, force: true });
}
