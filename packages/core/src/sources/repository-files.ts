/**
 * @fileoverview Answers findRepository's questions for a plain work tree from its files (HEAD, refs, config,
 * shallow), without starting git: an audit sweep of hundreds of repositories saves two processes each. Any layout
 * that needs git's own logic (linked worktrees, submodules' `.git` files, core.worktree, extensions such as
 * refStorage, includes, bare repositories) answers undefined, and the caller asks git.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { RefRecord } from '../model/records.js';
import { REPOSITORY_REDIRECTS, runGit } from './git-command.js';
import type { RepositoryInfo } from './repository-info.js';
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
// safe.bareRepository=explicit makes git refuse a bare repository it was not pointed at with --git-dir.
const GLOBAL_KEYS = '^(extensions\\.partialclone|remote\\..*\\.promisor|remote\\..*\\.partialclonefilter|include\\..*|includeif\\..*|safe\\.barerepository)$';

/**
 * The repository at `folder` as the audit's walk finds it: a work tree root holding a `.git` folder, or a bare
 * repository (HEAD, objects/ and refs/ in the folder itself, `core.bare = true`); with the same answers
 * findRepository gets from git, and undefined whenever git should answer instead. Throws when git would block for
 * ever: a FIFO, socket or device where git reads HEAD, config or a ref.
 */
export async function readRepositoryFiles(folder: string, env: NodeJS.ProcessEnv = process.env, options: ReadRepositoryFilesOptions = {}): Promise<RepositoryFiles | undefined> {
  if (GIT_STATE_VARIABLES.some((name) => env[name] !== undefined) || Object.keys(env).some((name) => /^GIT_CONFIG_(?:KEY|VALUE)_\d+$/.test(name))) return undefined;
  // Small files and stat calls: synchronous reads cost a fraction of a promise and a thread-pool round trip each.
  // A `.git` file (linked worktree, submodule) or a symlinked `.git` needs git's gitdir and commondir rules.
  const dotGit = kindOf(join(folder, '.git'));
  if (dotGit !== 'directory' && dotGit !== 'missing') return undefined;
  const isBare = dotGit === 'missing';
  let root: string;
  try {
    root = realpathSync(folder);
  } catch {
    return undefined;
  }
  const gitDir = isBare ? root : join(root, '.git');
  // git would not take a folder without objects/ and refs/ for a repository, and would look further up.
  if (kindOf(join(gitDir, 'objects')) !== 'directory' || kindOf(join(gitDir, 'refs')) !== 'directory' || kindOf(join(gitDir, 'commondir')) !== 'missing') return undefined;
  const kinds = new Map(['HEAD', 'config', 'packed-refs', 'shallow'].map((name) => [name, kindOf(join(gitDir, name))]));
  for (const [name, kind] of kinds) if (kind === 'special') throw blockingFile(gitDir, name);
  const isReadable = (name: string): boolean => kinds.get(name) === 'file' || kinds.get(name) === 'missing';
  if (kinds.get('HEAD') !== 'file' || !isReadable('config') || !isReadable('shallow')) return undefined;
  const config = kinds.get('config') === 'file' ? readText(join(gitDir, 'config')) : '';
  const headText = readText(join(gitDir, 'HEAD'));
  const settings = config === undefined ? undefined : readConfigSettings(config);
  const head = headText === undefined ? undefined : readHead(headText);
  // An empty shallow file is read git's own way; a non-empty one lists the graft points of a shallow clone.
  const shallow = kinds.get('shallow') === 'missing' ? false : (readText(join(gitDir, 'shallow')) ?? '') !== '' ? true : undefined;
  // A work tree's config may leave core.bare unset; a bare repository is taken as one only when it says so.
  if (settings === undefined || (isBare ? settings.bare !== true : settings.bare === true) || head === undefined || shallow === undefined) return undefined;
  let isPartial = settings.isPartial;
  if (options.askConfigInRepository) {
    const keys = await readRepositoryKeys(folder, env);
    if (keys === undefined || (isBare && keys.includes('safe.barerepository'))) return undefined;
    isPartial ||= keys.some((key) => key !== 'safe.barerepository');
  } else {
    const globalKeys = await readGlobalKeys(env);
    if (globalKeys === undefined || globalKeys.some((key) => key !== 'safe.barerepository' || isBare)) return undefined;
  }
  const refs = await readRefFiles(gitDir, gitDir);
  if (refs === undefined) {
    const special = findSpecialFile(join(gitDir, 'refs'));
    if (special !== undefined) throw blockingFile(gitDir, special);
    return undefined;
  }
  const id = head.id ?? refs.find((ref) => ref.name === head.ref)?.target;
  return {
    repository: {
      root,
      gitDir,
      isBare,
      hasHead: id !== undefined,
      ...(id !== undefined ? { head: id } : {}),
      commonDir: gitDir,
      ...(shallow ? { isShallow: true } : {}),
      ...(isPartial ? { isPartial: true } : {}),
    },
    refs,
  };
}

/** How {@link readRepositoryFiles} asks git about config. */
export interface ReadRepositoryFilesOptions {
  /**
   * Ask one `git config` in the repository (system, global and local files, includes followed with their conditions
   * judged for this repository) instead of the user's and system's files once per run: one process either way for a
   * single repository, and a global `includeIf` needs no fallback to git. @default false (an audit's many repositories)
   */
  readonly askConfigInRepository?: boolean;
}

/** What the repository's own config says that matters here; undefined when it holds anything git must interpret. */
export function readConfigSettings(text: string): { readonly isPartial: boolean; readonly bare?: boolean } | undefined {
  let section = '';
  let isPartial = false;
  let bare: boolean | undefined;
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
    // core.bare: a key alone means true; quotes and odd spellings are git's to read.
    if (section === 'core' && key === 'bare') {
      if (['false', 'no', 'off', '0'].includes(value ?? 'true')) bare = false;
      else if (['true', 'yes', 'on', '1'].includes(value ?? 'true')) bare = true;
      else return undefined;
    }
    if (section === 'core' && key === 'repositoryformatversion' && value !== '0' && value !== '1') return undefined;
    // findRepository counts any promisor or filter key as a partial clone, whatever its value.
    if (section === 'remote' && (key === 'promisor' || key === 'partialclonefilter')) isPartial = true;
  }
  return { isPartial, ...(bare !== undefined ? { bare } : {}) };
}

/** HEAD as a ref name or a detached commit id; undefined for anything else, which git reads its own way. */
function readHead(text: string): { readonly ref?: string; readonly id?: string } | undefined {
  const value = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (SHA1_ID.test(value)) return { id: value };
  const ref = /^ref: (refs\/[^\s]+)$/.exec(value)?.[1];
  return ref === undefined ? undefined : { ref };
}

/** A small file's text; undefined when it cannot be read (git then reads it and says why). */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

type FileKind = 'file' | 'directory' | 'missing' | 'special' | 'other';

/** What is at `path`, not following a symlink; 'other' for a symlink or a path that could not be checked. */
function kindOf(path: string): FileKind {
  try {
    const info = lstatSync(path);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'directory';
    return info.isFIFO() || info.isSocket() || info.isCharacterDevice() || info.isBlockDevice() ? 'special' : 'other';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'other';
  }
}

/** The first FIFO, socket or device under the refs folder, as a path relative to the git dir. */
function findSpecialFile(folder: string, relative = 'refs'): string | undefined {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) return `${relative}/${entry.name}`;
    const found = entry.isDirectory() ? findSpecialFile(join(folder, entry.name), `${relative}/${entry.name}`) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

function blockingFile(gitDir: string, name: string): Error {
  return new Error(`${join(gitDir, name)} is not a regular file (a FIFO, socket or device): git would wait on it for ever, so the repository was not read`);
}

// The keys findRepository's git path asks about (any of them marks a partial clone), and safe.bareRepository.
const REPOSITORY_KEYS = '^(extensions\\.partialclone|remote\\..*\\.promisor|remote\\..*\\.partialclonefilter|safe\\.barerepository)$';

/**
 * The keys of {@link REPOSITORY_KEYS} set anywhere git looks for the repository at `folder`, lower-cased; undefined
 * when git could not say. A plain layout is the repository git finds there, so its answer is the repository's.
 */
function readRepositoryKeys(folder: string, env: NodeJS.ProcessEnv): Promise<string[] | undefined> {
  return runGit(['config', '--name-only', '--get-regexp', REPOSITORY_KEYS], { cwd: folder, env }).then(
    (text) => text.split('\n').filter((line) => line !== '').map((line) => line.toLowerCase()),
    (error: { exitCode?: number | null }) => (error.exitCode === 1 ? [] : undefined),
  );
}

const globalKeys = new Map<string, Promise<string[] | undefined>>();

/**
 * The user's and the system's git config keys that change what this reader may answer (partial-clone keys,
 * includes that might add them, safe.bareRepository), lower-cased; asked once per run and config location rather
 * than once per repository. Undefined when git could not say.
 */
function readGlobalKeys(env: NodeJS.ProcessEnv): Promise<string[] | undefined> {
  const key = [env.HOME, env.XDG_CONFIG_HOME, env.PREFIX, env.GIT_CONFIG_GLOBAL, env.GIT_CONFIG_SYSTEM, env.GIT_CONFIG_NOSYSTEM].join('\0');
  let answer = globalKeys.get(key);
  if (answer === undefined) {
    // One call, no scope, outside any repository: git reads the system and global files exactly as it would for a
    // repository (GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL honoured, includes followed); were `/` a repository, its
    // keys would only make the answer more cautious.
    answer = runGit(['config', '--includes', '--name-only', '--get-regexp', GLOBAL_KEYS], { cwd: '/', env }).then(
      (text) => text.split('\n').filter((line) => line !== '').map((line) => line.toLowerCase()),
      // Exit code 1: no such key (or no such file); anything else leaves the question open.
      (error: { exitCode?: number | null }) => (error.exitCode === 1 ? [] : undefined),
    );
    globalKeys.set(key, answer);
  }
  return answer;
}
