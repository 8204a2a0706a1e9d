/** @fileoverview Checks on paths named on the command line: a folder to read, a report file to write. One-line usage errors. */
import { stat, writeFile } from 'node:fs/promises';
import { usageError } from '../output/cli-error.js';

/** Throws a usage error unless `path` (given as `label`, e.g. `PATH` or `--root`) is a readable folder. */
export async function requireFolder(label: string, path: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw usageError(`${label} ${path} ${error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code ?? error.message})`}`);
  });
  if (!info.isDirectory()) throw usageError(`${label} ${path} is not a folder`);
}

/** Writes a report to the `--output` file, or throws a usage error naming it. */
export async function writeOutputFile(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
    throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
  });
}
