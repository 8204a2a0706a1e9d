/** @fileoverview Reads the start of one file in a repository (a config file a signature looks inside), safely. */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit } from './git-command.js';
import type { RepositoryInfo } from './git-repository.js';

/** How much of a config file is read: settings sit at the top, and a hostile repository may hold a huge one. */
export const CONFIG_READ_LIMIT = 64 * 1024;

/**
 * The first {@link CONFIG_READ_LIMIT} bytes of `path` as UTF-8: from the working tree, or from HEAD's tree in a bare
 * repository. Undefined when it is not a regular file (a symlink is never followed, so a link to `/etc/shadow` reads
 * nothing), is gone, or cannot be read; those are noted in `warnings` only when reading failed for another reason.
 */
export async function readRepositoryFile(repository: RepositoryInfo, path: string, warnings?: string[]): Promise<string | undefined> {
  if (repository.isBare) return readBlobAtHead(repository, path);
  let handle;
  try {
    handle = await open(join(repository.root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ELOOP' && code !== 'ENOTDIR') warnings?.push(`${path}: not read (${code ?? (error as Error).message})`);
    return undefined;
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined; // a FIFO or device would block or never end
    const buffer = Buffer.alloc(CONFIG_READ_LIMIT);
    const { bytesRead } = await handle.read(buffer, 0, CONFIG_READ_LIMIT, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch (error) {
    warnings?.push(`${path}: not read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  } finally {
    await handle.close();
  }
}

async function readBlobAtHead(repository: RepositoryInfo, path: string): Promise<string | undefined> {
  const object = `HEAD:${path}`;
  try {
    const size = Number(await runGit(['cat-file', '-s', object], { cwd: repository.root }));
    if (!(size <= 16 * CONFIG_READ_LIMIT)) return undefined;
    return (await runGit(['cat-file', 'blob', object], { cwd: repository.root })).slice(0, CONFIG_READ_LIMIT);
  } catch {
    return undefined; // a submodule entry is a commit, not a blob: nothing to read
  }
}
