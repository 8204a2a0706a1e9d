/** @fileoverview Watches folders with chokidar: bounded depth, pruned paths, coalesced added/removed events checked against the disk. */
import { existsSync, lstatSync, opendirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { FSWatcher } from 'chokidar';

/** One folder to watch. */
export interface WatchTarget {
  readonly path: string;
  /** Levels below `path` to watch. */
  readonly depth: number;
  /** True for paths that must not be watched (node_modules, .git internals, unrelated home folders). */
  readonly ignored?: (path: string) => boolean;
}

/** A path that appeared or disappeared. */
export interface WatchEvent {
  readonly change: 'added' | 'removed';
  readonly path: string;
  readonly isDirectory: boolean;
  /** When the file system reported it (ms since the epoch). */
  readonly time: number;
}

/** How to watch. */
export interface WatchOptions {
  readonly targets: readonly WatchTarget[];
  readonly onEvents: (events: readonly WatchEvent[]) => void;
  readonly onError?: (error: Error) => void;
  /** Events on one path within this window are coalesced to the last. @default 25 */
  readonly debounceMs?: number;
  /** Most entries listed per batch inside newly added folders, so a large checkout cannot stall the watch. @default 10000 */
  readonly maxListedPerBatch?: number;
}

/** A running watch. */
export interface WatchHandle {
  close(): Promise<void>;
}

interface Pending {
  readonly event: WatchEvent;
  readonly target: WatchTarget;
}

/**
 * Starts one chokidar watcher per target and resolves once all have scanned their folders. Folders created and
 * deleted under a target are picked up and dropped; symlinks are not followed, so loops cannot grow it.
 * Three guards against chokidar 6 losing changes when a folder is deleted and re-made at once:
 * - each event is settled against the disk (a path that exists was added, one that does not was removed), since a
 *   stale `unlink` can arrive after the `add` of the file re-created at the same path;
 * - a newly added folder is listed here (bounded, same depth and filter), since chokidar can skip files in a
 *   re-created folder that its stale tree still lists;
 * - a deleted and re-created target folder is watched again (see {@link rootSafeFilter}).
 */
export async function watchFolders(options: WatchOptions): Promise<WatchHandle> {
  // Loaded here, not at the top: every other command imports core, and only `watch` needs chokidar.
  const { watch } = await import('chokidar');
  const debounceMs = options.debounceMs ?? 25;
  const maxListed = options.maxListedPerBatch ?? 10_000;
  let pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    const events = new Map<string, WatchEvent>();
    const folders: Pending[] = [];
    for (const { event, target } of batch.values()) {
      const settled = settle(event);
      events.set(settled.path, settled);
      if (settled.change === 'added' && settled.isDirectory) folders.push({ event: settled, target });
    }
    let listed = 0;
    while (folders.length > 0 && listed < maxListed) {
      const { event, target } = folders.shift()!;
      for (const child of listFolder(event.path, target, maxListed - listed)) {
        listed++;
        if (events.has(child.path)) continue;
        const added: WatchEvent = { change: 'added', path: child.path, isDirectory: child.isDirectory, time: event.time };
        events.set(child.path, added);
        if (child.isDirectory) folders.push({ event: added, target });
      }
    }
    if (events.size > 0) options.onEvents([...events.values()]);
  };
  const push = (target: WatchTarget, change: WatchEvent['change'], path: string, isDirectory: boolean): void => {
    pending.set(path, { event: { change, path, isDirectory, time: Date.now() }, target });
    timer ??= setTimeout(flush, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  await Promise.all(
    options.targets.map(
      (target) =>
        new Promise<void>((resolve) => {
          const watcher = watch(target.path, {
            ignoreInitial: true,
            depth: target.depth,
            followSymlinks: false,
            persistent: true,
            ...(target.ignored ? { ignored: rootSafeFilter(target.path, target.ignored) } : {}),
          });
          watcher
            .on('add', (path) => push(target, 'added', path, false))
            .on('addDir', (path) => push(target, 'added', path, true))
            .on('unlink', (path) => push(target, 'removed', path, false))
            .on('unlinkDir', (path) => push(target, 'removed', path, true))
            .on('error', (error) => options.onError?.(error as Error))
            .on('ready', () => resolve());
          watchers.push(watcher);
        }),
    ),
  );
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await Promise.all(watchers.map((watcher) => watcher.close()));
    },
  };
}

/**
 * `ignored` as chokidar 6 needs it: when a watched root is deleted or re-created, chokidar asks the filter about
 * `<root>/<basename(root)>` (not the root) before it reports the change and re-watches; a filter that rejects that
 * path leaves the root unwatched for good. That one path is let through while it does not exist.
 */
export function rootSafeFilter(root: string, ignored: (path: string) => boolean): (path: string) => boolean {
  const probe = join(root, basename(root));
  return (path) => (path === probe ? existsSync(path) && ignored(path) : ignored(path));
}

/** The event as the disk now has it: a path that exists was added, one that does not was removed. */
export function settle(event: WatchEvent): WatchEvent {
  let isDirectory: boolean | undefined;
  try {
    isDirectory = lstatSync(event.path).isDirectory();
  } catch {
    isDirectory = undefined;
  }
  if (isDirectory === undefined) return event.change === 'removed' ? event : { ...event, change: 'removed' };
  return event.change === 'added' && event.isDirectory === isDirectory ? event : { ...event, change: 'added', isDirectory };
}

/** Up to `limit` children of `folder` that the target watches (its filter and depth). A folder gone already lists nothing. */
function listFolder(folder: string, target: WatchTarget, limit: number): { path: string; isDirectory: boolean }[] {
  const children: { path: string; isDirectory: boolean }[] = [];
  const depth = relative(target.path, folder).split(sep).filter(Boolean).length + 1;
  if (depth > target.depth + 1) return children;
  let dir;
  try {
    dir = opendirSync(folder);
  } catch {
    return children;
  }
  try {
    for (let entry = dir.readSync(); entry !== null && children.length < limit; entry = dir.readSync()) {
      const path = join(folder, entry.name);
      if (target.ignored?.(path)) continue;
      children.push({ path, isDirectory: entry.isDirectory() });
    }
  } catch {
    // Removed while being listed: what was read stands; the removal arrives as its own event.
  } finally {
    dir.closeSync();
  }
  return children;
}
