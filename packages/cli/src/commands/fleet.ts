/** @fileoverview `aiguard fleet <report|export>`: roll many hosts' audits up, and export the catalog to fleet engines. */
import { usageError } from '../output/cli-error.js';

export const help = `Usage: aiguard fleet <report|export> [options]

  aiguard fleet report INPUT... [--output report.html] [--csv hosts.csv]
      Reads audit reports from many hosts (JSON or NDJSON files, folders of them, or NDJSON on
      stdin with - or no INPUT) and writes one self-contained HTML page that works offline:
      hosts reporting and last seen, hosts with blocked findings, assistants by verdict, the
      trend over report dates, and a filterable, sortable host table with each host's findings.
      The latest run per machine id wins; older runs make the trend.
  aiguard fleet export <osquery|osquery-pack|fleet|jamf|intune-detect|intune-remediate|systemd|launchd>
      Writes configuration for the fleet engines IT already runs (see \`aiguard fleet export --help\`).

Exit codes (fleet report):
  0  report written, no host has blocked findings
  1  report written, at least one host's latest run has blocked findings
  2  usage error (bad option, an INPUT that does not exist, an --output that cannot be written)
  3  no report could be read from the inputs
`;

const SUBCOMMANDS = {
  report: () => import('./fleet-report.js'),
  export: () => import('./fleet-export.js'),
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw usageError(`aiguard fleet needs a subcommand: ${Object.keys(SUBCOMMANDS).join(', ')} (see \`aiguard fleet --help\`)`);
  if (!(name in SUBCOMMANDS)) throw usageError(`aiguard fleet: unknown subcommand "${name}"; subcommands: ${Object.keys(SUBCOMMANDS).join(', ')}`);
  const module = await SUBCOMMANDS[name as keyof typeof SUBCOMMANDS]();
  return module.run(rest);
}
