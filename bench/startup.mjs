// Benchmark: start-up of each way aiguard ships, as ratios against `node -e 0` (the floor any Node program pays).
//
// Runs `--version` (start-up alone) and `scan` of a small fresh repository (start-up plus the scan path's code)
// with: the workspace CLI (tsc output, about 140 modules), the published package's one-file bundle
// (packages/cli/dist/aiguard.cjs), and the linux-x64 standalone binary (release/aiguard-linux-x64, built with
// `npm run release` or `node scripts/release/build.mjs --only linux-x64` first). Medians over --runs rounds; each
// round runs every variant once, in rotating order, so drift in machine load hits all alike.
// Usage: node bench/startup.mjs [--runs R] [--binary PATH]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, binary: { type: 'string', default: join(root, 'release', 'aiguard-linux-x64') } } });
const runs = Number(values.runs);
const repo = mkdtempSync(join(tmpdir(), 'aiguard-bench-startup-'));
execFileSync('git', ['init', '-q', repo]);
execFileSync('git', ['-C', repo, '-c', 'user.name=Ana', '-c', 'user.email=ana@example.com', 'commit', '-q', '--allow-empty', '-m', 'Start']);

const node = process.execPath;
const variants = {
  'node -e 0': [node, '-e', '0'],
  'workspace CLI --version': [node, join(root, 'packages', 'cli', 'bin', 'aiguard.js'), '--version'],
  'package bundle --version': [node, join(root, 'packages', 'cli', 'bin', 'aiguard.cjs'), '--version'],
  'binary --version': [values.binary, '--version'],
  'workspace CLI scan': [node, join(root, 'packages', 'cli', 'bin', 'aiguard.js'), 'scan', repo],
  'package bundle scan': [node, join(root, 'packages', 'cli', 'bin', 'aiguard.cjs'), 'scan', repo],
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
rmSync(repo, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const floor = median(times['node -e 0']);
for (const name of names) console.log(`${name.padEnd(26)} ${median(times[name]).toFixed(1).padStart(7)} ms   ${(median(times[name]) / floor).toFixed(2)} x node -e 0`);
