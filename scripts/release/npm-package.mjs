// Stages and packs `aiguard`, the one self-contained npm package: the CLI and core bundled, ink and react in a chunk
// loaded only for a terminal UI, no dependencies, so `npm install ./aiguard-<version>.tgz` works with no registry at all.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'packages', 'cli');

/** The files of the package, relative to packages/cli (built by `npm run build`), and where they go. */
const FILES = [
  ['bin/aiguard.cjs', 'bin/aiguard.cjs'],
  ['bin/node-check.cjs', 'bin/node-check.cjs'],
  ['bin/compile-cache.cjs', 'bin/compile-cache.cjs'],
  ['bin/dynamic-import.cjs', 'bin/dynamic-import.cjs'],
  ['dist/aiguard.cjs', 'dist/aiguard.cjs'],
  ['dist/hook-main.bundle.cjs', 'dist/hook-main.bundle.cjs'],
  ['dist/hook-main.code.cjs', 'dist/hook-main.code.cjs'],
  ['dist/chunks', 'dist/chunks'],
  ['dist/terminal-ui', 'dist/terminal-ui'],
  ['../core/policy.schema.json', 'policy.schema.json'],
  ['../vscode-ext/LICENSE', 'LICENSE'],
];

/** The package.json of `aiguard`, derived from @aiguard/cli's so version, engines and license have one source. */
function manifest() {
  const cli = JSON.parse(readFileSync(join(CLI, 'package.json'), 'utf8'));
  return {
    name: 'aiguard',
    version: cli.version,
    description: cli.description,
    license: cli.license,
    type: 'commonjs',
    bin: { aiguard: 'bin/aiguard.cjs' },
    engines: cli.engines,
    keywords: ['ai', 'claude-code', 'copilot', 'git-hooks', 'policy', 'sarif'],
  };
}

/** Packs the package into `outDir` and returns the tarball's path. */
export function packNpmPackage(outDir) {
  const stage = mkdtempSync(join(tmpdir(), 'aiguard-package-'));
  try {
    const folder = join(stage, 'aiguard');
    mkdirSync(folder);
    for (const [from, to] of FILES) cpSync(join(CLI, from), join(folder, to), { recursive: true });
    writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest(), null, 2)}\n`);
    writeFileSync(join(folder, 'README.md'), readFileSync(join(ROOT, 'README.md'), 'utf8'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', folder, '--json', '--pack-destination', outDir], { encoding: 'utf8', cwd: stage }));
    return join(outDir, packed.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
