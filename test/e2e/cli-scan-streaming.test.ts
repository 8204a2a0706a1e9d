/** @fileoverview Streamed reports from `aiguard scan`: scan order, stdout equal to --output, and no half-written file on failure. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { CATALOG, renderJunit, scanRepository } from '../../packages/core/src/internal.js';
import { toolInfo } from '../../packages/cli/src/output/render-report.js';

const STREAMED = ['json', 'ndjson', 'sarif', 'csv', 'codequality', 'junit'] as const;

describe('aiguard scan with a streamed report', () => {
  let repo: FixtureRepo;
  let commits: string[];
  let out: string;

  beforeAll(() => {
    repo = createRepo();
    repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n', 'CLAUDE.md': '# memory\n' } });
    commits = [1, 2, 3].map((n) => repo.commit({ message: `Change ${n}\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\n` }));
    out = mkdtempSync(join(tmpdir(), 'aiguard-stream-out-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it.each(STREAMED)('writes the same %s report to stdout and to --output, leaving no temp file', async (format) => {
    const file = join(out, `report.${format}`);
    const [toStdout, toFile] = await Promise.all([runCli(['scan', repo.path, '--format', format]), runCli(['scan', repo.path, '--format', format, '--output', file])]);
    expect(toStdout.exitCode, String(toStdout.stderr)).toBe(0);
    expect(toFile.exitCode, String(toFile.stderr)).toBe(0);
    // Run id and start time differ between runs; everything else is the same text.
    const stable = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'RUN').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'TIME');
    expect(stable(readFileSync(file, 'utf8'))).toBe(stable(String(toStdout.stdout)));
    expect(String(toFile.stderr)).toContain('aiguard: 4 commits scanned: 0 blocked, 4 warnings, 0 info. Report written to');
    expect(readdirSync(out).filter((name) => name.includes('aiguard-tmp'))).toEqual([]);
  });

  it('lists findings in scan order: files first, then history newest first, and the summary after them', async () => {
    const run = await runCli(['scan', repo.path, '--format', 'json']);
    const report = JSON.parse(String(run.stdout));
    expect(Object.keys(report).indexOf('findings')).toBeLessThan(Object.keys(report).indexOf('summary'));
    expect(report.findings.map((finding: { location: { path?: string; commit?: string } }) => finding.location.path ?? finding.location.commit)).toEqual(['CLAUDE.md', ...[...commits].reverse()]);
    expect(report.summary.findings).toEqual({ block: 0, warn: 4, info: 0 });
  });

  it('leaves an existing --output file untouched and no temp file when the scan fails', async () => {
    const file = join(out, 'kept.json');
    writeFileSync(file, 'previous report\n');
    // git rejects the range only when history is read, after the file finding was already written to the temp file.
    const run = await runCli(['scan', repo.path, '--format', 'json', '--range', 'no-such-branch..HEAD', '--output', file]);
    expect(run.exitCode).toBe(2);
    expect(String(run.stderr).trim()).toBe("aiguard: bad range: bad revision 'no-such-branch..HEAD'");
    expect(readFileSync(file, 'utf8')).toBe('previous report\n');
    expect(readdirSync(out).filter((name) => name.includes('aiguard-tmp'))).toEqual([]);
  });

  it('writes no file at all when a failed scan had none to replace', async () => {
    const file = join(out, 'never.sarif');
    const run = await runCli(['scan', repo.path, '--format', 'sarif', '--range', 'no-such-branch..HEAD', '--output', file]);
    expect(run.exitCode).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it('names --output in one line when its folder does not exist', async () => {
    const run = await runCli(['scan', repo.path, '--format', 'ndjson', '--output', join(out, 'missing', 'r.ndjson')]);
    expect(run.exitCode).toBe(2);
    expect(String(run.stderr).trim()).toMatch(/^aiguard: --output .*missing\/r\.ndjson cannot be written \(ENOENT\)$/);
  });

  it('spools JUnit cases and writes the same document the kept findings give, suites and verdicts in report order', async () => {
    const mixed = createRepo();
    try {
      mixed.commit({ message: 'Start\n', files: { '.aiguard.json': JSON.stringify({ default: 'warn', assistants: { cursor: 'block' } }) } });
      for (let n = 0; n < 6; n++) {
        mixed.commit({ message: n % 2 === 0 ? `Claude ${n}\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\n` : `Cursor ${n}\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n` });
      }
      const run = await runCli(['scan', mixed.path, '--format', 'junit', '--no-cache']);
      expect(run.exitCode, String(run.stderr)).toBe(1);
      const kept = await scanRepository({ path: mixed.path, useBaseline: false, policyLocations: { home: null, managedFiles: [], env: {} } });
      expect(String(run.stdout)).toBe(renderJunit(kept, { tool: toolInfo(), assistants: CATALOG }));
      expect(String(run.stdout).indexOf('aiguard.cursor')).toBeLessThan(String(run.stdout).indexOf('aiguard.claude-code'));
    } finally {
      mixed.cleanup();
    }
  });
});
