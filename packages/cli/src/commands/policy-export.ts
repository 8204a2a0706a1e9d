/** @fileoverview `aiguard policy export vscode|claude-code`: vendor controls generated from the effective policy. */
import { readFile, writeFile } from 'node:fs/promises';
import { allowedExtensions, CATALOG, claudeCodeManagedSettings, loadPolicy, renderVscodePolicy, VSCODE_POLICY_FORMATS } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { choice, parseOptions } from './parse-options.js';

const TARGETS = ['vscode', 'claude-code'] as const;

export const help = `Usage: aiguard policy export <vscode|claude-code> [options]

  vscode        VS Code's AllowedExtensions policy (extensions.allowed, VS Code 1.96+): every
                extension id of every banned assistant set to false, the rest allowed.
                --format json          /etc/vscode/policy.json (default)
                --format settings      a settings.json fragment ("extensions.allowed")
                --format reg           a .reg file for HKLM\\SOFTWARE\\Policies\\Microsoft\\VSCode
                --format mobileconfig  a macOS configuration profile (com.microsoft.VSCode)
  claude-code   Claude Code managed-settings.json forcing commit and PR attribution on, so use
                stays visible where Claude Code is allowed or warned.
                --merge FILE           keep the other keys of an existing managed-settings.json

Options:
  --policy FILE     apply this policy file after the managed and user policies
  --output FILE     write to FILE instead of stdout
  -h, --help        show this help
`;

const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string' },
  merge: { type: 'string' },
  output: { type: 'string' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'policy export');
  if (positionals.length !== 1) throw usageError(`aiguard policy export needs one target: ${TARGETS.join(', ')}`);
  const target = choice(positionals[0], TARGETS, 'target', 'vscode');
  const policy = await loadPolicy({ ...(values.policy ? { policyFile: values.policy } : {}) }, CATALOG.map((assistant) => assistant.id));
  let output: string | Uint8Array;
  if (target === 'vscode') {
    if (values.merge) throw usageError('--merge applies to claude-code only');
    output = renderVscodePolicy(allowedExtensions(CATALOG, policy), choice(values.format, VSCODE_POLICY_FORMATS, '--format', 'json'));
  } else {
    if (values.format !== undefined) throw usageError('--format applies to vscode only; claude-code writes managed-settings.json');
    const existing = values.merge ? await readExisting(values.merge) : undefined;
    const { settings, action } = claudeCodeManagedSettings(CATALOG, policy, existing);
    if (action === 'block') process.stderr.write('aiguard: note: the policy bans Claude Code; managed settings cannot remove it, the forced attribution keeps any use visible\n');
    output = `${JSON.stringify(settings, null, 2)}\n`;
  }
  if (values.output) {
    const file = values.output;
    await writeFile(file, output).catch((error: NodeJS.ErrnoException) => {
      throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
    });
  } else process.stdout.write(output);
  return EXIT_OK;
}

/** The existing managed settings to keep; a missing file is an empty one, anything but a JSON object is an error. */
async function readExisting(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw usageError(`--merge ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw usageError(`--merge ${file} is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw usageError(`--merge ${file} must hold a JSON object`);
  return parsed as Record<string, unknown>;
}
