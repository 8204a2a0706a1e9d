// `npm run release`: everything a release ships, built offline into release/ (git-ignored) after `npm run build`:
// the npm package, the four standalone binaries, the .vsix, a CycloneDX SBOM and SHA256SUMS.
// `--only package,linux-x64,...` builds a subset (the tests use it); `--out DIR` writes elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packNpmPackage } from './npm-package.mjs';
import { buildBinary } from './sea.mjs';
import { TARGETS } from './targets.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PARTS = ['package', ...TARGETS.map((target) => target.platform), 'vsix', 'sbom'];

const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'release') }, only: { type: 'string' } } });
const parts = values.only === undefined ? PARTS : values.only.split(',');
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only: unknown part "${part}"; parts: ${PARTS.join(', ')}`);
const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const version = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')).version;
const started = performance.now();
const step = (what) => process.stderr.write(`release: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);

if (parts.includes('package')) step(`npm package ${basename(packNpmPackage(out))}`);

const targets = TARGETS.filter((target) => parts.includes(target.platform));
if (targets.length > 0) {
  // Into a folder of this build's own: builds running at once (the tests) must not share the file.
  const work = mkdtempSync(join(tmpdir(), 'aiguard-sea-bundle-'));
  try {
    const script = join(work, 'aiguard-sea.cjs');
    execFileSync(process.execPath, [join(ROOT, 'packages', 'cli', 'scripts', 'bundle-cli.mjs'), '--sea', script], { stdio: 'inherit' });
    for (const target of targets) step(`binary ${basename(await buildBinary(target, script, out))} (Node ${target.node})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (parts.includes('vsix')) {
  // vsce --no-dependencies packages the esbuild bundle alone, offline (research/tooling.md).
  execFileSync('npm', ['run', 'package', '--workspace', 'aiguard-vscode', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  copyFileSync(join(ROOT, 'packages', 'vscode-ext', 'dist', 'aiguard-vscode.vsix'), join(out, `aiguard-vscode-${version}.vsix`));
  step(`extension aiguard-vscode-${version}.vsix`);
}

if (parts.includes('sbom')) {
  // The production dependency tree of @aiguard/cli is exactly what the bundles contain (core, chokidar, picomatch, ink,
  // react and theirs); the published package itself lists none, so its own `npm sbom` would be empty.
  const sbom = JSON.parse(execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--workspace', '@aiguard/cli'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
  sbom.metadata.component = { ...sbom.metadata.component, name: 'aiguard', version, purl: `pkg:npm/aiguard@${version}`, 'bom-ref': `aiguard@${version}` };
  writeFileSync(join(out, `aiguard-${version}.cdx.json`), `${JSON.stringify(sbom, null, 2)}\n`);
  step(`SBOM aiguard-${version}.cdx.json (${sbom.components.length} components)`);
}

const files = readdirSync(out).filter((name) => name !== 'SHA256SUMS' && statSync(join(out, name)).isFile()).sort();
const sums = files.map((name) => `${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}  ${name}`);
writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
step(`SHA256SUMS (${files.length} files) in ${out}`);
