/** @fileoverview Tests what a push carries: hook stdin parsing, the revisions new to the other side, and the paths they add. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { branchTipTypes, parsePrePushInput, parsePreReceiveInput, peelObjects, pushedRevisions, readPushedCommits, type RefUpdate } from './git-push.js';

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

describe('peelObjects and readPushedCommits on a real repository', () => {
  let repo: FixtureRepo;
  beforeEach(() => {
    repo = createRepo();
  });
  afterEach(() => repo.cleanup());

  async function pushed(newId: string, oldId: string) {
    const peeled = await peelObjects([newId, oldId, ZERO], { cwd: repo.path });
    expect(peeled.get(newId)).toBe('commit');
    const commits = pushedRevisions([{ ref: 'refs/heads/main', newId, oldId }], peeled, [])!;
    const found = [];
    for await (const { commit, added } of readPushedCommits(commits, { cwd: repo.path })) found.push({ id: commit.id, subject: commit.message.split('\n')[0], added });
    return found;
  }

  it('gives each new commit, newest first, with only the paths it adds', async () => {
    const base = repo.commit({ message: 'base\n', files: { 'old.md': 'x' } });
    const next = repo.commit({ message: 'next\n', files: { 'CLAUDE.md': 'x', 'old.md': 'changed' } });
    const empty = repo.commit({ message: 'empty\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' });
    expect(await pushed(empty, base)).toEqual([
      // A commit that adds nothing is still listed: its message is evidence too.
      { id: empty, subject: 'empty', added: [] },
      { id: next, subject: 'next', added: [{ path: 'CLAUDE.md', origin: 'commit', commit: next }] },
    ]);
  });

  it('reads a path that looks like its commit marker as a path', async () => {
    const base = repo.commit({ message: 'base\n' });
    const hostile = `\x01${'a'.repeat(40)}`;
    const next = repo.commit({ message: 'hostile\n', files: { [hostile]: 'x', 'AGENTS.md': 'y' } });
    const [commit] = await pushed(next, base);
    expect(commit!.added.map((record) => record.path).sort()).toEqual([hostile, 'AGENTS.md']);
  });
});
