/** @fileoverview `aiguard fleet export TARGET`: osquery ATC, osquery pack, Fleet GitOps, Jamf, Intune, systemd and launchd files. */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CATALOG,
  decideAction,
  DEFAULT_DATABASE,
  loadPolicy,
  OSQUERY_PLATFORM,
  osqueryDetections,
  renderFleetGitops,
  renderIntuneDetection,
  renderIntuneRemediation,
  renderJamfExtensionAttribute,
  renderLaunchdPlists,
  renderOsqueryAtc,
  renderOsqueryPack,
  renderSystemdUnits,
  type Platform,
} from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { writeOutputFile } from './named-paths.js';
import { choice, parseOptions } from './parse-options.js';

const TARGETS = ['osquery', 'osquery-pack', 'fleet', 'jamf', 'intune-detect', 'intune-remediate', 'systemd', 'launchd'] as const;
const PLATFORMS: readonly Platform[] = ['linux', 'darwin', 'win32'];

export const help = `Usage: aiguard fleet export TARGET [options]

Targets:
  osquery           osquery config (auto_table_construction) exposing the audit database as the
                    tables aiguard_findings and aiguard_runs
  osquery-pack      an osquery query pack that finds the policy's banned and warned assistants on
                    hosts without aiguard (users+file, processes, process_envs, vscode_extensions,
                    npm_packages)
  fleet             Fleet GitOps YAML: policies (a row = compliant) and queries
  jamf              Jamf Pro extension attribute script (<result>CLEAN|BLOCKED n|...</result>)
  intune-detect     Intune detection script (PowerShell; exit 1 = not compliant)
  intune-remediate  Intune remediation script (writes VS Code and Claude Code vendor controls)
  systemd           aiguard-audit.service/.timer and aiguard-watch.service (needs --output DIR)
  launchd           com.aiguard.audit.plist and com.aiguard.watch.plist (needs --output DIR)

Options:
  --policy FILE     apply this policy file after the managed and user policies
  --platform OS     linux, darwin or win32 for osquery (default: this machine's); the pack and
                    Fleet YAML cover all three unless given
  --database FILE   the audit database the ATC config and units use (default per platform:
                    ${DEFAULT_DATABASE.linux}, ${DEFAULT_DATABASE.darwin}, ${DEFAULT_DATABASE.win32})
  --binary PATH     the aiguard binary scripts and units run (default: found on the host)
  --output PATH     write to FILE (a folder for systemd and launchd) instead of stdout
  -h, --help        show this help
`;

const OPTIONS = {
  policy: { type: 'string' },
  platform: { type: 'string' },
  database: { type: 'string' },
  binary: { type: 'string' },
  output: { type: 'string' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'fleet export');
  if (positionals.length !== 1) throw usageError(`aiguard fleet export needs one TARGET: ${TARGETS.join(', ')}`);
  const target = choice(positionals[0], TARGETS, 'TARGET', 'osquery');
  const platform = values.platform === undefined ? undefined : choice(values.platform, PLATFORMS, '--platform', 'linux');
  const ids = CATALOG.map((assistant) => assistant.id);
  const policy = () => loadPolicy({ ...(values.policy ? { policyFile: values.policy } : {}) }, ids);
  let text: string | undefined;
  switch (target) {
    case 'osquery':
      text = renderOsqueryAtc(platform ?? (process.platform as Platform), values.database);
      break;
    case 'osquery-pack':
    case 'fleet': {
      const effective = await policy();
      const platforms = platform ? [platform] : PLATFORMS;
      const { detections, skipped } = osqueryDetections(CATALOG, effective, platforms);
      for (const skip of skipped) process.stderr.write(`aiguard: note: ${skip.signature} (${skip.platform}) has no osquery form: ${skip.reason}\n`);
      if (target === 'osquery-pack') text = renderOsqueryPack(detections);
      else {
        const banned = CATALOG.filter((assistant) => decideAction(assistant.id, effective, {}, { assistants: CATALOG }).action === 'block').map(({ id, name }) => ({ id, name }));
        text = renderFleetGitops({ banned, detections, platforms: platforms.map((item) => OSQUERY_PLATFORM[item]) });
      }
      break;
    }
    case 'jamf':
      text = renderJamfExtensionAttribute(values.binary);
      break;
    case 'intune-detect':
      text = renderIntuneDetection(values.binary);
      break;
    case 'intune-remediate':
      text = renderIntuneRemediation(values.binary);
      break;
    case 'systemd':
    case 'launchd': {
      if (!values.output) throw usageError(`aiguard fleet export ${target} writes several files: pass --output DIR`);
      const files = target === 'systemd' ? renderSystemdUnits(values.binary, values.database) : renderLaunchdPlists(values.binary, values.database);
      await mkdir(values.output, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw usageError(`--output ${values.output} cannot be created (${error.code ?? error.message})`);
      });
      for (const [name, content] of Object.entries(files)) await writeFile(join(values.output, name), content);
      process.stderr.write(`aiguard: wrote ${Object.keys(files).join(', ')} to ${values.output}\n`);
      return EXIT_OK;
    }
  }
  if (values.output) {
    await writeOutputFile(values.output, text);
    // A Jamf extension attribute is run as a program.
    if (target === 'jamf') await chmod(values.output, 0o755);
  } else process.stdout.write(text);
  return EXIT_OK;
}
