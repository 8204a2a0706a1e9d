/** @fileoverview Tests for the streaming scan: the sink sees every finding once, in scan order, and the same summary as a kept scan. */
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../../test/helpers/git-fixture.js';
import type { Finding } from './model/finding.js';
import type { ReportHead } from './report/report-stream.js';
import { scanRepository, streamRepositoryScan, type ScanOptions } from './scan.js';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const ISOLATED = { useBaseline: false, policyLocations: { home: null, managedFiles: [], env: {} } } as const;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function collect(options: ScanOptions): Promise<{ heads: ReportHead[]; findings: Finding[]; drains: number; summary: unknown }> {
  const heads: ReportHead[] = [];
  const findings: Finding[] = [];
  let drains = 0;
  const scan = await streamRepositoryScan(options, { begin: (head) => heads.push(head), add: (finding) => findings.push(finding), drain: () => void drains++ });
  return { heads, findings, drains, summary: scan.summary };
}

const key = (finding: Finding) => `${finding.signature} ${finding.location.path ?? finding.location.ref ?? finding.location.commit}`;

describe('streamRepositoryScan', () => {
  it('hands every finding on once, refs and files before history newest first, with the summary a kept scan has', async () => {
    const repo = createRepo({ prefix: 'aiguard-stream-' });
    repo.commit({ message: 'Start\n', files: { 'CLAUDE.md': '# memory\n' } });
    const commits = [1, 2, 3].map((n) => repo.commit({ message: `Change ${n}\n\n${CLAUDE}\n` }));
    repo.git('branch', 'claude/fix-login-3T29K');
    const streamed = await collect({ path: repo.path, ...ISOLATED });
    const kept = await scanRepository({ path: repo.path, ...ISOLATED });
    expect(streamed.heads).toHaveLength(1);
    expect(streamed.heads[0]!.target).toEqual(kept.target);
    expect(streamed.heads[0]!.run?.policyDigest).toBe(kept.run?.policyDigest);
    expect(streamed.findings.map(key)).toEqual(['claude-code/branch refs/heads/claude/fix-login-3T29K', 'claude-code/claude-md CLAUDE.md', ...[...commits].reverse().map((commit) => `claude-code/co-author-trailer ${commit}`)]);
    expect([...streamed.findings.map(key)].sort()).toEqual(kept.findings.map(key).sort());
    expect(streamed.summary).toEqual(kept.summary);
    expect(streamed.drains).toBeGreaterThan(0);
    repo.cleanup();
  });

  it('gives commit findings their containing refs with withRefs', async () => {
    const repo = createRepo({ prefix: 'aiguard-stream-' });
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    repo.git('tag', 'v1');
    const { findings } = await collect({ path: repo.path, withRefs: true, ...ISOLATED });
    expect(findings.map((finding) => finding.commit?.refs)).toEqual([['refs/heads/main', 'refs/tags/v1']]);
    repo.cleanup();
  });

  it.each([
    ['garbled', (file: string) => appendFileSync(file, '{"assistant": 1}\n')],
    ['emptied', (file: string) => writeFileSync(file, '')],
  ])('falls back to a full scan without handing a finding on twice when the cache file is %s', async (_name, damage) => {
    const repo = createRepo({ prefix: 'aiguard-stream-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-stream-cache-'));
    folders.push(cacheFolder);
    repo.commit({ message: 'Start\n', files: { 'CLAUDE.md': '# memory\n' } });
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    const full = await collect({ path: repo.path, cache: true, cacheFolder, ...ISOLATED });
    expect(full.findings).toHaveLength(2);
    repo.commit({ message: `Two\n\n${CLAUDE}\n` });
    for (const name of readdirSync(join(cacheFolder, 'history'))) damage(join(cacheFolder, 'history', name));
    const again = await collect({ path: repo.path, cache: true, cacheFolder, ...ISOLATED });
    expect(again.heads).toHaveLength(1);
    expect(again.findings.map(key).sort()).toEqual((await scanRepository({ path: repo.path, ...ISOLATED })).findings.map(key).sort());
    expect(again.findings).toHaveLength(3);
    repo.cleanup();
  });
});
