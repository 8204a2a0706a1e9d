/** @fileoverview `aiguard scan` on hostile repositories: huge and mis-encoded messages, odd file names, symlink loops, unreadable folders, a booby-trapped config. */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOOL_IDENTITY } from '../helpers/assistant-repos.js';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCliMeasured } from '../helpers/peak-rss.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { findingsFor, scanJson } from '../helpers/scan-report.js';

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

describe('aiguard scan on hostile repositories', () => {
  let repo: FixtureRepo;
  beforeEach(() => {
    repo = createRepo();
    repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n' } });
  });
  afterEach(() => {
    // An unreadable folder left behind would stop the cleanup of a non-root run.
    execFileSync('chmod', ['-R', 'u+rwx', join(repo.path, '..')]);
    repo.cleanup();
  });

  it('scans a commit with a 5 MB message without crashing, in bounded memory, and finds its trailer', async () => {
    const filler = `${'All work and no play makes a dull commit. '.repeat(24)}\n`;
    const body = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length));
    const huge = repo.commit({ message: `Huge\n\n${TRAILER}\n\n${body}` });
    const run = await runCliMeasured(['scan', repo.path, '--format', 'json']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.peakRssMiB).toBeLessThan(150);
    const report = await scanJson(repo.path);
    expect(findingsFor(report, huge).map((f) => [f.signature, f.location.line])).toEqual([['claude-code/co-author-trailer', 3]]);
  }, 60_000);

  it('scans an ISO-8859-1 message with an encoding header, re-encoded by git, and finds its ASCII trailer', async () => {
    const file = join(repo.path, '..', 'latin1.txt');
    writeFileSync(file, Buffer.from(`Caf\xe9 r\xe9sum\xe9 \xfcber alles\n\n${TRAILER}\n`, 'latin1'));
    repo.git(...TOOL_IDENTITY, '-c', 'i18n.commitEncoding=ISO-8859-1', 'commit', '-q', '--allow-empty', '-F', file);
    const id = repo.git('rev-parse', 'HEAD');
    expect(repo.git('cat-file', '-p', id)).toContain('encoding ISO-8859-1');
    const report = await scanJson(repo.path);
    expect(findingsFor(report, id).map((f) => f.signature)).toEqual(['claude-code/co-author-trailer']);
    const text = await runCli(['scan', repo.path]);
    expect(text.exitCode).toBe(0);
  });

  it('scans a message whose encoding header names no real encoding, keeping its trailer', async () => {
    const file = join(repo.path, '..', 'bogus.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Bytes \xff\xfe here\n\n', 'latin1'), Buffer.from(`${TRAILER}\n`)]));
    repo.git(...TOOL_IDENTITY, '-c', 'i18n.commitEncoding=no-such-charset', 'commit', '-q', '--allow-empty', '-F', file);
    const id = repo.git('rev-parse', 'HEAD');
    const report = await scanJson(repo.path);
    expect(findingsFor(report, id).map((f) => f.signature)).toEqual(['claude-code/co-author-trailer']);
  });

  it('scans file names with newlines, tabs and invalid UTF-8 bytes, finding the assistant files among them', async () => {
    repo.write('odd\nfolder/CLAUDE.md', 'm\n');
    repo.write('tab\there.txt', 't\n');
    const rules = join(repo.path, '.cursor', 'rules');
    mkdirSync(rules, { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${rules}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.mdc')]), 'rule\n');
    repo.git('add', '-A');
    repo.git(...TOOL_IDENTITY, 'commit', '-q', '-m', 'odd names');
    const report = await scanJson(repo.path);
    const paths = report.findings.filter((f) => f.location.path).map((f) => [f.assistant, f.location.path]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['claude-code', 'odd\nfolder/CLAUDE.md'],
        ['cursor', '.cursor/rules/bad\uFFFD\uFFFD.mdc'],
      ]),
    );
    const text = String((await runCli(['scan', repo.path])).stdout);
    // The newline in the name is shown escaped, so every finding stays on one line.
    expect(text).toMatch(/^ {2}WARN +odd ⏎ folder\/CLAUDE\.md/m);
  });

  it('does not hang on a symlink loop in the working tree', async () => {
    symlinkSync('loop-b', join(repo.path, 'loop-a'));
    symlinkSync('loop-a', join(repo.path, 'loop-b'));
    mkdirSync(join(repo.path, 'dir'));
    symlinkSync('..', join(repo.path, 'dir', 'up'));
    const started = Date.now();
    const result = await runCli(['scan', repo.path, '--format', 'json']);
    expect(result.exitCode, String(result.stderr)).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    const report = JSON.parse(String(result.stdout)) as { summary: { pathsScanned: number } };
    // README.md plus the three links, each listed once as a file: git does not follow them.
    expect(report.summary.pathsScanned).toBe(4);
  }, 30_000);

  it("never runs the repository's core.fsmonitor program", async () => {
    const marker = join(repo.path, '..', 'fsmonitor-ran');
    const script = join(repo.path, '.git', 'fsmonitor-hook');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    chmodSync(script, 0o755);
    repo.git('config', 'core.fsmonitor', script);
    repo.write('untracked.txt', 'u\n');
    const result = await runCli(['scan', repo.path]);
    expect(result.exitCode, String(result.stderr)).toBe(0);
    expect(existsSync(marker)).toBe(false);
    // The trap is live: plain git runs it, so the assertion above can fail.
    repo.git('status', '--porcelain');
    expect(existsSync(marker)).toBe(true);
  });

  const isRoot = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

  it.skipIf(!isRoot || setpriv === undefined)(
    'prints git\'s warning about an unreadable folder as "aiguard: warning:" and still succeeds (run as nobody via setpriv)',
    async () => {
      const secret = join(repo.path, 'secret');
      mkdirSync(secret);
      writeFileSync(join(secret, 'CLAUDE.md'), 'hidden\n');
      // nobody must reach the repository through the root-owned temp folders.
      execFileSync('chmod', ['-R', 'a+rX', join(repo.path, '..')]);
      chmodSync(secret, 0o000);
      const result = await runAsNobody(setpriv!, ['scan', repo.path], join(repo.path, '..', 'home'));
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/^aiguard: warning: could not open directory 'secret\/': Permission denied$/m);
      expect(result.stderr.split('\n').filter(Boolean).every((line) => line.startsWith('aiguard: '))).toBe(true);
    },
  );

  it.skipIf(isRoot)('prints git\'s warning about an unreadable folder as "aiguard: warning:" and still succeeds', async () => {
    const secret = join(repo.path, 'secret');
    mkdirSync(secret);
    chmodSync(secret, 0o000);
    const result = await runCli(['scan', repo.path]);
    expect(result.exitCode).toBe(0);
    expect(String(result.stderr)).toMatch(/^aiguard: warning: could not open directory 'secret\/': Permission denied$/m);
  });
});

/** Runs the CLI as uid/gid 65534 (nobody); root's chmod 000 has no effect, nobody's does. */
async function runAsNobody(setpriv: string, args: readonly string[], home: string): Promise<{ exitCode: number | undefined; stderr: string }> {
  const { execa } = await import('execa');
  const result = await execa(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI_PATH, ...args], {
    env: { CI: 'true', NO_COLOR: '1', HOME: home },
    reject: false,
  });
  return { exitCode: result.exitCode, stderr: String(result.stderr) };
}
