/** @fileoverview Reads a file only if it is a regular file: a FIFO, socket or device named as a config file must fail at once, not hang. */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Thrown for a path that exists but is not a regular file; `kind` says what it is. */
export class NotARegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`${path} is ${kind}, not a regular file`);
    this.name = 'NotARegularFileError';
    Object.assign(this, { code: 'ENOTREG' });
  }
}

/**
 * Reads `file` as UTF-8. It is opened without blocking (opening a FIFO for reading otherwise waits for a writer
 * forever) and checked on the open descriptor, so it cannot be swapped between the check and the read. Errors from
 * `open` (ENOENT, EISDIR, EACCES) pass through unchanged.
 */
export async function readRegularFile(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    if (!stats.isFile()) throw new NotARegularFileError(file, stats.isFIFO() ? 'a FIFO (named pipe)' : stats.isSocket() ? 'a socket' : 'a device');
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
