// Benchmark: start-up of each way aiguard ships, as ratios against `node -e 0` (the floor any Node program pays).
//
// Runs `--version` (start-up alone), `scan --no-history` of a small fresh repository (the start-up target:
// <= 2x `node -e 0`) and a full `scan` of it, with: the workspace CLI (packages/cli/bin/aiguard.js, which runs the
// one-file bundle dist/aiguard.cjs), the published package's launcher (bin/aiguard.cjs, the same bundle), and the
// linux-x64 standalone binary (release/aiguard-linux-x64, built with `npm run release` or
// `node scripts/release/build.mjs --only linux-x64` first). Medians over --runs rounds; each round runs every variant
// once, in rotating order, so drift in machine load hits all alike. Prints JSON: per variant the median, its ratio to
// `node -e 0`, and (from one extra untimed run) the CommonJS files and extra built-in modules it loaded and the git
// processes it started.
// Usage: node bench/startup.mjs [--runs R] [--binary PATH]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countProcesses } from './process-count.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, binary: { type: 'string', default: join(root, 'release', 'aiguard-linux-x64') } } });
const runs = Number(values.runs);
const repo = mkdtempSync(join(tmpdir(), 'aiguard-bench-startup-'));
execFileSync('git', ['init', '-q', repo]);
execFileSync('git', ['-C', repo, '-c', 'user.name=Ana', '-c', 'user.email=ana@example.com', 'commit', '-q', '--allow-empty', '-m', 'Start']);

const node = process.execPath;
const workspace = join(root, 'packages', 'cli', 'bin', 'aiguard.js');
const packaged = join(root, 'packages', 'cli', 'bin', 'aiguard.cjs');
const variants = {
  'node -e 0': [node, '-e', '0'],
  'workspace CLI --version': [node, workspace, '--version'],
  'package bundle --version': [node, packaged, '--version'],
  'binary --version': [values.binary, '--version'],
  'workspace CLI scan --no-history': [node, workspace, 'scan', '--no-history', repo],
  'package bundle scan --no-history': [node, packaged, 'scan', '--no-history', repo],
  'binary scan --no-history': [values.binary, 'scan', '--no-history', repo],
  'workspace CLI scan': [node, workspace, 'scan', repo],
  'package bundle scan': [node, packaged, 'scan', repo],
  'binary scan': [values.binary, 'scan', repo],
};
if (!existsSync(values.binary)) {
  process.stderr.write(`bench: no binary at ${values.binary}; build it with node scripts/release/build.mjs --only linux-x64\n`);
  for (const name of Object.keys(variants)) if (name.startsWith('binary')) delete variants[name];
}

const env = { ...process.env, CI: 'true' };
delete env.NODE_COMPILE_CACHE;
const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const names = Object.keys(variants);
for (let round = 0; round < runs; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const [file, ...args] = variants[name];
    const started = process.hrtime.bigint();
    const result = spawnSync(file, args, { env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}`);
    times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const floor = median(times['node -e 0']);
const results = {};
for (const name of names) {
  const [file, ...args] = variants[name];
  const { node: nodeProcesses, git, perNode } = countProcesses(file, args, { env });
  results[name] = {
    medianMs: Number(median(times[name]).toFixed(1)),
    overNodeStart: Number((median(times[name]) / floor).toFixed(2)),
    nodeProcesses,
    gitProcesses: git,
    // The binary is not a node on PATH: NODE_OPTIONS still reaches it, so its counts are there too.
    commonJsFiles: perNode[0]?.files,
    extraBuiltinModules: perNode[0]?.builtins,
  };
}
rmSync(repo, { recursive: true, force: true });
console.log(JSON.stringify({ runs, target: { 'scan --no-history / node -e 0': 2 }, results }, null, 2));
