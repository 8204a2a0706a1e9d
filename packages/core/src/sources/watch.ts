/** @fileoverview Watches folders with chokidar: bounded depth, pruned paths, coalesced added/removed events. */
import { watch, type FSWatcher } from 'chokidar';

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
}

/** A running watch. */
export interface WatchHandle {
  close(): Promise<void>;
}

/**
 * Starts one chokidar watcher per target and resolves once all have scanned their folders. Folders created and
 * deleted under a target are picked up and dropped by chokidar; symlinks are not followed, so loops cannot grow it.
 */
export async function watchFolders(options: WatchOptions): Promise<WatchHandle> {
  const debounceMs = options.debounceMs ?? 25;
  let pending = new Map<string, WatchEvent>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const events = [...pending.values()];
    pending = new Map();
    if (events.length > 0) options.onEvents(events);
  };
  const push = (change: WatchEvent['change'], path: string, isDirectory: boolean): void => {
    pending.set(path, { change, path, isDirectory, time: Date.now() });
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
            ...(target.ignored ? { ignored: target.ignored } : {}),
          });
          watcher
            .on('add', (path) => push('added', path, false))
            .on('addDir', (path) => push('added', path, true))
            .on('unlink', (path) => push('removed', path, false))
            .on('unlinkDir', (path) => push('removed', path, true))
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
