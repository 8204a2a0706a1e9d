/** @fileoverview `aiguard policy <init|validate|explain>`: write, check and explain layered policies. */
import { usageError } from '../output/cli-error.js';
import { EXIT_CODES_HELP } from '../output/exit-codes.js';
import { didYouMean } from '../output/suggest-name.js';

export const help = `Usage: aiguard policy <init|validate|explain|export> [options]

  aiguard policy init [--preset NAME] [--allow ID,...] [--output FILE] [--force]
      Writes a policy file (default: .aiguard.json at the repository root). In a terminal
      without --preset, asks with a form. Presets: ban-anthropic, ban-all-assistants,
      allow-only (with --allow), report-only.
  aiguard policy validate [FILE] [--policy FILE]
      Checks FILE, or every layer that applies to the current repository.
  aiguard policy explain [PATH] [--assistant ID] [--policy FILE]
      Lists every policy layer looked for (managed, user, repository, --policy), what each
      says, and which one decides each assistant's verdict.
  aiguard policy export <vscode|claude-code> [--format FORMAT] [--output FILE]
      Writes the vendor controls the policy calls for: VS Code's AllowedExtensions policy
      (json, settings, reg, mobileconfig) and Claude Code managed settings forcing attribution.

Layers, strongest first: managed (/etc/aiguard/policy.json; macOS /Library/Application
Support/aiguard/policy.json; Windows %ProgramData%\\aiguard\\policy.json; plus the file in
AIGUARD_MANAGED_POLICY), user (~/.config/aiguard/policy.json; Windows %APPDATA%\\aiguard\\policy.json),
repository (.aiguard.json), --policy FILE. A lower layer can tighten a verdict, never loosen it;
"locked": true in a managed file makes every lower layer ignored.

${EXIT_CODES_HELP}
`;

const SUBCOMMANDS = {
  init: () => import('./policy-init.js'),
  validate: () => import('./policy-validate.js'),
  explain: () => import('./policy-explain.js'),
  export: () => import('./policy-export.js'),
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw usageError(`aiguard policy needs a subcommand: ${Object.keys(SUBCOMMANDS).join(', ')} (see \`aiguard policy --help\`)`);
  if (!(name in SUBCOMMANDS)) {
    throw usageError(`aiguard policy: unknown subcommand "${name}"${didYouMean(name, Object.keys(SUBCOMMANDS))} Subcommands: ${Object.keys(SUBCOMMANDS).join(', ')}`);
  }
  const module = await SUBCOMMANDS[name as keyof typeof SUBCOMMANDS]();
  return module.run(rest);
}
