// `aiguard audit` reports fit for a fleet: run metadata, commit authors and refs, bare repositories under --root, redaction.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaudeRepo } from '../helpers/assistant-repos.js';
import { runCli } from '../helpers/run-cli.js';

interface Report {
  schemaVersion: number;
  run: { runId: string; startedAt: string; host: string; machineId?: string; os: string; osVersion: string; user: string; aiguardVersion: string; catalogVersion: string; policyDigest: string };
  findings: {
    signature: string;
    location: { repository?: string; commit?: string };
    evidence: string;
    commit?: { authorName: string; authorEmail: string; authorDate: string; committerName: string; committerEmail: string; committerDate: string; subject: string; refs?: string[] };
  }[];
  audit: { repositories: string[] };
}

const MACHINE_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
let base: string;
let root: string;
let systemRoot: string;
let policy: string;
let claudeCommit: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'aiguard-audit-fleet-'));
  root = join(base, 'code');
  mkdirSync(join(root, 'server'), { recursive: true });
  const source = createClaudeRepo();
  claudeCommit = source.claudeCommit;
  source.git('tag', 'v1.0.0', claudeCommit);
  source.git('branch', 'release', claudeCommit);
  execFileSync('git', ['clone', '-q', '--bare', source.path, join(root, 'server', 'app.git')]);
  execFileSync('git', ['clone', '-q', source.path, join(root, 'work-app')]);
  source.cleanup();
  systemRoot = join(base, 'system');
  mkdirSync(join(systemRoot, 'etc'), { recursive: true });
  writeFileSync(join(systemRoot, 'etc', 'machine-id'), `${MACHINE_ID}\n`);
  policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const audit = (...extra: string[]) => runCli(['audit', '--only', 'repositories', '--root', root, '--policy', policy, '--system-root', systemRoot, ...extra]);

describe('aiguard audit for a fleet', () => {
  it('records the run: id, UTC time, host, machine id, OS, user, versions and policy digest', async () => {
    const before = Date.now();
    const result = await audit('--format', 'json');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.schemaVersion).toBe(2);
    expect(report.run).toMatchObject({ machineId: MACHINE_ID, os: process.platform, aiguardVersion: expect.any(String), catalogVersion: expect.any(String) });
    expect(report.run.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.run.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(report.run.startedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(report.run.policyDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = JSON.parse((await audit('--format', 'json')).stdout) as Report;
    expect(again.run.runId).not.toBe(report.run.runId);
    expect(again.run.policyDigest).toBe(report.run.policyDigest);
  });

  it('finds the bare repository beside the working one and gives commit findings author, committer, subject and refs', async () => {
    const report = JSON.parse((await audit('--format', 'json')).stdout) as Report;
    expect([...report.audit.repositories].sort()).toEqual([join(root, 'server', 'app.git'), join(root, 'work-app')]);
    const trailer = report.findings.filter((finding) => finding.signature === 'claude-code/co-author-trailer');
    expect(trailer.map((finding) => finding.location.repository).sort()).toEqual([join(root, 'server', 'app.git'), join(root, 'work-app')]);
    for (const finding of trailer) {
      expect(finding.location.commit).toBe(claudeCommit);
      expect(finding.commit).toMatchObject({ authorName: 'Ana Human', authorEmail: 'ana@example.com', committerName: 'Ana Human', subject: 'Add parser' });
      expect(finding.commit!.authorDate).toMatch(/^2026-01-05T10:02:00/);
    }
    const bare = trailer.find((finding) => finding.location.repository!.endsWith('app.git'))!;
    expect(bare.commit!.refs).toEqual(['refs/heads/main', 'refs/heads/release', 'refs/tags/v1.0.0']);
    const clone = trailer.find((finding) => finding.location.repository!.endsWith('work-app'))!;
    expect(clone.commit!.refs).toEqual(['refs/heads/main', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main', 'refs/remotes/origin/release', 'refs/tags/v1.0.0']);
  });

  it('names the repository of every finding in the text, CSV and NDJSON reports', async () => {
    const text = (await audit('--format', 'text')).stdout;
    // Rows are grouped under a `repository PATH` line; every finding row must sit under one of the two.
    const repositoryLine = new RegExp(`^  repository ${root.replace(/[/\\.]/g, '\\$&')}/(server/app\\.git|work-app)$`);
    let repository: string | undefined;
    let findingRows = 0;
    for (const line of text.split('\n')) {
      if (/^\S/.test(line)) repository = undefined;
      if (/^  repository /.test(line)) repository = line;
      if (!/^\s+(BLOCK|WARN|INFO)\s/.test(line)) continue;
      findingRows++;
      expect(repository, line).toMatch(repositoryLine);
    }
    expect(findingRows).toBeGreaterThan(1);
    const csv = (await audit('--format', 'csv')).stdout.trim().split('\r\n');
    const header = csv[0]!.split(',');
    for (const row of csv.slice(1)) expect(row.split(',')[header.indexOf('repository')]).toMatch(/app\.git$|work-app$/);
    for (const line of (await audit('--format', 'ndjson')).stdout.trim().split('\n')) {
      const parsed = JSON.parse(line) as { type: string; run: { machineId: string }; location?: { repository?: string } };
      expect(parsed.run.machineId).toBe(MACHINE_ID);
      if (parsed.type === 'finding') expect(parsed.location!.repository).toMatch(/app\.git$|work-app$/);
    }
  });

  it('hashes the authors, committers, host, user and machine id with --redact, and keeps dates, subjects and refs', async () => {
    const report = JSON.parse((await audit('--format', 'json', '--redact', '--redact-salt', 'org-salt')).stdout) as Report;
    expect(JSON.stringify(report)).not.toContain('ana@example.com');
    expect(JSON.stringify(report)).not.toContain('Ana Human');
    expect(report.run.machineId).toMatch(/^machine-[0-9a-f]{16}$/);
    expect(report.run.host).toMatch(/^host-[0-9a-f]{16}$/);
    const trailer = report.findings.find((finding) => finding.signature === 'claude-code/co-author-trailer')!;
    expect(trailer.commit).toMatchObject({ authorName: expect.stringMatching(/^person-/), authorEmail: expect.stringMatching(/^email-/), subject: 'Add parser' });
    expect(trailer.commit!.refs).toContain('refs/heads/main');
    const again = JSON.parse((await audit('--format', 'json', '--redact', '--redact-salt', 'org-salt')).stdout) as Report;
    expect(again.run.machineId).toBe(report.run.machineId);
  });
});
