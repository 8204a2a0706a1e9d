/**
 * @fileoverview Where `aiguard hook install` writes: the effective hooks folder of a repository (honouring
 * core.hooksPath), a husky layout's `.husky/` files, the global hooks folder, or a server repository's hooks.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { usageError } from '../../output/cli-error.js';
import { gitAt, isNotARepository, readGlobalHooksPathValue, writeGlobalHooksPathValue } from './git-client.js';

/** A folder whose hook files aiguard writes whole, or a husky folder whose hook files get an aiguard block. */
export interface HookTarget {
  /** `folder`: write `<dir>/<hook>` scripts (chaining what was there); `husky`: add a block to `<dir>/<hook>`. */
  readonly kind: 'folder' | 'husky';
  readonly dir: string;
}

/** The marker file in the global hooks folder saying aiguard set `core.hooksPath` (so uninstall unsets it). */
export const SET_HOOKS_PATH_MARKER = '.aiguard-set-core-hooks-path';

/** The repository at `cwd`: its work tree root (git dir when bare) and effective hooks folder. */
export async function resolveRepositoryTarget(cwd: string): Promise<HookTarget & { readonly root: string; readonly isBare: boolean }> {
  let answer: string;
  try {
    answer = await gitAt(cwd).revparse(['--is-bare-repository', '--absolute-git-dir']);
  } catch (error) {
    if (isNotARepository(error)) throw usageError(`${cwd} is not inside a git repository (use --global to install for every repository)`);
    throw error;
  }
  const [bare, gitDir] = answer.trim().split('\n') as [string, string];
  const isBare = bare === 'true';
  const root = isBare ? gitDir : (await gitAt(cwd).revparse(['--show-toplevel'])).trim();
  // `--git-path hooks` applies core.hooksPath (relative values are relative to the work tree root, as git runs hooks).
  const dir = resolve(root, (await gitAt(root).revparse(['--git-path', 'hooks'])).trim());
  const husky = join(root, '.husky');
  if (!isBare && isFolder(husky) && (dir === husky || dir === join(husky, '_'))) return { kind: 'husky', dir: husky, root, isBare };
  return { kind: 'folder', dir, root, isBare };
}

/** The global hooks folder: the global core.hooksPath when set, else undefined. */
export async function readGlobalHooksPath(): Promise<string | undefined> {
  return readGlobalHooksPathValue();
}

/** The folder aiguard uses as global core.hooksPath when none is set: `$XDG_CONFIG_HOME/aiguard/hooks` (~/.config). */
export function defaultGlobalHooksFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'aiguard', 'hooks');
}

/** Sets (or with `undefined` unsets) the global core.hooksPath. */
export async function writeGlobalHooksPath(dir: string | undefined): Promise<void> {
  await writeGlobalHooksPathValue(dir);
}

/** True when aiguard's marker says it set the global core.hooksPath to `dir`. */
export function didSetGlobalHooksPath(dir: string): boolean {
  return existsSync(join(dir, SET_HOOKS_PATH_MARKER));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
