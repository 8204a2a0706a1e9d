/** @fileoverview Tests readTreePaths against `git ls-tree -r` on real bare repositories with awkward trees. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../../../../test/helpers/git-fixture.js';
import { readTreePaths } from './branch-tip-trees.js';
import { GitError } from './git-command.js';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A bare repository built with plumbing, so names can hold any bytes and modes can be gitlinks and symlinks. */
function createBareRepo(objectFormat: 'sha1' | 'sha256') {
  const home = mkdtempSync(join(tmpdir(), 'aiguard-tiptrees-'));
  folders.push(home);
  const path = join(home, 'repo.git');
  const env = { ...isolatedGitEnv(home), GIT_INDEX_FILE: join(home, 'index'), GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' };
  const git = (args: string[], input?: Buffer | string) => execFileSync('git', args, { cwd: path, env, ...(input !== undefined ? { input } : {}) });
  execFileSync('git', ['init', '-q', '--bare', `--object-format=${objectFormat}`, path], { env });
  git(['symbolic-ref', 'HEAD', 'refs/heads/main']);
  const blob = (text: string) => git(['hash-object', '-w', '--stdin'], text).toString().trim();
  const gitlink = blob('not really a commit, but a gitlink is never read');
  /** Commits a tree of `files` (raw path bytes -> [mode, content]) on `branch`. */
  const commit = (branch: string, files: ReadonlyArray<readonly [Buffer | string, string, string]>) => {
    git(['read-tree', '--empty']);
    const info = files.map(([name, mode, content]) => Buffer.concat([Buffer.from(`${mode} ${mode === '160000' ? gitlink : blob(content)}\t`), Buffer.from(name), Buffer.from([0])]));
    git(['update-index', '-z', '--index-info'], Buffer.concat(info));
    const tree = git(['write-tree']).toString().trim();
    const id = git(['commit-tree', '-m', branch, tree]).toString().trim();
    git(['update-ref', `refs/heads/${branch}`, id]);
    return id;
  };
  /** What one `ls-tree -r` per tip lists, each path once, in order: the behaviour to match. */
  const lsTree = (tips: readonly string[]) => {
    const seen = new Set<string>();
    for (const tip of tips) {
      for (const path of git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', tip]).toString('utf8').split('\0')) if (path !== '') seen.add(path);
    }
    return [...seen];
  };
  return { path, env, commit, lsTree, git };
}

async function all(items: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const NON_UTF8 = Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74]); // "bad\xff\xfe.txt"
const NON_UTF8_FOLDER = Buffer.concat([Buffer.from('dir'), Buffer.from([0xc3]), Buffer.from('/inner.md')]); // a cut "é"

const MAIN: ReadonlyArray<readonly [Buffer | string, string, string]> = [
  ['a.txt', '100644', 'a'],
  ['src/lib/x.ts', '100644', 'x'],
  ['src/lib/y.ts', '100755', 'y'],
  ['docs/readme.md', '100644', 'readme'],
  ['link', '120000', 'a.txt'],
  ['vendor/sub', '160000', ''],
  ['odd\nname.txt', '100644', 'n'],
  ['tab\tname ü.md', '100644', 'u'],
  ['"quoted" name', '100644', 'q'],
  [NON_UTF8, '100644', 'b'],
  [NON_UTF8_FOLDER, '100644', 'i'],
];

describe.each(['sha1', 'sha256'] as const)('readTreePaths (%s)', (objectFormat) => {
  const repo = createBareRepo(objectFormat);
  const main = repo.commit('main', MAIN);
  const feature = repo.commit('feature', [
    ...MAIN.filter(([name]) => name !== 'src/lib/x.ts' && name !== 'docs/readme.md'),
    ['src/lib/z.ts', '100644', 'x'],
    ['CLAUDE.md', '100644', 'c'],
  ]);
  // The same subtree under two folders: its files are listed under both.
  const copied = repo.commit('copied', [...MAIN, ['copy/lib/x.ts', '100644', 'x'], ['copy/lib/y.ts', '100755', 'y'], ['deep/a/b/c/d.txt', '100644', 'd']]);
  const same = repo.commit('same-as-main', MAIN);
  const empty = repo.commit('empty', []);

  it('lists exactly what one ls-tree per tip lists, each path once, in the same order', async () => {
    const tips = [main, feature, copied, same, empty, 'HEAD'];
    const paths = await all(readTreePaths(tips, { cwd: repo.path, env: repo.env }));
    expect(paths).toEqual(repo.lsTree(tips));
    expect(paths).toEqual(expect.arrayContaining(['vendor/sub', 'link', 'odd\nname.txt', 'src/lib/z.ts', 'CLAUDE.md', 'copy/lib/x.ts', 'src/lib/x.ts', 'deep/a/b/c/d.txt']));
    expect(paths).toContain(NON_UTF8.toString('utf8'));
    expect(paths).toContain(NON_UTF8_FOLDER.toString('utf8'));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('lists a later branch first when it comes first', async () => {
    const tips = [feature, main];
    expect(await all(readTreePaths(tips, { cwd: repo.path, env: repo.env }))).toEqual(repo.lsTree(tips));
  });

  it('lists nothing for no tips and for an empty tree', async () => {
    expect(await all(readTreePaths([], { cwd: repo.path, env: repo.env }))).toEqual([]);
    expect(await all(readTreePaths([empty], { cwd: repo.path, env: repo.env }))).toEqual([]);
  });

  it('fails with a GitError naming a tip that is not a commit', async () => {
    const blob = repo.git(['rev-parse', `${main}:a.txt`]).toString().trim();
    await expect(all(readTreePaths([main, blob], { cwd: repo.path, env: repo.env }))).rejects.toThrow(GitError);
    await expect(all(readTreePaths([main, blob], { cwd: repo.path, env: repo.env }))).rejects.toThrow(blob);
  });
});
