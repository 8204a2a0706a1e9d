// `aiguard audit --root`: nested repositories, node_modules and .git pruned, symlink loops stopped, unreadable folders noted.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRootTree, makeTempFolder, removeFixture, type RootTree } from '../fixtures/workstations/build-workstation.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';

interface RootsReport {
  findings: { signature: string; verdict: string; source: string; location: { repository?: string; path?: string } }[];
  audit: { repositories: string[]; notes: { source: string; path?: string; message: string }[]; sources: Record<string, number> };
}

/** The account the unreadable-folder test runs as when the tests run as root (root reads through chmod 000). */
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const hasSetpriv = (() => {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let base: string;
let tree: RootTree;
let policy: string;

beforeAll(() => {
  base = makeTempFolder('audit-roots');
  tree = buildRootTree(base);
  policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
});

afterAll(() => {
  chmodSync(tree.locked, 0o755);
  removeFixture(base);
});

function parse(stdout: string): RootsReport {
  return JSON.parse(stdout) as RootsReport;
}

const ROOTS_ARGS = (root: string) => ['audit', '--only', 'repositories', '--root', root, '--policy', policy, '--format', 'json'];

describe('aiguard audit --root', () => {
  it('finds every repository, nested ones included, and scans each as aiguard scan does', async () => {
    const result = await runCli(ROOTS_ARGS(tree.root));
    const report = parse(result.stdout);
    expect([...report.audit.repositories].sort()).toEqual(tree.repositories);
    expect(report.audit.sources.repositories).toBe(tree.repositories.length);
    const nested = report.findings.find((finding) => finding.signature === 'claude-code/claude-md' && finding.location.repository === join(tree.root, 'app', 'packages', 'nested'));
    expect(nested).toMatchObject({ verdict: 'block', source: 'repositories', location: { path: 'CLAUDE.md' } });
    expect(report.findings.some((finding) => finding.signature === 'any-agent/agents-md' && finding.location.repository === join(tree.root, 'deep', 'a', 'b', 'c', 'd', 'lib'))).toBe(true);
    // The repository reached through a symlink to outside the root is walked under the link's path; git names it by its real one.
    expect(report.findings.filter((finding) => finding.signature === 'cursor/rules-files').map((finding) => finding.location.repository)).toEqual([realpathSync(tree.linkedTarget)]);
    expect(result.exitCode).toBe(1);
  });

  it('never enters node_modules or .git internals, and stops at symlink loops', async () => {
    const result = await runCli(ROOTS_ARGS(tree.root));
    const report = parse(result.stdout);
    expect(report.audit.repositories).not.toContain(tree.inNodeModules);
    expect(report.audit.repositories.some((repository) => repository.includes(`${join('app', '.git')}`))).toBe(false);
    expect(report.audit.repositories.some((repository) => repository.includes('loop-to-'))).toBe(false);
    expect(report.findings.some((finding) => finding.location.repository?.includes('node_modules'))).toBe(false);
    // Each repository once: a loop that were followed would list the same one again under a longer path.
    expect(new Set(report.audit.repositories).size).toBe(report.audit.repositories.length);
  });

  it('refuses a --root or --home that does not exist or is not a folder, with one line and exit code 2', async () => {
    const missing = join(base, 'no-such-folder');
    for (const [args, line] of [
      [[...ROOTS_ARGS(join(tree.root, 'deep')), '--root', missing], `aiguard: --root ${missing} does not exist\n`],
      [['audit', '--only', 'home', '--home', missing], `aiguard: --home ${missing} does not exist\n`],
      [[...ROOTS_ARGS(policy)], `aiguard: --root ${policy} is not a folder\n`],
    ] as const) {
      const result = await runCli(args);
      expect(result.exitCode, line).toBe(2);
      expect(result.stderr).toBe(line);
      expect(result.stdout).toBe('');
    }
  });

  // chmod 000 does not stop root, so as root the CLI runs as `nobody` (setpriv) over a tree that nobody owns.
  it.skipIf(isRoot && !hasSetpriv)('notes an unreadable folder and still scans everything else', async () => {
    chmodSync(tree.locked, 0o000);
    try {
      let result;
      if (isRoot) {
        const nobodyHome = join(base, 'nobody-home');
        mkdirSync(nobodyHome, { recursive: true });
        chmodSync(base, 0o755);
        execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, base]);
        chownSync(tree.locked, NOBODY, NOBODY);
        result = await execa('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', process.execPath, CLI_PATH, ...ROOTS_ARGS(tree.root)], {
          env: { PATH: process.env.PATH, HOME: nobodyHome, CI: 'true', NO_COLOR: '1' },
          extendEnv: false,
          reject: false,
        });
      } else {
        result = await runCli(ROOTS_ARGS(tree.root));
      }
      const report = parse(result.stdout);
      expect(report.audit.notes).toContainEqual({ source: 'repositories', path: tree.locked, message: 'cannot be read (EACCES)' });
      expect([...report.audit.repositories].sort()).toEqual(tree.repositories.filter((repository) => repository !== tree.lockedRepository));
      expect(report.findings.some((finding) => finding.location.repository === join(tree.root, 'app', 'packages', 'nested'))).toBe(true);
      expect(result.stderr).toContain(`${tree.locked}: cannot be read (EACCES)`);
      // A note is not a failure: the blocking CLAUDE.md decides the exit code, not the locked folder.
      expect(result.exitCode).toBe(1);
    } finally {
      chmodSync(tree.locked, 0o755);
    }
  });
});
