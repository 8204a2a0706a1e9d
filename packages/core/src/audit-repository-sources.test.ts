/** @fileoverview Tests that an audit reading repositories from their files reaches the verdicts of the git-only path, layout by layout. */
import { execFileSync } from 'node:child_process';
import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo } from '../../../test/helpers/git-fixture.js';
import { makeRepositoryLayouts, type RepositoryLayouts } from '../../../test/helpers/repository-layouts.js';
import { auditWorkstation, type AuditOptions } from './audit.js';
import type { ScanResult } from './model/scan-result.js';
import { scanRepository, type ScanOptions } from './scan.js';

let tree: RepositoryLayouts;
let options: AuditOptions;
beforeAll(() => {
  tree = makeRepositoryLayouts();
  const policyFile = join(tree.root, '..', 'policy.json');
  writeFileSync(policyFile, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
  options = {
    only: ['repositories'],
    roots: [tree.root],
    policyFile,
    policyLocations: { home: null, managedFiles: [], env: {} },
    runSources: { now: () => new Date('2026-12-07T12:00:00Z'), runId: () => 'run', machineId: () => 'machine' },
  };
});
afterAll(() => tree.cleanup());

/** The git-only path every audit took before: the scan's own sources, whatever the audit passes. */
function scanWithGitOnly({ sources: _ignored, ...scanOptions }: ScanOptions): ReturnType<typeof scanRepository> {
  return scanRepository(scanOptions);
}

const comparable = ({ run: _run, ...result }: ScanResult) => result;

describe('auditWorkstation over repositories read from their files', () => {
  it('reports the same findings, counts, repositories and notes as the git-only path, in every layout', async () => {
    const fromFiles = await auditWorkstation(options);
    const gitOnly = await auditWorkstation({ ...options, sources: { scanRepository: scanWithGitOnly } });
    expect(comparable(fromFiles)).toEqual(comparable(gitOnly));
    // The comparison means something only if the tree has findings, failures and plain and unusual layouts.
    expect(fromFiles.findings.filter((finding) => finding.verdict === 'block').length).toBeGreaterThan(5);
    expect(fromFiles.audit?.notes.some((note) => note.message.startsWith('scan failed'))).toBe(true);
    expect(fromFiles.audit?.repositories).toHaveLength(Object.keys(tree.layouts).length);
  });

  it('finds in each repository what aiguard scan finds there', async () => {
    const audit = await auditWorkstation(options);
    for (const { path } of Object.values(tree.layouts)) {
      const scan = await scanRepository({ path, policyFile: options.policyFile!, policyLocations: options.policyLocations!, withRefs: true }).catch(() => undefined);
      if (!scan) continue;
      const root = scan.target.kind === 'repository' ? scan.target.path : undefined;
      const inRepository = audit.findings.filter((finding) => finding.location.repository === root);
      for (const finding of scan.findings) expect(inRepository, path).toContainEqual(finding);
    }
  });
});

describe('auditWorkstation over a repository git would hang in', () => {
  it('notes a repository whose HEAD is a FIFO and goes on with the others', async () => {
    const stuck = createRepo();
    const fine = createRepo();
    try {
      stuck.commit({ message: 'one\n' });
      fine.commit({ message: 'two\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
      rmSync(join(stuck.path, '.git', 'HEAD'));
      execFileSync('mkfifo', [join(stuck.path, '.git', 'HEAD')]);
      execFileSync('ln', ['-s', fine.path, join(stuck.path, '..', 'fine')]);
      const result = await auditWorkstation({ ...options, roots: [join(stuck.path, '..')] });
      expect(result.audit?.notes).toEqual([
        { source: 'repositories', path: stuck.path, message: `scan failed (${join(realpathSync(stuck.path), '.git', 'HEAD')} is not a regular file (a FIFO, socket or device): git would wait on it for ever, so the repository was not read)` },
      ]);
      expect(result.findings.map((finding) => finding.location.repository)).toContain(realpathSync(fine.path));
    } finally {
      stuck.cleanup();
      fine.cleanup();
    }
  });
});
