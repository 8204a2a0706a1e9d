/** @fileoverview What `aiguard scan` reads: --range, --no-history, bare clones, empty repositories and subfolders. */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { scanJson } from '../helpers/scan-report.js';

describe('aiguard scan scope', () => {
  let repo: FixtureRepo;
  let base: string;
  let cursorCommit: string;
  let qwenCommit: string;
  let claudeCommit: string;
  let bare: string;

  beforeAll(() => {
    repo = createRepo();
    claudeCommit = repo.commit({ message: 'Old Claude work\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', files: { 'CLAUDE.md': 'm\n', 'src/app/main.ts': 'x\n' } });
    base = repo.commit({ message: 'Human base\n' });
    cursorCommit = repo.commit({ message: 'Cursor work\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n' });
    qwenCommit = repo.commit({ message: 'Qwen work\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n' });
    repo.git('branch', 'claude/add-readme-3T29K', claudeCommit);
    bare = join(repo.path, '..', 'bare.git');
    execFileSync('git', ['clone', '-q', '--bare', repo.path, bare]);
  });
  afterAll(() => repo.cleanup());

  it('with --range A..B scans only those commits and no refs', async () => {
    const report = await scanJson(repo.path, ['--range', `${base}..${cursorCommit}`]);
    expect(report.target.range).toBe(`${base}..${cursorCommit}`);
    expect(report.summary.commitsScanned).toBe(1);
    expect(report.summary.refsScanned).toBe(0);
    const commits = report.findings.filter((f) => f.location.commit).map((f) => f.location.commit);
    expect(commits).toEqual([cursorCommit]);
    expect(report.findings.some((f) => f.location.ref)).toBe(false);
  });

  it('with --range main~1..main scans the newest commit only', async () => {
    const report = await scanJson(repo.path, ['--range', 'main~1..main']);
    expect(report.findings.filter((f) => f.location.commit).map((f) => f.location.commit)).toEqual([qwenCommit]);
  });

  it('with --no-history scans no commits but still reads refs and files', async () => {
    const report = await scanJson(repo.path, ['--no-history']);
    expect(report.target.history).toBe(false);
    expect(report.summary.commitsScanned).toBe(0);
    expect(report.findings.some((f) => f.location.commit)).toBe(false);
    expect(report.findings.map((f) => f.location.ref ?? f.location.path)).toEqual(expect.arrayContaining(['refs/heads/claude/add-readme-3T29K', 'CLAUDE.md']));
  });

  it("scans a bare clone's history and HEAD's files", async () => {
    const report = await scanJson(bare);
    expect(report.target).toMatchObject({ path: realpathSync(bare), isBare: true });
    expect(report.summary.commitsScanned).toBe(4);
    const assistants = new Set(report.findings.map((f) => f.assistant));
    expect([...assistants].sort()).toEqual(['claude-code', 'cursor', 'qwen-code']);
    expect(report.findings.some((f) => f.location.path === 'CLAUDE.md')).toBe(true);
  });

  it('scans the history of a bare repository whose HEAD names a branch that was never pushed', async () => {
    const server = join(repo.path, '..', 'server.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'master', server]);
    repo.git('push', '-q', server, 'main:refs/heads/main');
    const report = await scanJson(server);
    expect(report.summary.commitsScanned).toBe(4);
    expect(report.findings.map((f) => f.location.commit)).toContain(claudeCommit);
  });

  it('scans the history of the other branches while an orphan branch with no commit is checked out', async () => {
    const work = createRepo();
    try {
      const old = work.commit({ message: 'Old\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n' });
      work.git('checkout', '-q', '--orphan', 'fresh');
      const report = await scanJson(work.path);
      expect(report.findings.map((f) => f.location.commit)).toContain(old);
    } finally {
      work.cleanup();
    }
  });

  it('scans an empty repository without error and finds nothing', async () => {
    const empty = createRepo();
    try {
      const report = await scanJson(empty.path);
      expect(report.summary).toMatchObject({ commitsScanned: 0, refsScanned: 0 });
      expect(report.findings).toEqual([]);
      const text = await runCli(['scan', empty.path]);
      expect(text.exitCode).toBe(0);
      expect(text.stdout).toContain('No findings.');
    } finally {
      empty.cleanup();
    }
  });

  it('scans an empty repository whose working tree already has CLAUDE.md, finding the file', async () => {
    const empty = createRepo();
    try {
      empty.write('CLAUDE.md', 'm\n');
      const report = await scanJson(empty.path);
      expect(report.findings.map((f) => f.location.path)).toEqual(['CLAUDE.md']);
    } finally {
      empty.cleanup();
    }
  });

  it('scans the whole repository when given a subfolder', async () => {
    const report = await scanJson(join(repo.path, 'src', 'app'));
    expect(report.target.path).toBe(realpathSync(repo.path));
    expect(report.summary.commitsScanned).toBe(4);
  });

  it('scans the current folder when no PATH is given', async () => {
    const result = await runCli(['scan', '--format', 'json'], { cwd: repo.path });
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(String(result.stdout)) as { target: { path: string } }).target.path).toBe(realpathSync(repo.path));
  });
});
