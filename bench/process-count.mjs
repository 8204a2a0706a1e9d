// Counts what one run of a command starts and loads, for the start-up benchmarks: Node processes (a --require preload
// through NODE_OPTIONS), git processes (GIT_TRACE2's start events, git's children included), and per Node process the
// JavaScript files it loaded and the built-in modules beyond those `node -e 0` loads. Untimed: the preload and the trace
// cost time, so benchmarks count in a separate run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELOAD = `'use strict';
const { appendFileSync } = require('fs');
const base = new Set(JSON.parse(process.env.AIGUARD_BENCH_BASE_MODULES));
process.on('exit', () => {
  const files = Object.keys(require.cache).filter((file) => file !== __filename).length;
  const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ') && !base.has(name)).length;
  appendFileSync(process.env.AIGUARD_BENCH_COUNT_FILE, JSON.stringify({ argv: process.argv.slice(1, 4), files, builtins }) + '\\n');
});
`;

/**
 * Runs `file args` once with `options` (cwd, env, input) and returns { node, git, perNode: [{ argv, files, builtins }] }.
 * `files` counts CommonJS files (a bundle is one; ES modules are not in require.cache and count as 0).
 */
export function countProcesses(file, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aiguard-bench-count-'));
  try {
    const preload = join(dir, 'count.cjs');
    const counts = join(dir, 'node.jsonl');
    const trace = join(dir, 'git.trace');
    writeFileSync(preload, PRELOAD);
    writeFileSync(counts, '');
    const baseModules = spawnSync(process.execPath, ['-p', 'JSON.stringify(process.moduleLoadList)'], { encoding: 'utf8' }).stdout.trim();
    const env = {
      ...(options.env ?? process.env),
      NODE_OPTIONS: `--require ${preload}`,
      AIGUARD_BENCH_COUNT_FILE: counts,
      AIGUARD_BENCH_BASE_MODULES: baseModules,
      GIT_TRACE2_EVENT: trace,
    };
    const result = spawnSync(file, args, { cwd: options.cwd, env, input: options.input, stdio: ['pipe', 'ignore', 'pipe'] });
    if (result.status !== 0 && !options.allowFailure) throw new Error(`${file} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    const perNode = readFileSync(counts, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    let git = 0;
    try {
      git = readFileSync(trace, 'utf8').split('\n').filter((line) => line.includes('"event":"start"')).length;
    } catch {
      // No git ran.
    }
    // A timed command that is itself git (git commit, git push) counts as one of the git processes.
    return { node: perNode.length, git, perNode };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
