/** @fileoverview `aiguard scan [PATH]`: scans one repository and reports through the policy. */
import { resolve } from 'node:path';
import { DEFAULT_TEXT_LIMIT, dropRepositoryRedirects, scanRepository, type RepositoryScan, type ScanOptions, type StreamedScan } from '@aiguard/core';
import { isInteractive, useColor } from '../environment.js';
import { usageError } from '../output/cli-error.js';
import { EXIT_CODES_HELP, EXIT_SCAN_FAILED, exitCodeFor } from '../output/exit-codes.js';
import { isStreamingFormat, parseMaxSize, renderReport, SCAN_FORMATS, scanToText, streamReport, textLayout, type ScanFormat } from '../output/render-report.js';
import { requireFolder, writeOutputFile } from './named-paths.js';
import { choice, parseOptions } from './parse-options.js';

export const help = `Usage: aiguard scan [PATH] [options]

Scans the git repository at PATH (default: the current folder) for the footprints of AI coding
assistants: commit trailers, footers and identities in the history, branch and notes refs, and
files in the working tree (HEAD's tree for a bare repository).

Options:
  --range A..B        scan only these commits (any git revision range); ref names are not scanned
  --no-history        scan refs and files only
  --no-cache          read all of history again instead of only the commits new since the last
                      scan (history evidence is cached per repository in the user's cache folder,
                      ~/.cache/aiguard, never in the repository)
  --format FORMAT     ${SCAN_FORMATS.join(' | ')} (default: text)
                      or sqlite with --output FILE (a database for osquery ATC and SQL)
  --summary           text: counts per assistant only
  --limit N           text: rows per assistant (default: ${DEFAULT_TEXT_LIMIT}; 0 lists all)
  --max-size N        markdown: at most N characters, leaving out the last rows
                      (65536 fits a GitHub pull-request comment)
  --output FILE       write the report to FILE instead of stdout
  --policy FILE       apply this policy file after the repository's .aiguard.json
  --baseline FILE     accepted findings to leave out (default: .aiguard-baseline.json if present)
  --report-unused     list ignores and baseline entries that matched nothing (on stderr)
  --allow-shallow     in CI, report a shallow or partial clone instead of failing (exit 3)
  -h, --help          show this help

Without a policy every finding is reported as a warning and the exit code is 0.
A shallow or partial clone lacks history, so its report says so; with CI=true the scan then
fails (exit 3) unless --allow-shallow is given. Fetch everything: fetch-depth: 0 in actions/checkout.
In a terminal the text format shows live progress; with a machine format, a non-terminal
stdout or CI=true the report is printed plainly.

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  range: { type: 'string' },
  history: { type: 'boolean', default: true },
  cache: { type: 'boolean', default: true },
  format: { type: 'string' },
  output: { type: 'string' },
  policy: { type: 'string' },
  baseline: { type: 'string' },
  'report-unused': { type: 'boolean', default: false },
  'allow-shallow': { type: 'boolean', default: false },
  summary: { type: 'boolean', default: false },
  limit: { type: 'string' },
  'max-size': { type: 'string' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'scan');
  if (positionals.length > 1) throw usageError(`aiguard scan takes one PATH; got ${positionals.length}: ${positionals.join(' ')}`);
  const format: ScanFormat | 'sqlite' = choice(values.format, [...SCAN_FORMATS, 'sqlite'] as const, '--format', 'text');
  if (format === 'sqlite' && !values.output) throw usageError('--format sqlite writes a database: pass --output FILE');
  const path = resolve(positionals[0] ?? '.');
  await requireFolder('PATH', path);
  // GIT_DIR or GIT_WORK_TREE left in the environment would make git read another repository than PATH.
  dropRepositoryRedirects(process.env);
  if (values.range !== undefined && values.range.trim() === '') throw usageError('--range must not be empty');
  if (values.range?.startsWith('-')) throw usageError(`--range must be a revision range such as main..HEAD; got "${values.range}"`);
  // A range names commits and --no-history skips them: together they would scan nothing and pass.
  if (values.range !== undefined && !values.history) throw usageError('--range and --no-history cannot be used together: a range selects commits, --no-history skips them');
  if (format !== 'text' && (values.summary || values.limit !== undefined)) throw usageError(`--summary and --limit shape the text report; --format ${format} always lists every finding`);
  const layout = textLayout(values, values.output ? {} : process.stdout);
  const maxSize = parseMaxSize(values['max-size'], format);

  const options: ScanOptions = {
    path,
    history: values.history,
    cache: values.cache,
    ...(values.range ? { range: values.range } : {}),
    ...(values.policy ? { policyFile: values.policy } : {}),
    ...(values.baseline ? { baselineFile: resolve(values.baseline) } : {}),
    // The formats fleet tools ingest carry the refs containing each commit; the lookup costs a git call per commit.
    withRefs: format === 'json' || format === 'ndjson' || format === 'csv' || format === 'sqlite',
  };
  const render = { color: !values.output && useColor(process.stdout), text: layout, ...(maxSize !== undefined ? { maxSize } : {}) };
  let result: StreamedScan | RepositoryScan;
  let report: string | undefined;
  if (isStreamingFormat(format)) {
    // Machine formats are written while history streams by, so memory stays flat however many findings there are.
    result = await streamReport(format, options, values.output);
    if (values.output) process.stderr.write(`${summaryLine(result)} Report written to ${values.output}.\n`);
  } else if (format === 'junit') {
    // JUnit puts each suite's counts first: its cases are spooled to temp files, not kept in memory.
    const { streamJunit } = await import('../output/junit-spool.js');
    result = await streamJunit(options, values.output);
    if (values.output) process.stderr.write(`${summaryLine(result)} Report written to ${values.output}.\n`);
  } else if (format === 'text' && !values.output && isInteractive() && isInteractive(process.stderr)) {
    // One line redrawn from a timer, without ink: loading ink and yoga for it cost more CPU and memory than the scan can spare.
    const { runTerminalScan } = await import('../ui/run-terminal-scan.js');
    ({ scan: result, report } = await runTerminalScan(options, (scanOptions) => scanToText(scanOptions, render), process.stderr, useColor(process.stderr)));
    // A blank line parts the progress line from the report.
    process.stdout.write('\n');
  } else if (format === 'text') {
    ({ scan: result, report } = await scanToText(options, render));
  } else {
    result = await scanRepository(options);
  }
  if (format === 'sqlite') {
    const [{ writeSqliteReport }, { toolInfo }] = await Promise.all([import('../output/sqlite-report.js'), import('../output/render-report.js')]);
    writeSqliteReport(values.output!, result as RepositoryScan, toolInfo());
    process.stderr.write(`${summaryLine(result)} Database written to ${values.output}.\n`);
    for (const warning of result.warnings) process.stderr.write(`aiguard: warning: ${warning}\n`);
    return exitCodeFor(result);
  }
  if (!isStreamingFormat(format) && format !== 'junit') {
    report ??= renderReport(format, result as RepositoryScan, render);
    if (values.output) {
      await writeOutputFile(values.output, report);
      process.stderr.write(`${summaryLine(result)} Report written to ${values.output}.\n`);
    } else {
      process.stdout.write(report);
    }
  }
  for (const warning of result.warnings) process.stderr.write(`aiguard: warning: ${warning}\n`);
  if (values['report-unused']) {
    const { unusedSuppressionLines } = await import('../output/unused-suppressions.js');
    for (const line of unusedSuppressionLines(result.suppressions)) process.stderr.write(`aiguard: ${line}\n`);
  }
  const { target } = result;
  if (target.kind === 'repository' && (target.shallow || target.partialClone) && isCi() && !values['allow-shallow']) {
    // Fail closed: a clean report of a cut-off history is exactly what a bypass would look like.
    process.stderr.write(`aiguard: scan failed: ${target.path} is a ${target.shallow ? 'shallow' : 'partial'} clone and CI=true; fetch the full history (fetch-depth: 0) or pass --allow-shallow\n`);
    return EXIT_SCAN_FAILED;
  }
  return exitCodeFor(result);
}

function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

function summaryLine(result: StreamedScan): string {
  const { findings, commitsScanned } = result.summary;
  return `aiguard: ${commitsScanned} commits scanned: ${findings.block} blocked, ${findings.warn} warnings, ${findings.info} info.`;
}
