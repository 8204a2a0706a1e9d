/** @fileoverview Builds one folder of real repositories in every layout an audit's walk meets, plain and unusual. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedGitEnv } from './git-fixture.js';

/** One repository of the tree: where it is and whether its files alone can answer findRepository. */
export interface RepositoryLayout {
  readonly path: string;
  /** True for a layout read from its files; false where git's own logic must answer (or refuse). */
  readonly isPlain: boolean;
}

/** The tree: its root, the layouts by name, the environment git ran in, and a cleanup. */
export interface RepositoryLayouts {
  readonly root: string;
  readonly layouts: Readonly<Record<string, RepositoryLayout>>;
  readonly env: NodeJS.ProcessEnv;
  cleanup(): void;
}

const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

/**
 * Makes, under one root: plain repositories (loose refs, packed refs with an annotated tag, detached HEAD, no commit
 * yet, HEAD on a missing branch, shallow and partial clones, a repository reached through a symlinked folder, with
 * a CLAUDE.md) and unusual ones (a linked worktree, a submodule, core.worktree, extensions.refStorage, a config
 * include, a `.git` file pointing nowhere, an empty `.git` folder inside another repository) and bare repositories.
 */
export function makeRepositoryLayouts(): RepositoryLayouts {
  const base = mkdtempSync(join(tmpdir(), 'aiguard-layouts-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  mkdirSync(root);
  mkdirSync(home);
  const env = { ...isolatedGitEnv(home), GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.com', GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.com' };
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
  const init = (path: string): string => {
    mkdirSync(path, { recursive: true });
    git(path, 'init', '-q', '-b', 'main');
    return path;
  };
  const commit = (path: string, message: string): void => void git(path, 'commit', '-q', '--allow-empty', '-m', message);
  const layouts: Record<string, RepositoryLayout> = {};
  const add = (name: string, path: string, isPlain: boolean): void => void (layouts[name] = { path, isPlain });

  const loose = init(join(root, 'team', 'loose'));
  writeFileSync(join(loose, 'CLAUDE.md'), '# notes\n');
  commit(loose, 'first');
  commit(loose, `second${CLAUDE_TRAILER}`);
  git(loose, 'branch', 'claude/feature');
  add('loose refs', loose, true);

  const packed = init(join(root, 'team', 'packed'));
  commit(packed, `one${CLAUDE_TRAILER}`);
  git(packed, 'tag', '-a', '-m', 'release', 'v1');
  commit(packed, 'two');
  git(packed, 'pack-refs', '--all');
  add('packed refs and an annotated tag', packed, true);

  const detached = init(join(root, 'team', 'detached'));
  commit(detached, 'one');
  commit(detached, 'two');
  git(detached, 'checkout', '-q', '--detach', 'HEAD~1');
  add('detached HEAD', detached, true);

  add('no commit yet', init(join(root, 'team', 'empty')), true);

  const orphan = init(join(root, 'team', 'orphan-head'));
  commit(orphan, `work${CLAUDE_TRAILER}`);
  git(orphan, 'symbolic-ref', 'HEAD', 'refs/heads/gone');
  add('HEAD on a branch that does not exist', orphan, true);

  const source = init(join(base, 'source'));
  for (const n of [1, 2, 3]) commit(source, `change ${n}${n === 3 ? CLAUDE_TRAILER : ''}`);
  git(source, 'config', 'uploadpack.allowFilter', 'true');
  const shallow = join(root, 'clones', 'shallow');
  git(base, 'clone', '-q', '--depth', '1', `file://${source}`, shallow);
  add('shallow clone', shallow, true);
  const partial = join(root, 'clones', 'partial');
  git(base, 'clone', '-q', '--filter=blob:none', `file://${source}`, partial);
  add('partial clone', partial, !git(partial, 'config', '--list', '--local').includes('extensions.'));

  const outside = init(join(base, 'outside', 'linked'));
  commit(outside, `outside${CLAUDE_TRAILER}`);
  symlinkSync(join(base, 'outside'), join(root, 'link-to-outside'));
  add('reached through a symlinked folder', join(root, 'link-to-outside', 'linked'), true);

  const main = init(join(root, 'worktrees', 'main'));
  commit(main, `main${CLAUDE_TRAILER}`);
  git(main, 'worktree', 'add', '-q', '-b', 'side', join(root, 'worktrees', 'side'));
  add('main repository with a linked worktree', main, true);
  add('linked worktree', join(root, 'worktrees', 'side'), false);

  const parent = init(join(root, 'super'));
  commit(parent, 'parent');
  git(parent, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${source}`, 'lib/sub');
  commit(parent, 'add submodule');
  add('repository with a submodule', parent, true);
  add('submodule (a .git file and core.worktree)', join(parent, 'lib', 'sub'), false);

  const worktreeConfig = init(join(root, 'odd', 'core-worktree'));
  commit(worktreeConfig, 'one');
  git(worktreeConfig, 'config', 'core.worktree', worktreeConfig);
  add('core.worktree in config', worktreeConfig, false);

  const reftable = init(join(root, 'odd', 'reftable'));
  commit(reftable, 'one');
  git(reftable, 'config', 'core.repositoryformatversion', '1');
  git(reftable, 'config', 'extensions.refStorage', 'reftable');
  add('extensions.refStorage (unknown to this git)', reftable, false);

  const include = init(join(root, 'odd', 'include'));
  commit(include, `one${CLAUDE_TRAILER}`);
  writeFileSync(join(base, 'included.config'), '[remote "origin"]\n\tpromisor = true\n');
  appendFileSync(join(include, '.git', 'config'), `[include]\n\tpath = ${join(base, 'included.config')}\n`);
  add('config include', include, false);

  const pointer = join(root, 'odd', 'pointer');
  mkdirSync(pointer, { recursive: true });
  writeFileSync(join(pointer, '.git'), `gitdir: ${join(base, 'nowhere')}\n`);
  add('.git file pointing nowhere', pointer, false);

  const hollow = join(loose, 'vendor', 'hollow');
  mkdirSync(join(hollow, '.git'), { recursive: true });
  add('empty .git folder inside another repository', hollow, false);

  const bare = join(root, 'server', 'app.git');
  git(base, 'clone', '-q', '--bare', `file://${source}`, bare);
  add('bare repository', bare, true);
  const bareOrphan = join(root, 'server', 'pushed-main-only.git');
  git(base, 'init', '-q', '--bare', '-b', 'master', bareOrphan);
  git(source, 'push', '-q', bareOrphan, 'main');
  add('bare repository whose HEAD names a branch never pushed', bareOrphan, true);
  const notBare = join(root, 'server', 'says-not-bare.git');
  git(base, 'clone', '-q', '--bare', `file://${source}`, notBare);
  git(notBare, 'config', 'core.bare', 'false');
  add('bare-looking repository whose config says core.bare = false', notBare, false);

  return { root, layouts, env, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
