/** @fileoverview Property test on real repositories: a cached scan after random history changes equals a full scan; a corrupt cache never hides findings. */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { scanRepository, type RepositoryScan, type RepositorySources } from '../scan.js';
import { readContainingRefs } from '../sources/commit-refs.js';

const CLAUDE = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

type Operation =
  | { readonly op: 'commit'; readonly evidence: boolean }
  | { readonly op: 'branch' | 'checkout' | 'delete' | 'merge' | 'tag' | 'annotated-tag' | 'remote' | 'pull-ref'; readonly branch: number }
  | { readonly op: 'reset' | 'branch-back'; readonly back: number }
  | { readonly op: 'scan'; readonly withRefs: boolean }
  | { readonly op: 'amend' | 'detach' | 'prune' | 'stash' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('commit' as const), evidence: fc.boolean() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constantFrom('branch' as const, 'checkout' as const, 'delete' as const, 'merge' as const, 'tag' as const, 'annotated-tag' as const, 'remote' as const, 'pull-ref' as const),
      branch: fc.integer({ min: 0, max: 2 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('reset' as const, 'branch-back' as const), back: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('amend' as const, 'detach' as const, 'prune' as const, 'stash' as const) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('scan' as const), withRefs: fc.boolean() }) },
);

let made = 0;
/** Applies one change the way a developer or a force push would; changes that make no sense here are skipped. */
function apply(repo: FixtureRepo, change: Operation): void {
  const tryGit = (...args: string[]): void => {
    try {
      repo.git(...args);
    } catch {
      // A reset past the root or a checkout of a missing branch is a no-op in this model.
    }
  };
  if (change.op === 'commit') repo.commit({ message: `Change ${++made}\n\n${change.evidence ? CLAUDE : 'Reviewed-by: Ana'}\n` });
  if (change.op === 'branch') tryGit('branch', '-f', `b${change.branch}`);
  if (change.op === 'checkout') tryGit('checkout', '-q', `b${change.branch}`);
  if (change.op === 'delete') tryGit('branch', '-D', `b${change.branch}`);
  if (change.op === 'reset') tryGit('reset', '-q', '--hard', `HEAD~${change.back}`);
  if (change.op === 'amend') tryGit('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'commit', '-q', '--amend', '--allow-empty', '-m', `Rewritten ${++made}\n\n${CLAUDE}`);
  if (change.op === 'detach') tryGit('checkout', '-q', '--detach', 'HEAD~1');
  if (change.op === 'prune') tryGit('-c', 'gc.auto=0', 'reflog', 'expire', '--expire=now', '--all'), tryGit('gc', '-q', '--prune=now');
  // A ref made at an older commit: the cache cannot place it and asks git.
  if (change.op === 'branch-back') tryGit('branch', '-f', `b${change.back % 3}`, `HEAD~${change.back}`);
  if (change.op === 'merge') tryGit('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'merge', '-q', '--no-ff', '-m', `Merge ${++made}\n\n${CLAUDE}`, `b${change.branch}`);
  if (change.op === 'tag') tryGit('tag', '-f', `t${change.branch}`);
  if (change.op === 'annotated-tag') tryGit('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'tag', '-f', '-a', '-m', `Release ${++made}`, `v${change.branch}`);
  if (change.op === 'remote') tryGit('update-ref', `refs/remotes/origin/b${change.branch}`, 'HEAD');
  // Refs outside the namespaces git decorates: in history, but never named as containing a commit.
  if (change.op === 'pull-ref') tryGit('update-ref', `refs/pull/${change.branch}/head`, 'HEAD');
  if (change.op === 'stash') {
    repo.write(`stash-${++made}.txt`, 'work in progress\n');
    tryGit('add', '--all');
    tryGit('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'stash', 'push', '-q', '-m', `wip ${made}`);
  }
}

function scan(repo: FixtureRepo, cacheFolder: string, cache: boolean, withRefs = true, sources?: Partial<RepositorySources>): Promise<RepositoryScan> {
  return scanRepository({ path: repo.path, cache, cacheFolder, withRefs, useBaseline: false, policyLocations: { home: null, managedFiles: [], env: {} }, ...(sources ? { sources } : {}) });
}

/** The parts of a result a cache could get wrong, in an order that does not depend on how history was read. */
function comparable(result: RepositoryScan): unknown {
  return { summary: result.summary, findings: result.findings.map((finding) => JSON.stringify(finding)).sort() };
}

describe('the incremental history cache', () => {
  it('gives the same result as a full scan, containing refs included, after any sequence of commits, merges, tags, rewrites, branch deletions and prunes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 10 }), async (changes) => {
        const repo = createRepo({ prefix: 'aiguard-cache-' });
        const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
        folders.push(cacheFolder);
        try {
          repo.commit({ message: `Start\n\n${CLAUDE}\n` });
          for (const change of [...changes, { op: 'scan', withRefs: true } as const]) {
            apply(repo, change);
            if (change.op !== 'scan') continue;
            const cached = await scan(repo, cacheFolder, true, change.withRefs);
            const full = await scan(repo, cacheFolder, false, change.withRefs);
            expect(comparable(cached)).toEqual(comparable(full));
          }
        } finally {
          repo.cleanup();
        }
      }),
      {
        numRuns: 30,
        // Moves the random runs find only now and then, always tried: a deleted branch, a new annotated tag, a merge, a stash.
        examples: [
          [[{ op: 'branch', branch: 0 }, { op: 'scan', withRefs: true }, { op: 'delete', branch: 0 }, { op: 'commit', evidence: true }]],
          [[{ op: 'branch', branch: 1 }, { op: 'scan', withRefs: true }, { op: 'delete', branch: 1 }]],
          [[{ op: 'scan', withRefs: true }, { op: 'annotated-tag', branch: 0 }, { op: 'tag', branch: 1 }, { op: 'remote', branch: 2 }]],
          [[{ op: 'branch', branch: 0 }, { op: 'commit', evidence: true }, { op: 'scan', withRefs: false }, { op: 'checkout', branch: 0 }, { op: 'commit', evidence: true }, { op: 'merge', branch: 0 }]],
          [[{ op: 'scan', withRefs: true }, { op: 'stash' }, { op: 'commit', evidence: true }, { op: 'scan', withRefs: true }, { op: 'reset', back: 1 }]],
          [[{ op: 'commit', evidence: true }, { op: 'scan', withRefs: true }, { op: 'branch-back', back: 1 }, { op: 'pull-ref', branch: 0 }]],
        ],
      },
    );
  }, 600_000);

  it('answers an unchanged repository from the cache without reading history', async () => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    repo.commit({ message: 'Two' });
    const first = await scan(repo, cacheFolder, true);
    let historyReads = 0;
    const second = await scanRepository({
      path: repo.path,
      cache: true,
      cacheFolder,
      withRefs: true,
      useBaseline: false,
      policyLocations: { home: null, managedFiles: [], env: {} },
      onProgress: (progress) => (historyReads += progress.phase === 'history' && progress.commitsScanned > 0 ? 1 : 0),
    });
    expect(comparable(second)).toEqual(comparable(first));
    expect(second.summary.commitsScanned).toBe(2);
    expect(historyReads).toBe(0);
    repo.cleanup();
  });

  it('applies a changed policy to cached evidence without rereading history', async () => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    const before = await scan(repo, cacheFolder, true);
    expect(before.findings.map((finding) => finding.verdict)).toEqual(['warn']);
    repo.write('.aiguard.json', JSON.stringify({ default: 'warn', assistants: { 'claude-code': 'block' } }));
    const after = await scan(repo, cacheFolder, true);
    expect(after.findings.filter((finding) => finding.location.commit).map((finding) => finding.verdict)).toEqual(['block']);
    expect(comparable(after)).toEqual(comparable(await scan(repo, cacheFolder, false)));
    repo.cleanup();
  });

  it('names the refs containing each commit as a full scan does, also after a new branch at a cached tip', async () => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    const withRefs = (cache: boolean) =>
      scanRepository({ path: repo.path, cache, cacheFolder, withRefs: true, useBaseline: false, policyLocations: { home: null, managedFiles: [], env: {} } });
    const refsOf = (result: RepositoryScan) => result.findings.map((finding) => finding.commit?.refs);
    expect(refsOf(await withRefs(true))).toEqual([['refs/heads/main']]);
    expect(refsOf(await withRefs(true))).toEqual([['refs/heads/main']]);
    repo.git('branch', 'copy');
    expect(refsOf(await withRefs(true))).toEqual([['refs/heads/copy', 'refs/heads/main']]);
    expect(refsOf(await withRefs(true))).toEqual(refsOf(await withRefs(false)));
    repo.cleanup();
  });

  it('keeps the containing refs up to date without walking history after a fast-forward, a new branch and a deleted one', async () => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    let walks = 0;
    const counting: Partial<RepositorySources> = {
      readContainingRefs: (repository, commits) => (walks++, readContainingRefs(repository.root, commits)),
    };
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    repo.git('branch', 'old');
    await scan(repo, cacheFolder, true, true, counting);
    // The first scan learns the refs in its own history pass: no walk.
    expect(walks).toBe(0);
    repo.commit({ message: `Two\n\n${CLAUDE}\n` });
    repo.commit({ message: 'Three' });
    repo.git('branch', 'copy');
    repo.git('branch', '-D', 'old');
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const cached = await scan(repo, cacheFolder, true, true, counting);
    expect(walks).toBe(0);
    expect(cached.findings.map((finding) => finding.commit?.refs)).toEqual([
      ['refs/heads/copy', 'refs/heads/main', 'refs/remotes/origin/main'],
      ['refs/heads/copy', 'refs/heads/main', 'refs/remotes/origin/main'],
    ]);
    expect(comparable(cached)).toEqual(comparable(await scan(repo, cacheFolder, false)));
    // A release tag costs a rev-parse to place, not a walk.
    repo.git('-c', 'user.name=Ana Human', '-c', 'user.email=ana@example.com', 'tag', '-a', '-m', 'Release', 'v1');
    expect((await scan(repo, cacheFolder, true, true, counting)).findings.map((finding) => finding.commit?.refs?.includes('refs/tags/v1'))).toEqual([true, true]);
    expect(walks).toBe(0);
    // A branch made at an older commit cannot be placed from the cache: git walks once, and the cache learns it.
    repo.git('branch', 'back', 'HEAD~2');
    expect(comparable(await scan(repo, cacheFolder, true, true, counting))).toEqual(comparable(await scan(repo, cacheFolder, false)));
    expect(walks).toBe(1);
    await scan(repo, cacheFolder, true, true, counting);
    expect(walks).toBe(1);
    repo.cleanup();
  });

  it('adds the containing refs to an unchanged cache written without them, so that only the first scan with refs walks', async () => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    let walks = 0;
    const counting: Partial<RepositorySources> = {
      readContainingRefs: (repository, commits) => (walks++, readContainingRefs(repository.root, commits)),
    };
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    await scan(repo, cacheFolder, true, false, counting);
    expect(walks).toBe(0);
    const first = await scan(repo, cacheFolder, true, true, counting);
    expect(walks).toBe(1);
    expect(comparable(await scan(repo, cacheFolder, true, true, counting))).toEqual(comparable(first));
    expect(walks).toBe(1);
    expect(first.findings.map((finding) => finding.commit?.refs)).toEqual([['refs/heads/main']]);
    repo.cleanup();
  });

  it('rebuilds from history when the cache file belongs to another repository, and reads no cache at all with cache off', async () => {
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    const clean = createRepo({ prefix: 'aiguard-cache-' });
    clean.commit({ message: 'Plain work' });
    const tainted = createRepo({ prefix: 'aiguard-cache-' });
    tainted.commit({ message: `One\n\n${CLAUDE}\n` });
    await scan(clean, cacheFolder, true);
    const [cleanFile] = readdirSync(join(cacheFolder, 'history'));
    await scan(tainted, cacheFolder, true);
    const taintedFile = readdirSync(join(cacheFolder, 'history')).find((name) => name !== cleanFile)!;
    // A foreign entry under this repository's name: its header names another repository.
    writeFileSync(join(cacheFolder, 'history', taintedFile), readFileSync(join(cacheFolder, 'history', cleanFile!)));
    expect((await scan(tainted, cacheFolder, true)).findings).toHaveLength(1);
    // A well-formed entry that was edited to say "clean" is believed with the cache on, and never read with it off.
    const lines = readFileSync(join(cacheFolder, 'history', taintedFile), 'utf8').trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!) as { commits: number };
    writeFileSync(join(cacheFolder, 'history', taintedFile), `${lines[0]}\n${lines[1]}\n${JSON.stringify({ end: 0, commits: trailer.commits })}\n`);
    expect((await scan(tainted, cacheFolder, true)).findings).toHaveLength(0);
    expect((await scan(tainted, cacheFolder, false)).findings).toHaveLength(1);
    clean.cleanup();
    tainted.cleanup();
  });

  it.each([
    ['truncated', (file: string) => writeFileSync(file, readFirstLine(file))],
    ['garbled', (file: string) => appendFileSync(file, '{"assistant": 1}\n')],
    ['emptied', (file: string) => writeFileSync(file, '')],
  ])('falls back to a full scan when the cache file is %s', async (_name, damage) => {
    const repo = createRepo({ prefix: 'aiguard-cache-' });
    const cacheFolder = mkdtempSync(join(tmpdir(), 'aiguard-cache-folder-'));
    folders.push(cacheFolder);
    repo.commit({ message: `One\n\n${CLAUDE}\n` });
    const full = await scan(repo, cacheFolder, true);
    expect(full.findings).toHaveLength(1);
    const folder = join(cacheFolder, 'history');
    for (const name of readdirSync(folder)) damage(join(folder, name));
    expect(comparable(await scan(repo, cacheFolder, true))).toEqual(comparable(full));
    repo.cleanup();
  });
});

function readFirstLine(file: string): string {
  return `${readFileSync(file, 'utf8').split('\n')[0]}\n`;
}
