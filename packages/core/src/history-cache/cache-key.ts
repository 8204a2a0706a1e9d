/** @fileoverview What a history cache is keyed by: where it lives, the catalog digest, the repository's tips and shape. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Assistant } from '../model/assistant.js';
import type { RefRecord } from '../model/records.js';

/**
 * The user's cache folder for aiguard: `$XDG_CACHE_HOME/aiguard`, `~/Library/Caches/aiguard` on macOS,
 * `%LOCALAPPDATA%\aiguard\cache` on Windows. The cache never lives in the scanned repository: a hostile
 * repository must not be able to plant a cache that answers "clean".
 */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'aiguard');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'aiguard');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'aiguard', 'cache');
  return join(homedir(), '.cache', 'aiguard');
}

/** The cache file for one repository, named by a digest of its git dir. */
export function cacheFileFor(folder: string, gitDir: string): string {
  return join(folder, 'history', `${digest(gitDir).slice(0, 32)}.ndjson`);
}

const catalogDigests = new WeakMap<readonly Assistant[], string>();

/** A digest of the catalog's signatures (patterns included), so an updated catalog never reuses old evidence. */
export function catalogDigest(assistants: readonly Assistant[]): string {
  // Computed once per catalog: an audit of 500 repositories asks 500 times.
  let found = catalogDigests.get(assistants);
  if (found === undefined) {
    found = digest(JSON.stringify(assistants, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value)));
    catalogDigests.set(assistants, found);
  }
  return found;
}

/** Every commit `git log --all` starts from: ref targets, HEAD and the HEADs of linked worktrees, sorted, unique. */
export async function readTips(refs: readonly RefRecord[], head: string | undefined, commonDir: string): Promise<string[]> {
  const tips = new Set(refs.map((ref) => ref.target));
  if (head) tips.add(head);
  for (const worktreeHead of await readWorktreeHeads(commonDir)) tips.add(worktreeHead);
  return [...tips].sort();
}

/**
 * A digest of what changes which commits history holds, or their content, without moving a tip: the shallow
 * boundary, grafts and replace refs. Any change to them means a full scan.
 */
export async function readShapeDigest(refs: readonly RefRecord[], commonDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['shallow', join('info', 'grafts')]) hash.update(`${file}\0${await readFile(join(commonDir, file), 'utf8').catch(() => '')}\0`);
  for (const ref of refs) if (ref.name.startsWith('refs/replace/')) hash.update(`${ref.name}\0${ref.target}\0`);
  return hash.digest('hex');
}

/** A digest of every tip and every ref (name and target): equal digests mean nothing moved since the cache was written. */
export function historyStateDigest(tips: readonly string[], refs: readonly RefRecord[]): string {
  const hash = createHash('sha256');
  hash.update(`${tips.join('\n')}\0`);
  for (const ref of refs) hash.update(`${ref.name}\0${ref.target}\n`);
  return hash.digest('hex');
}

async function readWorktreeHeads(commonDir: string): Promise<string[]> {
  const folder = join(commonDir, 'worktrees');
  const names = await readdir(folder).catch(() => [] as string[]);
  const heads: string[] = [];
  for (const name of names) {
    const text = (await readFile(join(folder, name, 'HEAD'), 'utf8').catch(() => '')).trim();
    // A symbolic HEAD names a ref that is already a tip; a detached one is a commit of its own.
    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text)) heads.push(text);
  }
  return heads;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
