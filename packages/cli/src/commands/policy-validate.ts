/** @fileoverview `aiguard policy validate [FILE]`: checks one policy file, or every layer that applies here. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CATALOG, loadPolicy, parsePolicy, PolicyError } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { parseOptions } from './parse-options.js';
import { repositoryRootFor } from './policy-locations.js';

const OPTIONS = { policy: { type: 'string' } } as const;
const IDS = CATALOG.map((a) => a.id);

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'policy validate');
  if (positionals.length > 1) throw usageError(`aiguard policy validate takes one FILE; got ${positionals.length}`);
  if (positionals[0] !== undefined) {
    const file = resolve(positionals[0]);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new PolicyError(file, '$', error.code === 'ENOENT' ? 'file not found' : `cannot be read (${error.code})`);
    });
    parsePolicy(text, file, IDS);
    process.stdout.write(`${file}: valid policy\n`);
    return EXIT_OK;
  }
  const policy = await loadPolicy({ repositoryRoot: await repositoryRootFor('.'), ...(values.policy ? { policyFile: values.policy } : {}) }, IDS);
  const all = [...policy.layers, ...(policy.lockedOut ?? [])];
  if (all.length === 0) process.stdout.write('No policy file found; nothing to validate.\n');
  for (const layer of all) process.stdout.write(`${layer.layer} ${layer.file}: valid policy\n`);
  return EXIT_OK;
}
