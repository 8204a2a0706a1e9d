/** @fileoverview Tests what a push carries: hook stdin parsing, the revisions new to the other side, and the paths they add. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { branchTipTypes, parsePrePushInput, parsePreReceiveInput, peelObjects, pushedRevisions, readAddedPaths, type RefUpdate } from './git-push.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('parsePrePushInput and parsePreReceiveInput', () => {
  it('reads one update per line, CRLF and blank lines tolerated', () => {
    expect(parsePrePushInput(`refs/heads/x ${A} refs/heads/x ${B}\r\n\n(delete) ${ZERO} refs/heads/y ${A}\n`)).toEqual([
      { localRef: 'refs/heads/x', newId: A, ref: 'refs/heads/x', oldId: B },
      { localRef: '(delete)', newId: ZERO, ref: 'refs/heads/y', oldId: A },
    ]);
    expect(parsePreReceiveInput(`${B} ${A} refs/tags/v1\n`)).toEqual([{ oldId: B, newId: A, ref: 'refs/tags/v1' }]);
    expect(parsePrePushInput('')).toEqual([]);
  });

  it('throws on a malformed line and quotes it', () => {
    expect(() => parsePrePushInput(`refs/heads/x ${A} refs/heads/x`)).toThrow(/pre-push input line is not/);
    expect(() => parsePreReceiveInput(`${A} nothex refs/heads/x\n`)).toThrow(/"[0-9a-f]+ nothex refs\/heads\/x"/);
  });
});

describe('pushedRevisions', () => {
  const peeled = new Map([
    [A, 'commit'],
    [B, 'commit'],
  ]);

  it('selects new tips minus old tips, with the exclusion as options that git log reads before --end-of-options', () => {
    const updates: RefUpdate[] = [{ ref: 'refs/heads/x', newId: A, oldId: B }];
    expect(pushedRevisions(updates, peeled, ['--remotes=origin'])).toEqual({ revisions: [A, `^${B}`], extraArgs: ['--ignore-missing', '--not', '--remotes=origin', '--not'] });
  });

  it('knows that branch tips are commits without asking git, and leaves tags to peelObjects', () => {
    expect(branchTipTypes([{ ref: 'refs/heads/x', newId: A, oldId: B }, { ref: 'refs/heads/gone', newId: ZERO, oldId: B }])).toEqual(new Map([[A, 'commit'], [B, 'commit']]));
    expect(branchTipTypes([{ ref: 'refs/heads/x', newId: A, oldId: ZERO }, { ref: 'refs/tags/v1', newId: B, oldId: ZERO }])).toBeUndefined();
  });

  it('brings nothing for deletions and for refs that do not peel to a commit', () => {
    expect(pushedRevisions([{ ref: 'refs/heads/x', newId: ZERO, oldId: A }], peeled, ['--all'])).toBeUndefined();
    expect(pushedRevisions([{ ref: 'refs/tags/tree', newId: A, oldId: ZERO }], new Map([[A, 'tree']]), ['--all'])).toBeUndefined();
  });
});

describe('peelObjects and readAddedPaths on a real repository', () => {
  let repo: FixtureRepo;
  beforeEach(() => {
    repo = createRepo();
  });
  afterEach(() => repo.cleanup());

  it('lists only the paths the new commits add, with the commit that added each', async () => {
    const base = repo.commit({ message: 'base\n', files: { 'old.md': 'x' } });
    const next = repo.commit({ message: 'next\n', files: { 'CLAUDE.md': 'x', 'old.md': 'changed' } });
    const peeled = await peelObjects([next, base, ZERO], { cwd: repo.path });
    expect(peeled.get(next)).toBe('commit');
    const commits = pushedRevisions([{ ref: 'refs/heads/main', newId: next, oldId: base }], peeled, [])!;
    const paths = [];
    for await (const record of readAddedPaths(commits, { cwd: repo.path })) paths.push(record);
    expect(paths).toEqual([{ path: 'CLAUDE.md', origin: 'commit', commit: next }]);
  });
});
