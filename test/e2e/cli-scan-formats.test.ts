/** @fileoverview `aiguard scan` names every Claude Code commit in text, JSON and SARIF; the SARIF validates; --output writes a file. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateWithMultitool, validateWithSchema } from '../helpers/report/sarif-validators.js';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { expectOneLineError, scanJson } from '../helpers/scan-report.js';

describe('aiguard scan output formats', () => {
  let repo: FixtureRepo;
  let claudeCommits: string[];
  let humanCommit: string;
  let out: string;

  beforeAll(() => {
    repo = createRepo();
    humanCommit = repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n' } });
    claudeCommits = [
      repo.commit({ message: 'Footer only\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n' }),
      repo.commit({ message: 'Trailer only\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\n' }),
      repo.commit({ message: 'Made on the web\n', author: 'Claude <noreply@anthropic.com>' }),
    ];
    repo.commit({ message: 'Human follow-up\n' });
    out = mkdtempSync(join(tmpdir(), 'aiguard-out-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });

  it('names each Claude Code commit in the text report, and no human commit', async () => {
    const result = await runCli(['scan', repo.path]);
    expect(result.exitCode).toBe(0);
    const text = String(result.stdout);
    expect(text).toContain('Claude Code (Anthropic)');
    for (const id of claudeCommits) expect(text).toContain(id.slice(0, 10));
    expect(text).not.toContain(humanCommit.slice(0, 10));
    expect(text).toContain('Scanned 5 commits');
  });

  it('names each Claude Code commit in the JSON report with its full id, and reports that no policy was found', async () => {
    const report = await scanJson(repo.path);
    expect(report.policy.found).toBe(false);
    expect(report.summary.commitsScanned).toBe(5);
    const commits = new Set(report.findings.filter((f) => f.assistant === 'claude-code').map((f) => f.location.commit));
    expect([...commits].sort()).toEqual([...claudeCommits].sort());
    expect(report.findings.every((f) => f.verdict === 'warn')).toBe(true);
  });

  it('names each Claude Code commit in SARIF as a logical location and validates against the SARIF 2.1.0 schema', async () => {
    const result = await runCli(['scan', repo.path, '--format', 'sarif']);
    expect(result.exitCode).toBe(0);
    const log = JSON.parse(String(result.stdout)) as { version: string; runs: { results: { ruleId: string; locations: { logicalLocations?: { name: string }[] }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const named = log.runs[0]!.results.flatMap((r) => r.locations.flatMap((l) => (l.logicalLocations ?? []).map((ll) => ll.name)));
    for (const id of claudeCommits) expect(named).toContain(id);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['claude-code/generated-with-footer', 'claude-code/co-author-trailer', 'claude-code/web-identity']),
    );
    expect(await validateWithSchema(log)).toEqual([]);
  });

  it("passes Microsoft's SARIF validator with GitHub's ingestion rules without errors", async () => {
    const result = await runCli(['scan', repo.path, '--format', 'sarif']);
    const errors = (await validateWithMultitool(String(result.stdout))).filter((message) => message.level === 'error');
    expect(errors).toEqual([]);
  }, 180_000);

  it('with --output writes the report to the file, keeps stdout empty and prints one summary line on stderr', async () => {
    const file = join(out, 'report.json');
    const result = await runCli(['scan', repo.path, '--format', 'json', '--output', file]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThanOrEqual(3);
    expect(String(result.stderr)).toMatch(/^aiguard: 5 commits scanned: 0 blocked, \d+ warnings, 0 info\. Report written to .*report\.json\.\n$/);
  });

  it('exits 2 with one line naming the file when --output cannot be written', async () => {
    const file = join(out, 'no-such-folder', 'report.json');
    const line = expectOneLineError(await runCli(['scan', repo.path, '--output', file]), 2);
    expect(line).toBe(`aiguard: --output ${file} cannot be written (ENOENT)`);
  });

  it('with --output in text format writes no color codes', async () => {
    const file = join(out, 'report.txt');
    const result = await runCli(['scan', repo.path, '--output', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(result.exitCode).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(claudeCommits[0]!.slice(0, 10));
    expect(text).not.toContain('\x1b[');
  });
});
