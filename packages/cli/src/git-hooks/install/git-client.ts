/**
 * @fileoverview The git questions `hook install` and `hook uninstall` ask (where the hooks folder is, what config
 * says), through simple-git with core's safe config. Off the hot path: the installed hooks never load it (the hook
 * bundle stays on core's hand-made runGit, which starts faster; see hook-main.ts).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { SAFE_GIT_CONFIG } from '@aiguard/core/git-hooks';
import { simpleGit, type SimpleGit } from 'simple-git';

/** `key=value` pairs of core's safe config, which simple-git passes as `-c` to every call. */
const SAFE_CONFIG = SAFE_GIT_CONFIG.filter((arg) => arg !== '-c');

/** The config keys aiguard itself sets or reads, which simple-git's unsafe-operation guard must let through. */
const ALLOWED_CONFIG = [...SAFE_CONFIG.map((pair) => pair.slice(0, pair.indexOf('='))), 'core.hooksPath', 'receive.advertisePushOptions'];

/**
 * A git client for the repository (or folder) at `cwd`, in the environment core's runGit gives git: this process's
 * own (simple-git would drop GIT_* variables such as GIT_CONFIG_GLOBAL and GIT_DIR, which the user set on purpose),
 * with no pager, no prompt and C-locale messages.
 */
export function gitAt(cwd: string): SimpleGit {
  const env: Record<string, string> = { ...definedOnly(process.env), GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
  return simpleGit({ baseDir: cwd, config: SAFE_CONFIG, allowConfig: ALLOWED_CONFIG, allowEnvironment: Object.keys(env), unsafe: { allowUnsafeConfigEnvCount: true } }).env(env);
}

function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** True when simple-git failed because `cwd` is not inside a repository. */
export function isNotARepository(error: unknown): boolean {
  return error instanceof Error && /not a git repository/i.test(error.message);
}

/** The value of `key` in the repository's config (every scope git reads), or undefined when unset. */
export async function readRepositoryConfig(cwd: string, key: string): Promise<string | undefined> {
  return (await gitAt(cwd).getConfig(key)).value ?? undefined;
}

/** Sets `key` in the repository's own config. */
export async function writeRepositoryConfig(cwd: string, key: string, value: string): Promise<void> {
  await gitAt(cwd).addConfig(key, value, false, 'local');
}

/** Removes `key` from the repository's own config; nothing happens when it is unset. */
export async function unsetRepositoryConfig(cwd: string, key: string): Promise<void> {
  await gitAt(cwd)
    .raw(['config', '--local', '--unset', key])
    .catch(() => undefined);
}

/** The global `core.hooksPath`, with `~` expanded as git's `--type=path` does, or undefined when unset. */
export async function readGlobalHooksPathValue(): Promise<string | undefined> {
  const value = (await gitAt(homedir()).getConfig('core.hooksPath', 'global')).value;
  if (value === null || value === '') return undefined;
  return resolve(homedir(), value.startsWith('~/') ? value.slice(2) : value);
}

/** Sets (or with `undefined` unsets) the global `core.hooksPath`. */
export async function writeGlobalHooksPathValue(dir: string | undefined): Promise<void> {
  const git = gitAt(homedir());
  if (dir === undefined) await git.raw(['config', '--global', '--unset', 'core.hooksPath']);
  else await git.addConfig('core.hooksPath', dir, false, 'global');
}
