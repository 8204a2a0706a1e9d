/** @fileoverview Tests the live scan on real repositories: progress kept for a view, the commit-graph total, and failures passed on. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotARepositoryError, scanRepository, type RepositoryScan, type ScanOptions } from '@aiguard/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { startLiveScan } from './live-scan.js';

const COMMITS = 12;
let repo: FixtureRepo;
let outside: string;

beforeAll(() => {
  repo = createRepo();
  for (let i = 0; i < COMMITS; i++) repo.commit({ message: i % 4 === 0 ? `Change ${i}\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n` : `Change ${i}\n` });
  repo.git('commit-graph', 'write', '--reachable');
  outside = mkdtempSync(join(tmpdir(), 'aiguard-not-repo-'));
});
afterAll(() => {
  repo.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

describe('startLiveScan', () => {
  test('keeps the final progress and learns the total from the commit-graph of the repository it scans', async () => {
    const live = startLiveScan({ path: repo.path, cache: false }, scanRepository);
    expect(live.latest.phase).toBe('refs');
    const result = await live.result;
    expect(live.expectedCommits).toBe(COMMITS);
    expect(live.latest).toMatchObject({ phase: 'done', commitsScanned: COMMITS, findings: result.findings.length });
    expect(result.summary.commitsScanned).toBe(COMMITS);
  });

  test('expects no total for a range, which the commit-graph does not describe', async () => {
    const live = startLiveScan({ path: repo.path, cache: false, range: 'HEAD~3..HEAD' }, scanRepository);
    await live.result;
    expect(live.latest.commitsScanned).toBe(3);
    expect(live.expectedCommits).toBeUndefined();
  });

  test('hands on the failure of a scan of a folder that is no repository', async () => {
    const live = startLiveScan({ path: outside, cache: false }, scanRepository);
    await expect(live.result).rejects.toBeInstanceOf(NotARepositoryError);
    expect(live.expectedCommits).toBeUndefined();
  });

  test('starts the scan only after the caller has drawn its first frame', async () => {
    const calls: string[] = [];
    const scan = async (options: ScanOptions): Promise<RepositoryScan> => {
      calls.push(`scan ${options.path}`);
      return {} as RepositoryScan;
    };
    const live = startLiveScan({ path: '/repo' }, scan);
    calls.push('first frame');
    await live.result;
    expect(calls).toEqual(['first frame', 'scan /repo']);
  });
});
