/**
 * @fileoverview Answers findRepository's questions for a plain work tree from its files (HEAD, refs, config,
 * shallow), without starting git: an audit sweep of hundreds of repositories saves two processes each. Any layout
 * that needs git's own logic (linked worktrees, submodules' `.git` files, core.worktree, extensions such as
 * refStorage, includes, bare repositories) answers undefined, and the caller asks git.
 */
import { lstat, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { RefRecord } from '../model/records.js';
import { REPOSITORY_REDIRECTS, runGit } from './git-command.js';
import type { RepositoryInfo } from './git-repository.js';
import { readRefFiles } from './git-ref-files.js';

/** A repository read from its files, with the refs read on the way (the scan needs them next). */
export interface RepositoryFiles {
  readonly repository: RepositoryInfo;
  /** Every ref under `refs/`, sorted by name, as `git for-each-ref` lists them. */
  readonly refs: readonly RefRecord[];
}

// Environment variables that change what git would find, read or call shallow: with any of them set, git answers.
const GIT_STATE_VARIABLES = [...REPOSITORY_REDIRECTS, 'GIT_SHALLOW_FILE'];
const SHA1_ID = /^[0-9a-f]{40}$/;
// The partial-clone keys findRepository asks `git config` about, plus conditional includes that could add them.
const PARTIAL_KEYS = '^(extensions\\.partialclone|remote\\..*\\.promisor|remote\\..*\\.partialclonefilter|include\\..*|includeif\\..*)$';

/**
 * The repository whose work tree root is `folder` (a folder holding a `.git` folder, as the audit's walk finds it),
 * with the same answers findRepository gets from git; undefined whenever git should answer instead.
 */
export async function readRepositoryFiles(folder: string, env: NodeJS.ProcessEnv = process.env): Promise<RepositoryFiles | undefined> {
  if (GIT_STATE_VARIABLES.some((name) => env[name] !== undefined) || Object.keys(env).some((name) => /^GIT_CONFIG_(?:KEY|VALUE)_\d+$/.test(name))) return undefined;
  // A `.git` file (linked worktree, submodule) or a symlinked `.git` needs git's gitdir and commondir rules.
  if (!(await isKind(join(folder, '.git'), 'directory'))) return undefined;
  const root = await realpath(folder).catch(() => undefined);
  if (root === undefined) return undefined;
  const gitDir = join(root, '.git');
  // git would not take a folder without objects/ and refs/ for a repository, and would look further up.
  const [hasObjects, hasRefs, hasCommonDir] = await Promise.all([isKind(join(gitDir, 'objects'), 'directory'), isKind(join(gitDir, 'refs'), 'directory'), exists(join(gitDir, 'commondir'))]);
  if (!hasObjects || !hasRefs || hasCommonDir !== false) return undefined;
  const config = await readFile(join(gitDir, 'config'), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : undefined));
  const settings = config === undefined ? undefined : readConfigSettings(config);
  if (settings === undefined || (await hasGlobalPartialKeys(env)) !== false) return undefined;
  const [shallow, head, refs] = await Promise.all([readShallow(gitDir), readHead(gitDir), readRefFiles(gitDir, gitDir)]);
  if (shallow === undefined || head === undefined || refs === undefined) return undefined;
  const id = head.id ?? refs.find((ref) => ref.name === head.ref)?.target;
  return {
    repository: {
      root,
      gitDir,
      isBare: false,
      hasHead: id !== undefined,
      ...(id !== undefined ? { head: id } : {}),
      commonDir: gitDir,
      ...(shallow ? { isShallow: true } : {}),
      ...(settings.isPartial ? { isPartial: true } : {}),
    },
    refs,
  };
}

/** What the repository's own config says that matters here; undefined when it holds anything git must interpret. */
export function readConfigSettings(text: string): { readonly isPartial: boolean } | undefined {
  let section = '';
  let isPartial = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    // A value continued on the next line would make that line look like a key.
    if (line.endsWith('\\')) return undefined;
    if (line.startsWith('[')) {
      const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\\n]|\\.)*")?\s*\]\s*(?:[#;].*)?$/.exec(line);
      if (!header) return undefined;
      section = header[1]!.toLowerCase().split('.')[0]!;
      // Extensions (refStorage, worktreeConfig, objectFormat, partialClone) and includes need git itself.
      if (section === 'extensions' || section === 'include' || section === 'includeif') return undefined;
      continue;
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!entry || section === '') return undefined;
    const key = entry[1]!.toLowerCase();
    const value = entry[2]?.replace(/\s*[#;].*$/, '').trim().toLowerCase();
    if (section === 'core' && key === 'worktree') return undefined;
    // core.bare: only a plain `false` is certain; true, odd spellings or quotes are git's to read.
    if (section === 'core' && key === 'bare' && !['false', 'no', 'off', '0'].includes(value ?? 'true')) return undefined;
    if (section === 'core' && key === 'repositoryformatversion' && value !== '0' && value !== '1') return undefined;
    // findRepository counts any promisor or filter key as a partial clone, whatever its value.
    if (section === 'remote' && (key === 'promisor' || key === 'partialclonefilter')) isPartial = true;
  }
  return { isPartial };
}

/** HEAD as a ref name or a detached commit id; undefined for anything else (a symlinked HEAD, an odd value). */
async function readHead(gitDir: string): Promise<{ readonly ref?: string; readonly id?: string } | undefined> {
  if (!(await isKind(join(gitDir, 'HEAD'), 'file'))) return undefined;
  const text = await readFile(join(gitDir, 'HEAD'), 'utf8').catch(() => undefined);
  const value = text?.endsWith('\n') ? text.slice(0, -1) : text;
  if (value === undefined) return undefined;
  if (SHA1_ID.test(value)) return { id: value };
  const ref = /^ref: (refs\/[^\s]+)$/.exec(value)?.[1];
  return ref === undefined ? undefined : { ref };
}

/** True when a non-empty `shallow` file lists graft points; undefined for an empty one, which git reads its own way. */
async function readShallow(gitDir: string): Promise<boolean | undefined> {
  try {
    const info = await lstat(join(gitDir, 'shallow'));
    return info.isFile() && info.size > 0 ? true : undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? false : undefined;
  }
}

async function isKind(path: string, kind: 'file' | 'directory'): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  return kind === 'file' ? info?.isFile() === true : info?.isDirectory() === true;
}

/** True or false when certain; undefined when the path could not be checked. */
async function exists(path: string): Promise<boolean | undefined> {
  return lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : undefined),
  );
}

const globalPartialKeys = new Map<string, Promise<boolean | undefined>>();

/**
 * Whether the user's or the system's git config sets a partial-clone key (or an include that might), asked once
 * per run and config location rather than once per repository; undefined when git could not say.
 */
function hasGlobalPartialKeys(env: NodeJS.ProcessEnv): Promise<boolean | undefined> {
  const key = [env.HOME, env.XDG_CONFIG_HOME, env.PREFIX, env.GIT_CONFIG_GLOBAL, env.GIT_CONFIG_SYSTEM, env.GIT_CONFIG_NOSYSTEM].join('\0');
  let answer = globalPartialKeys.get(key);
  if (answer === undefined) {
    const ask = (scope: string): Promise<boolean | undefined> =>
      runGit(['config', scope, '--includes', '--get-regexp', PARTIAL_KEYS], { cwd: '/', env }).then(
        (text) => text.trim() !== '',
        // Exit code 1: no such key (or no such file); anything else leaves the question open.
        (error: { exitCode?: number | null }) => (error.exitCode === 1 ? false : undefined),
      );
    answer = Promise.all([ask('--global'), ask('--system')]).then(([global, system]) => (global === false && system === false ? false : global || system ? true : undefined));
    globalPartialKeys.set(key, answer);
  }
  return answer;
}
