/** @fileoverview `aiguard audit`: audits this workstation (all users' homes as root) and reports through the policy. */
import { resolve } from 'node:path';
import {
  AUDIT_SOURCES,
  auditWorkstation,
  DEFAULT_TEXT_LIMIT,
  CATALOG,
  REDACT_SALT_ENV,
  redactAuditResult,
  REPORT_FORMATS,
  REPORTERS,
  type AuditOptions,
  type AuditSource,
  type Platform,
  type ReportFormat,
  type ScanResult,
  dropRepositoryRedirects,
} from '@aiguard/core';
import { useColor } from '../environment.js';
import { usageError } from '../output/cli-error.js';
import { EXIT_CODES_HELP, exitCodeFor } from '../output/exit-codes.js';
import { textLayout, toolInfo } from '../output/render-report.js';
import { requireFolder, writeOutputFile } from './named-paths.js';
import { choice, parseOptions } from './parse-options.js';

const PLATFORMS: readonly Platform[] = ['linux', 'darwin', 'win32'];

export const help = `Usage: aiguard audit [options]

Audits this workstation for AI coding assistants, through the catalog: config folders in home
folders, running processes (command lines and environment markers), editor extensions (every
VS Code-family editor, JetBrains plugins), global packages and executables on PATH, the audit's
own environment (secrets named, never read), vendor controls (Claude Code managed settings,
VS Code AllowedExtensions), and with --root every git repository under a folder.
Run as root, it audits every user with a home folder.

Options:
  --home DIR            audit this one home folder instead of the real users
  --platform OS         read --home with the linux, darwin or win32 layout (default: this machine's;
                        for a disk mounted from another machine)
  --all-users           audit every user with a home folder (the default when run as root)
  --root DIR            also scan every git repository under DIR (repeatable)
  --only LIST           read only these sources (comma-separated): ${AUDIT_SOURCES.join(', ')}
  --skip LIST           skip these sources
  --format FORMAT       ${REPORT_FORMATS.join(' | ')} (default: text)
                        or sqlite with --output FILE (a database for osquery ATC and SQL)
  --summary             text: counts per assistant only
  --limit N             text: rows per assistant (default: ${DEFAULT_TEXT_LIMIT}; 0 lists all)
  --output FILE         write the report to FILE instead of stdout
  --policy FILE         apply this policy file after the managed and user policies
  --redact              hash user names, the host name and home paths (needs a salt)
  --redact-salt SALT    the per-organisation salt (default: $${REDACT_SALT_ENV})
  --no-history          scan repositories' refs and files only
  --no-cache            read every repository's whole history again instead of only the commits new
                        since the last audit (the cache is in the user's cache folder)
  -h, --help            show this help

Unreadable folders and processes that exit during the audit are listed as notes, never fatal.
Vendor controls are reported in their own section; a missing control is not a finding.

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  home: { type: 'string' },
  root: { type: 'string', multiple: true },
  only: { type: 'string' },
  skip: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  policy: { type: 'string' },
  redact: { type: 'boolean', default: false },
  'redact-salt': { type: 'string' },
  history: { type: 'boolean', default: true },
  cache: { type: 'boolean', default: true },
  summary: { type: 'boolean', default: false },
  limit: { type: 'string' },
  // For tests and mounted disks; not in --help.
  platform: { type: 'string' },
  'passwd-file': { type: 'string' },
  'users-folder': { type: 'string' },
  'system-root': { type: 'string' },
  'all-users': { type: 'boolean' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'audit');
  if (positionals.length > 0) throw usageError(`aiguard audit takes no arguments; got ${positionals.join(' ')} (use --root DIR for repositories)`);
  const format: ReportFormat | 'sqlite' = choice(values.format, [...REPORT_FORMATS, 'sqlite'] as const, '--format', 'text');
  if (format === 'sqlite' && !values.output) throw usageError('--format sqlite writes a database: pass --output FILE');
  const platform = choice(values.platform, PLATFORMS, '--platform', process.platform as Platform);
  const salt = values['redact-salt'] ?? process.env[REDACT_SALT_ENV];
  if (values.redact && !salt) throw usageError(`--redact needs a salt: pass --redact-salt SALT or set ${REDACT_SALT_ENV}`);
  // A folder named on the command line that is not there is a typo to report, not an empty audit to pass.
  for (const [option, folder] of [['--home', values.home], ...(values.root ?? []).map((root) => ['--root', root])] as const) {
    if (folder !== undefined) await requireFolder(option, folder);
  }
  const options: AuditOptions = {
    platform,
    only: selectSources(values.only, values.skip),
    history: values.history,
    cache: values.cache,
    ...(values.home ? { home: resolve(values.home) } : {}),
    ...(values.root ? { roots: values.root.map((root) => resolve(root)) } : {}),
    ...(values.policy ? { policyFile: values.policy } : {}),
    ...(values['passwd-file'] ? { passwdFile: resolve(values['passwd-file']) } : {}),
    ...(values['users-folder'] ? { usersFolder: resolve(values['users-folder']) } : {}),
    ...(values['system-root'] ? { systemRoot: resolve(values['system-root']) } : {}),
    ...(values['all-users'] !== undefined ? { allUsers: values['all-users'] } : {}),
  };
  // Repositories under --root are read where they are, never where a GIT_DIR left in the environment points.
  dropRepositoryRedirects(process.env);
  let result: ScanResult = await auditWorkstation(options);
  if (values.redact) result = redactAuditResult(result, salt!);
  if (format === 'sqlite') {
    const { writeSqliteReport } = await import('../output/sqlite-report.js');
    writeSqliteReport(values.output!, result, toolInfo());
    process.stderr.write(`aiguard: audit: ${result.summary.findings.block} blocked, ${result.summary.findings.warn} warnings. Database written to ${values.output}.\n`);
    for (const note of result.audit?.notes ?? []) process.stderr.write(`aiguard: note: ${note.source}: ${note.path ? `${note.path}: ` : ''}${note.message}\n`);
    return exitCodeFor(result);
  }
  const text = textLayout(values, values.output ? {} : process.stdout);
  const report = REPORTERS[format](result, { tool: toolInfo(), assistants: CATALOG, color: !values.output && format === 'text' && useColor(process.stdout), text });
  if (values.output) {
    await writeOutputFile(values.output, report);
    process.stderr.write(`aiguard: audit: ${result.summary.findings.block} blocked, ${result.summary.findings.warn} warnings. Report written to ${values.output}.\n`);
  } else {
    process.stdout.write(report);
  }
  for (const note of result.audit?.notes ?? []) process.stderr.write(`aiguard: note: ${note.source}: ${note.path ? `${note.path}: ` : ''}${note.message}\n`);
  return exitCodeFor(result);
}

/** `--only` and `--skip` as one list; unknown names are usage errors. */
export function selectSources(only: string | undefined, skip: string | undefined): AuditSource[] {
  const parse = (list: string, option: string): AuditSource[] =>
    list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => choice(name, AUDIT_SOURCES, option, 'home'));
  let selected = only !== undefined ? parse(only, '--only') : [...AUDIT_SOURCES];
  if (skip !== undefined) {
    const skipped = new Set(parse(skip, '--skip'));
    selected = selected.filter((source) => !skipped.has(source));
  }
  return selected;
}
