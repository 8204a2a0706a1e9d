/** @fileoverview Finds and reads the policy files that apply to a repository scan. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Policy, PolicyLayer } from '../model/policy.js';
import { parsePolicy, PolicyError } from '../policy/parse-policy.js';

/** The repository policy file name, at the repository root. */
export const REPOSITORY_POLICY_FILE = '.aiguard.json';

/** Where to look for policy files. */
export interface PolicyLocations {
  /** Repository root (work tree root, or the git dir of a bare repository). */
  readonly repositoryRoot?: string;
  /** A file given with `--policy`; it must exist. */
  readonly policyFile?: string;
}

/**
 * Reads the repository's `.aiguard.json` (if present) and the `--policy` file (which must exist).
 * A file that exists but cannot be read or parsed is an error: the run fails closed.
 */
export async function loadPolicy(locations: PolicyLocations, assistantIds: readonly string[]): Promise<Policy> {
  const layers: PolicyLayer[] = [];
  if (locations.repositoryRoot) {
    const file = join(locations.repositoryRoot, REPOSITORY_POLICY_FILE);
    const text = await readOptional(file);
    if (text !== undefined) layers.push({ layer: 'repository', file, document: parsePolicy(text, file, assistantIds) });
  }
  if (locations.policyFile) {
    const file = resolve(locations.policyFile);
    const text = await readOptional(file);
    if (text === undefined) throw new PolicyError(file, '$', 'file not found');
    layers.push({ layer: 'cli', file, document: parsePolicy(text, file, assistantIds) });
  }
  return { layers };
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new PolicyError(file, '$', 'is a folder, not a file');
    throw new PolicyError(file, '$', `cannot be read (${code ?? (error as Error).message})`);
  }
}
