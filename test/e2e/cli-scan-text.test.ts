/** @fileoverview The default text report through the built CLI: one row per commit and tool, --summary, --limit, and a real terminal. */
import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('aiguard scan text report', () => {
  let repo: FixtureRepo;
  let both: string;

  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n', 'CLAUDE.md': '# memory\n' } });
    both = repo.commit({ message: 'Add retry budget\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n' });
    for (let i = 0; i < 4; i++) repo.commit({ message: `Cursor change ${i}\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n` });
  });
  afterAll(() => repo.cleanup());

  it('gives a commit with a footer and a trailer of one tool one row with its date, author, subject and both signals', async () => {
    const { stdout, exitCode } = await runCli(['scan', repo.path]);
    expect(exitCode).toBe(0);
    const rows = String(stdout)
      .split('\n')
      .filter((line) => line.includes(both.slice(0, 10)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^ {2}WARN {3}[0-9a-f]{10} {2}2026-01-05 {2}Ana Human {2}Add retry budget {2}.*co-author-trailer/);
    expect(rows[0]).toContain('generated-with');
    expect(String(stdout)).toContain('Claude Code (Anthropic): 2 warnings (1 commit, 1 file)');
    expect(String(stdout)).toContain('  WARN   CLAUDE.md  claude-md\n');
  });

  it('with --summary prints counts only, and with --limit N at most N rows per tool', async () => {
    const summary = String((await runCli(['scan', repo.path, '--summary'])).stdout);
    expect(summary).toContain('Cursor (Anysphere): 4 warnings (4 commits)\n');
    expect(summary).not.toMatch(/^ {2}WARN/m);
    const limited = String((await runCli(['scan', repo.path, '--limit', '1'])).stdout);
    expect(limited).toContain('  … 3 more (--limit 0 lists all');
    expect(limited.split('\n').filter((line) => line.includes('Cursor change'))).toHaveLength(1);
  });

  it('refuses --range with --no-history, a bad --limit and --summary with a machine format, each with one line and exit 2', async () => {
    for (const args of [
      ['--range', 'HEAD~1..HEAD', '--no-history'],
      ['--limit', 'ten'],
      ['--summary', '--format', 'json'],
    ]) {
      const result = await runCli(['scan', repo.path, ...args]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(String(result.stderr).trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(String(result.stderr)).toMatch(/^aiguard: (--range and --no-history|--limit must|--summary and --limit)/);
    }
  });

  it('with --format markdown --max-size keeps the report under the size and counts the rows it left out', async () => {
    const full = String((await runCli(['scan', repo.path, '--format', 'markdown'])).stdout);
    const bounded = await runCli(['scan', repo.path, '--format', 'markdown', '--max-size', String(full.length - 10)]);
    expect(bounded.exitCode).toBe(0);
    expect(String(bounded.stdout).length).toBeLessThanOrEqual(full.length - 10);
    expect(String(bounded.stdout)).toMatch(/_1 more finding is not shown to keep this comment under [\d,]+ characters/);
    expect((await runCli(['scan', repo.path, '--max-size', '65536'])).exitCode).toBe(2);
  });

  it.skipIf(!hasScript)('prints the same rows in the same order in a terminal as in a pipe, once, and ends on its own line', async () => {
    const piped = String((await runCli(['scan', repo.path])).stdout);
    // `script` gives the CLI a real pseudo-terminal 200 columns wide, so ink mounts and nothing is cut.
    const command = `stty cols 200 rows 10; '${process.execPath}' '${CLI_PATH}' scan '${repo.path}'`;
    const terminal = execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, CI: '', NO_COLOR: '', TERM: 'xterm-256color' } });
    const lines = stripVTControlCharacters(terminal).replace(/\r/g, '').split('\n');
    const report = lines.slice(lines.findIndex((line) => line.startsWith('aiguard report for'))).join('\n');
    expect(report).toBe(piped);
    expect(terminal.match(/aiguard report for/g)).toHaveLength(1);
    expect(lines.some((line) => /✔ Scanned 6 commits in \d+\.\d s/.test(line))).toBe(true);
    expect(terminal.endsWith('\n')).toBe(true);
  });
});
