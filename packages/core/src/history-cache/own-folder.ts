/** @fileoverview Whether a cache folder belongs to the user running aiguard, so that what it holds may be believed. */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * True when `folder`, or the nearest folder above it that exists (where aiguard would make it), is owned by the user
 * running aiguard and writable by nobody else. A root run with another user's HOME or XDG_CACHE_HOME (`sudo -E`)
 * must neither believe nor write what that user could have planted there. Always true where there are no user ids.
 */
export async function isOwnFolder(folder: string): Promise<boolean> {
  if (typeof process.getuid !== 'function') return true;
  for (let at = folder; ; at = dirname(at)) {
    try {
      const info = await stat(at);
      return info.isDirectory() && info.uid === process.getuid() && (info.mode & 0o022) === 0;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) return false;
    }
  }
}
