/** @fileoverview Decides whether a file change can change a workspace scan's result (catalog globs, policy, baseline, git state); no vscode import. */
import { BASELINE_FILE, REPOSITORY_POLICY_FILE, type CompiledCatalog } from '@aiguard/core';

/** What happened to a path, as a file watcher reports it. */
export type PathChange = 'created' | 'changed' | 'deleted';

/**
 * `rescan`: the change can alter the scan. `ignore`: it cannot. `if-directory`: only if the created path is a folder,
 * because a folder moved in as a whole is reported as one event, not one per file inside it.
 */
export type RescanDecision = 'rescan' | 'ignore' | 'if-directory';

/**
 * Files inside the git dir that a scan reads, relative to it: HEAD (checkout, detached commits), the branch and tag
 * refs (new commits, resets, branch names that are evidence) and the exclude list (which untracked paths git lists).
 */
const GIT_STATE = /^(?:HEAD|packed-refs|info\/exclude|refs\/.+)$/;

/**
 * Decides for one change at `path` (POSIX, relative to the scanned root, `.git/...` for the git dir) whether a rescan
 * is due. `findingPaths` are the paths the last scan reported findings on: deleting one of them, or a folder above
 * one, removes evidence even when the folder's own name matches no glob.
 */
export function decideRescan(path: string, change: PathChange, catalog: CompiledCatalog, findingPaths: ReadonlySet<string>): RescanDecision {
  if (path === '' || path.startsWith('../')) return 'ignore';
  if (path.startsWith('.git/')) {
    const inside = path.slice('.git/'.length);
    // Git writes every ref through `<ref>.lock` and renames it: the rename is the event that counts.
    return GIT_STATE.test(inside) && !inside.endsWith('.lock') ? 'rescan' : 'ignore';
  }
  // Dependencies are not the workspace: folder scans skip them and git repositories ignore them.
  if (path.startsWith('node_modules/') || path.includes('/node_modules/')) return 'ignore';
  if (isEvidencePath(path, catalog)) return 'rescan';
  if (change === 'deleted') return holdsFinding(path, findingPaths) ? 'rescan' : 'ignore';
  return change === 'created' ? 'if-directory' : 'ignore';
}

/**
 * True for a path whose presence or text can be evidence or decide a verdict: a repo-path or config-content glob of
 * the catalog, the repository policy, the baseline, or a `.gitignore` (it decides which untracked files git lists).
 */
export function isEvidencePath(path: string, catalog: CompiledCatalog): boolean {
  if (path === REPOSITORY_POLICY_FILE || path === BASELINE_FILE) return true;
  if (path === '.gitignore' || path.endsWith('/.gitignore')) return true;
  return catalog.repoPaths.some((entry) => entry.test(path)) || catalog.configContents.some((entry) => entry.test(path));
}

function holdsFinding(path: string, findingPaths: ReadonlySet<string>): boolean {
  if (findingPaths.has(path)) return true;
  const folder = `${path}/`;
  for (const found of findingPaths) if (found.startsWith(folder)) return true;
  return false;
}
