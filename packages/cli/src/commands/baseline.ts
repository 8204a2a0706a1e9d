/** @fileoverview `aiguard baseline create [PATH]`: accepts today's findings so later scans report only new ones. */
import { join, resolve } from 'node:path';
import { BASELINE_FILE, createBaseline, scanRepository, writeBaselineFile } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../output/exit-codes.js';
import { parseOptions } from './parse-options.js';

export const help = `Usage: aiguard baseline create [PATH] [options]

Scans the repository at PATH (default: the current folder) and writes every finding to a
baseline file (default: ${BASELINE_FILE} at the repository root). Later scans read it and
do not report those findings again. Fingerprints hold the signature and the content it was
seen in (author, author date and matched line for commits), never a commit id, so a baseline
survives rebase, cherry-pick and amend of unrelated fields. A baseline cannot hide a verdict
that the managed or user policy decided.

Options:
  --output FILE    write the baseline here
  --policy FILE    apply this policy file after the repository's .aiguard.json
  -h, --help       show this help

${EXIT_CODES_HELP}
`;

const OPTIONS = { output: { type: 'string' }, policy: { type: 'string' } } as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'baseline');
  const [sub, ...paths] = positionals;
  if (sub !== 'create') throw usageError(`aiguard baseline needs a subcommand: create (see \`aiguard baseline --help\`); got ${sub === undefined ? 'none' : `"${sub}"`}`);
  if (paths.length > 1) throw usageError(`aiguard baseline create takes one PATH; got ${paths.length}`);
  const result = await scanRepository({ path: resolve(paths[0] ?? '.'), useBaseline: false, ...(values.policy ? { policyFile: values.policy } : {}) });
  const file = values.output ? resolve(values.output) : join(result.target.kind === 'repository' ? result.target.path : '.', BASELINE_FILE);
  const baseline = createBaseline(result.findings, new Date());
  await writeBaselineFile(file, baseline);
  process.stdout.write(`Wrote ${file}: ${baseline.entries.length} accepted finding${baseline.entries.length === 1 ? '' : 's'}.\n`);
  return EXIT_OK;
}
