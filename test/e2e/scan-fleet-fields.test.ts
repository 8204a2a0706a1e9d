// `aiguard scan` reports carry the run and commit authorship too, in JSON and in SQLite.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaudeRepo } from '../helpers/assistant-repos.js';
import type { FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';

let repo: FixtureRepo & { readonly claudeCommit: string };

beforeAll(() => {
  repo = createClaudeRepo();
  repo.git('tag', 'v0.1.0', repo.claudeCommit);
  repo.commit({ message: 'Later work\n' });
});
afterAll(() => repo.cleanup());

describe('aiguard scan for a fleet', () => {
  it('gives the JSON report a run and the commit findings their author, subject and containing refs', async () => {
    const result = await runCli(['scan', repo.path, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { schemaVersion: number; run: { runId: string; host: string; policyDigest: string }; findings: { signature: string; commit?: { authorEmail: string; subject: string; refs?: string[] } }[] };
    expect(report.schemaVersion).toBe(2);
    expect(report.run.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.run.policyDigest).toMatch(/^sha256:/);
    const trailer = report.findings.find((finding) => finding.signature === 'claude-code/co-author-trailer')!;
    expect(trailer.commit).toEqual(expect.objectContaining({ authorEmail: 'ana@example.com', subject: 'Add parser', refs: ['refs/heads/main', 'refs/tags/v0.1.0'] }));
  });

  it('writes the same findings to SQLite with --format sqlite', async () => {
    const file = join(repo.path, '..', 'scan.sqlite');
    const result = await runCli(['scan', repo.path, '--format', 'sqlite', '--output', file]);
    expect(result.exitCode).toBe(0);
    const database = new DatabaseSync(file, { readOnly: true });
    const rows = database.prepare("SELECT author_email, subject, refs, source FROM aiguard_findings WHERE signature = 'claude-code/co-author-trailer'").all();
    expect(rows).toEqual([{ author_email: 'ana@example.com', subject: 'Add parser', refs: 'refs/heads/main refs/tags/v0.1.0', source: 'repository' }]);
    expect(database.prepare('SELECT target FROM aiguard_runs').get()).toEqual({ target: repo.path });
    database.close();
  });
});
