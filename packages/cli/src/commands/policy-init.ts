/** @fileoverview `aiguard policy init`: writes a policy file from a preset, by flags or (in a terminal) a form. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CATALOG, POLICY_PRESETS, POLICY_SCHEMA_ID, policyCandidates, policyFromPreset, REPOSITORY_POLICY_FILE, type PolicyDocument, type PresetName } from '@aiguard/core';
import { canDrawInk } from '../environment.js';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { didYouMean } from '../output/suggest-name.js';
import type { PolicyTarget } from '../ui/PolicyInitForm.js';
import { choice, parseOptions } from './parse-options.js';
import { repositoryRootFor } from './policy-locations.js';

/**
 * The schema URL written when no installed copy is found: the schema's `$id`, so a local copy and the URL name one
 * schema. Editors may fetch it; aiguard itself never does.
 */
export const POLICY_SCHEMA_URL = POLICY_SCHEMA_ID;
// The workspace's core package, then the self-contained `aiguard` package of a release, which ships the schema itself.
const SCHEMAS_IN_NODE_MODULES = [join('node_modules', '@aiguard', 'core', 'policy.schema.json'), join('node_modules', 'aiguard', 'policy.schema.json')];

const OPTIONS = { preset: { type: 'string' }, allow: { type: 'string' }, output: { type: 'string' }, force: { type: 'boolean', default: false } } as const;
const PRESET_NAMES = POLICY_PRESETS.map((preset) => preset.name);

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'policy init');
  if (positionals.length > 0) throw usageError(`aiguard policy init takes no arguments; got ${positionals.join(' ')}`);
  const repositoryFile = values.output ? resolve(values.output) : join(await repositoryRootFor('.'), REPOSITORY_POLICY_FILE);
  let preset: PresetName;
  let file = repositoryFile;
  let allowed = parseAllowList(values.allow);
  if (values.preset === undefined && canDrawInk()) {
    const { askPolicyPreset } = await import('../ui/ask-policy-preset.js');
    // --output names the one file; otherwise the form offers every layer's file.
    const answer = await askPolicyPreset(await policyTargets(repositoryFile, values.output === undefined), values.force);
    if (!answer) {
      process.stderr.write('aiguard: policy init cancelled; nothing written.\n');
      return EXIT_OK;
    }
    ({ preset, allowed } = answer);
    file = answer.target.file;
  } else {
    if (!values.force && (await exists(file))) throw usageError(`${file} already exists; pass --force to replace it`);
    preset = choice(values.preset, PRESET_NAMES, '--preset', 'report-only');
  }
  if (preset === 'allow-only' && allowed.length === 0) throw usageError('--preset allow-only needs --allow ID,... (the assistants to allow)');
  if (preset !== 'allow-only' && allowed.length > 0) throw usageError('--allow only goes with --preset allow-only');
  const document: PolicyDocument = { $schema: await schemaReference(dirname(file)), ...policyFromPreset(preset, allowed) };
  // The user and managed folders may not exist yet.
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`Wrote ${file} (preset ${preset}). Check it with \`aiguard policy explain\`.\n`);
  return EXIT_OK;
}

/** The files the form offers: the repository's, and unless --output named one, the user's and the managed one. */
async function policyTargets(repositoryFile: string, withOtherLayers: boolean): Promise<PolicyTarget[]> {
  const files: [PolicyTarget['layer'], string][] = [['repository', repositoryFile]];
  if (withOtherLayers) {
    // The user file and the system-wide managed file where this machine's loader looks for them (not the env-named one).
    const candidates = policyCandidates({});
    const user = candidates.find((candidate) => candidate.layer === 'user');
    const managed = candidates.find((candidate) => candidate.layer === 'managed' && candidate.namedBy === undefined);
    if (user) files.push(['user', user.file]);
    if (managed) files.push(['managed', managed.file]);
  }
  return Promise.all(files.map(async ([layer, file]) => ({ layer, file, schema: await schemaReference(dirname(file)), exists: await exists(file) })));
}

/** Splits and checks `--allow a,b`: every id must be in the catalog. */
export function parseAllowList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids: readonly string[] = CATALOG.map((a) => a.id);
  const list = value.split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of list) {
    if (!ids.includes(id)) {
      throw usageError(`--allow: unknown assistant id "${id}"${didYouMean(id, ids)} (run \`aiguard catalog\` for the list)`);
    }
  }
  return list;
}

/**
 * A relative path to the schema installed with @aiguard/core in this folder or above (works offline and matches
 * the installed version), else {@link POLICY_SCHEMA_URL}.
 */
export async function schemaReference(folder: string): Promise<string> {
  for (let current = folder; ; current = dirname(current)) {
    for (const schema of SCHEMAS_IN_NODE_MODULES) {
      const candidate = join(current, schema);
      if (await exists(candidate)) {
        const path = relative(folder, candidate).split(sep).join('/');
        return path.startsWith('.') ? path : `./${path}`;
      }
    }
    if (dirname(current) === current) return POLICY_SCHEMA_URL;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
