// Benchmark: what the default hook install (`aiguard hook install`: commit-msg, which also judges the staged files, and
// pre-push) adds to a real `git commit`, against the same commit with core.hooksPath at an empty folder, as alternating
// paired runs, each also paired with `node -e 0`. Reported ratio: (hooked commit - plain commit) / (node -e 0); target
// <= 1.5. `--hooks LIST` installs other hooks (commit-msg,pre-commit,pre-push: the install before issue 14). One extra
// untimed commit counts the Node and git processes it starts (bench/process-count.mjs).
// Usage: node bench/commit-hook.mjs [--runs R] [--hooks LIST]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countProcesses } from './process-count.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, hooks: { type: 'string' } } });
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'aiguard-bench-commit-'));
const home = join(root, 'home');
mkdirSync(home);
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_TERMINAL_PROMPT: '0', GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.com', GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.com' };
delete env.NODE_COMPILE_CACHE;
delete env.CLAUDECODE;
const work = join(root, 'work');
const git = (...args) => execFileSync('git', args, { cwd: work, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
execFileSync('git', ['init', '-q', '-b', 'main', work], { env });
writeFileSync(join(work, '.aiguard.json'), JSON.stringify({ assistants: { 'claude-code': 'block' } }));
git('add', '.aiguard.json');
git('commit', '-q', '-m', 'Start');
execFileSync(process.execPath, [cli, 'hook', 'install', ...(values.hooks ? ['--hooks', values.hooks] : [])], { cwd: work, env, stdio: 'ignore' });
const emptyHooks = join(root, 'no-hooks');
mkdirSync(emptyHooks);

let n = 0;
function commit(hooked) {
  writeFileSync(join(work, 'file.txt'), `change ${++n}\n`);
  git('add', 'file.txt');
  const args = [...(hooked ? [] : ['-c', `core.hooksPath=${emptyHooks}`]), 'commit', '-q', '-m', `Change ${n}`];
  const started = process.hrtime.bigint();
  const result = spawnSync('git', args, { cwd: work, env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`git commit exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
function nodeStart() {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}
/** Node and git processes of one hooked commit (git commit itself included). */
function commitProcesses() {
  writeFileSync(join(work, 'file.txt'), `change ${++n}\n`);
  git('add', 'file.txt');
  const { node, git: gits, perNode } = countProcesses('git', ['commit', '-q', '-m', `Change ${n}`], { cwd: work, env });
  return { node, git: gits, commonJsFiles: perNode.map((p) => p.files), extraBuiltinModules: perNode.map((p) => p.builtins) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  commit(true);
  const pairs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const [hooked, plain] = i % 2 === 0 ? [commit(true), commit(false)] : (([p, h]) => [h, p])([commit(false), commit(true)]);
    const node = nodeStart();
    pairs.push({ hooked, plain, node, ratio: (hooked - plain) / node });
  }
  console.log(JSON.stringify({
    runs: pairs.length,
    hookedCommitMs: Math.round(median(pairs.map((p) => p.hooked))),
    plainCommitMs: Math.round(median(pairs.map((p) => p.plain))),
    nodeStartMs: Math.round(median(pairs.map((p) => p.node))),
    addedOverNodeStart: Number(median(pairs.map((p) => p.ratio)).toFixed(2)),
    target: 1.5,
    processes: commitProcesses(),
  }, null, 2));
} finally {
  rmSync(root, { recursive: true, force: true });
}
