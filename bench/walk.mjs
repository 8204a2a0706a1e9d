// Benchmark: aiguard's repository walk (core findRepositories, as `audit --root` runs it) against the equivalent
// pruned `find` (node_modules, .hg, .svn pruned; .git printed and not entered), as alternating paired runs.
// Both sides run as a fresh process over a generated tree (repositories with .git internals, nested repositories,
// node_modules trees, plain folders, a symlink loop); the walk side also reports its in-process time (no Node
// start-up). Target (issue #5): walk <= 1.5x find.
// Usage: node bench/walk.mjs [--projects N] [--runs R] [--root DIR]   (build first: npx tsc -b)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { projects: { type: 'string', default: '400' }, runs: { type: 'string', default: '9' }, root: { type: 'string' } },
});
const walker = fileURLToPath(new URL('../packages/core/dist/sources/repository-walk.js', import.meta.url));
if (!existsSync(walker)) throw new Error(`${walker} is missing: build core first (npx tsc -b)`);

/**
 * Writes a tree of `projects` projects: each a repository with a .git holding objects/refs folders; every 4th
 * has a nested repository; every 2nd a node_modules tree 3 levels deep; plus src/docs/test folders and files.
 */
function generateTree(dir, projects) {
  const marker = join(dir, `.generated-${projects}`);
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const folder = (...parts) => {
    const path = join(dir, ...parts);
    mkdirSync(path, { recursive: true });
    return path;
  };
  for (let p = 0; p < projects; p++) {
    const group = `group-${p % 20}`;
    const project = `project-${p}`;
    for (const sub of ['objects/pack', 'objects/info', 'refs/heads', 'refs/tags', 'hooks', 'info', 'logs/refs/heads']) folder(group, project, '.git', sub);
    for (let o = 0; o < 16; o++) folder(group, project, '.git', 'objects', o.toString(16).padStart(2, '0'));
    for (const sub of ['src/lib/util', 'src/app/routes', 'src/app/components/forms', 'docs/guide', 'test/unit', 'test/e2e', 'scripts']) {
      writeFileSync(join(folder(group, project, sub), 'index.ts'), 'export {};\n');
    }
    if (p % 4 === 0) folder(group, project, 'vendor', 'nested-lib', '.git', 'objects');
    if (p % 2 === 0) {
      for (let m = 0; m < 12; m++) {
        for (const sub of ['lib', 'dist/esm', 'dist/cjs', 'node_modules/dep-a/lib', 'node_modules/dep-b/node_modules/dep-c/lib']) {
          writeFileSync(join(folder(group, project, 'node_modules', `pkg-${m}`, sub), 'index.js'), '');
        }
      }
    }
  }
  for (let f = 0; f < 200; f++) folder('plain', `folder-${f}`, 'a', 'b');
  symlinkSync('..', join(folder('plain', 'folder-0'), 'loop'));
  writeFileSync(marker, '');
  return dir;
}

const root = values.root ?? generateTree(fileURLToPath(new URL(`./.cache/walk-${values.projects}`, import.meta.url)), Number(values.projects));

const FIND_ARGS = [root, '(', '-name', 'node_modules', '-o', '-name', '.hg', '-o', '-name', '.svn', ')', '-prune', '-o', '-name', '.git', '-print', '-prune'];
const WALK_SCRIPT = `
const { findRepositories } = await import(${JSON.stringify(walker)});
const started = process.hrtime.bigint();
let count = 0;
for await (const repository of findRepositories(${JSON.stringify(root)})) count++;
process.stdout.write(JSON.stringify({ count, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
`;

function time(command, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} exited ${code}: ${stderr}`));
      resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, stdout });
    });
  });
}

const runFind = async () => {
  const { ms, stdout } = await time('find', FIND_ARGS);
  return { ms, count: stdout.split('\n').filter(Boolean).length };
};
const runWalk = async () => {
  const { ms, stdout } = await time(process.execPath, ['--input-type=module', '-e', WALK_SCRIPT]);
  const inner = JSON.parse(stdout);
  return { ms, innerMs: inner.ms, count: inner.count };
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(values.runs);
const first = [await runFind(), await runWalk()]; // warm the dentry cache and the module cache once
if (first[0].count !== first[1].count) throw new Error(`find printed ${first[0].count} repositories, the walk found ${first[1].count}: not equivalent`);
const directories = await time('find', [root, '-type', 'd']).then(({ stdout }) => stdout.split('\n').filter(Boolean).length);
const pairs = [];
for (let i = 0; i < runs; i++) {
  // Alternate the order so drift in machine load hits both sides alike.
  const [find, walk] = i % 2 === 0 ? [await runFind(), await runWalk()] : (([w, f]) => [f, w])([await runWalk(), await runFind()]);
  pairs.push({ find: find.ms, walk: walk.ms, inner: walk.innerMs });
}
console.log(
  JSON.stringify(
    {
      root,
      directories,
      repositories: first[1].count,
      runs,
      findMs: Math.round(median(pairs.map((p) => p.find))),
      walkProcessMs: Math.round(median(pairs.map((p) => p.walk))),
      walkInProcessMs: Math.round(median(pairs.map((p) => p.inner))),
      medianPairedRatio: Number(median(pairs.map((p) => p.walk / p.find)).toFixed(2)),
      medianPairedRatioInProcess: Number(median(pairs.map((p) => p.inner / p.find)).toFixed(2)),
      pairedRatios: pairs.map((p) => Number((p.walk / p.find).toFixed(2))),
    },
    null,
    2,
  ),
);
