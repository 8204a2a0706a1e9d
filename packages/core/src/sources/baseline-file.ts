/** @fileoverview Reads and writes the baseline file (.aiguard-baseline.json by default). */
import { writeFile } from 'node:fs/promises';
import { parseBaseline, renderBaseline, type Baseline } from '../policy/baseline.js';
import { PolicyError } from '../policy/parse-policy.js';
import { NotARegularFileError, readRegularFile } from './regular-file.js';

/** The baseline file `--baseline` named does not exist: a typo or a file never created, not a broken policy. */
export class BaselineNotFoundError extends Error {
  constructor(readonly file: string) {
    super(`baseline file not found: ${file} (create it with \`aiguard baseline create\`)`);
    this.name = 'BaselineNotFoundError';
  }
}

/**
 * Reads a baseline file. A missing file is undefined unless `required` (given with `--baseline`); a file that
 * exists but is broken is an error.
 */
export async function readBaselineFile(file: string, required: boolean): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = await readRegularFile(file);
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new PolicyError(file, '$', `is ${error.kind}, not a regular file`);
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !required) return undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new BaselineNotFoundError(file);
    throw new PolicyError(file, '$', `cannot be read (${code ?? (error as Error).message})`);
  }
  return parseBaseline(text, file);
}

/** Writes a baseline file. */
export async function writeBaselineFile(file: string, baseline: Baseline): Promise<void> {
  await writeFile(file, renderBaseline(baseline));
}
