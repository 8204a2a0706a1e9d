/**
 * @fileoverview The GitHub Action's entry (action.yml, bundled into action/aiguard-action.cjs): scans the checkout,
 * writes the report file, the job summary, outputs and annotations, and fails the step as `fail-on` says.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { CATALOG, describeDecidedBy, scanRepository, type Finding, type RepositoryScan, type ReportFormat } from '@aiguard/core';
import { classifyError, CliError } from '../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK, EXIT_SCAN_FAILED } from '../output/exit-codes.js';
import { renderReport } from '../output/render-report.js';
import { scopeFromEvent, type EventScope } from './event-scope.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { annotationCommand, appendSummary, writeOutputs } from './workflow-commands.js';

const EXTENSIONS: Record<ReportFormat, string> = { text: 'txt', json: 'json', ndjson: 'ndjson', sarif: 'sarif', csv: 'csv', markdown: 'md', junit: 'xml', codequality: 'codequality.json' };

/** The message a shallow checkout fails with: the scan would miss history and must not report it clean. */
export const SHALLOW_MESSAGE =
  'the checkout is shallow (actions/checkout fetches one commit by default), so aiguard cannot read the history completely; set `fetch-depth: 0` on actions/checkout';

const run = promisify(execFile);

async function isShallow(path: string): Promise<boolean> {
  try {
    const { stdout } = await run('git', ['-C', path, 'rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
  } catch {
    // Not a repository, or no git: the scan itself reports that with its own message and exit code.
    return false;
  }
}

/** Runs the Action in `env` (process.env on the runner) and returns the exit code. */
export async function runAction(env: NodeJS.ProcessEnv, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const inputs = readInputs(env);
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const path = resolve(workspace, inputs.path);
  if (await isShallow(path)) throw new CliError(SHALLOW_MESSAGE, EXIT_SCAN_FAILED);
  const scope: EventScope = inputs.scope === 'pull-request' ? await scopeFromEvent(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH) : { reason: 'scope all: the whole history' };
  stdout.write(`aiguard: scanning ${path}; ${scope.reason}\n`);

  const result = await scanRepository({ path, ...(scope.range ? { range: scope.range } : {}), ...(inputs.policy ? { policyFile: resolve(workspace, inputs.policy) } : {}) });
  const reportFolder = join(env.RUNNER_TEMP ? resolve(env.RUNNER_TEMP) : workspace, 'aiguard');
  await mkdir(reportFolder, { recursive: true });
  const report = join(reportFolder, `aiguard.${EXTENSIONS[inputs.format]}`);
  await writeFile(report, renderReport(inputs.format, result, { color: false }));

  // Scanned text could hold `::` lines; stop-commands keeps the runner from obeying any of them in the plain report.
  const resume = randomUUID();
  stdout.write(`::stop-commands::${resume}\n${renderReport('text', result, { color: false })}::${resume}::\n`);
  for (const finding of result.findings) if (finding.verdict !== 'info') stdout.write(annotationCommand(annotationFor(finding, result, workspace)));
  for (const warning of result.warnings) stdout.write(annotationCommand({ level: 'warning', title: 'aiguard', message: warning }));

  const { block, warn } = result.summary.findings;
  if (env.GITHUB_STEP_SUMMARY) await appendSummary(env.GITHUB_STEP_SUMMARY, renderReport('markdown', result, { color: false }));
  if (env.GITHUB_OUTPUT) await writeOutputs(env.GITHUB_OUTPUT, { blocking: block, warnings: warn, report });
  stdout.write(`aiguard: ${block} blocking, ${warn} warnings; report written to ${report}\n`);
  return failsJob(inputs, block, warn) ? EXIT_BLOCKED : EXIT_OK;
}

function failsJob(inputs: ActionInputs, block: number, warn: number): boolean {
  if (inputs.failOn === 'never') return false;
  return block > 0 || (inputs.failOn === 'warn' && warn > 0);
}

function annotationFor(finding: Finding, result: RepositoryScan, workspace: string) {
  const assistant = CATALOG.find((entry) => entry.id === finding.assistant);
  const name = assistant ? `${assistant.name} (${assistant.vendor})` : finding.assistant;
  const { path, line, commit, ref } = finding.location;
  const where = path !== undefined ? '' : commit !== undefined ? ` in commit ${commit.slice(0, 12)}` : ref !== undefined ? ` in ${ref}` : '';
  const root = result.target.kind === 'repository' ? result.target.path : workspace;
  const file = path !== undefined ? relative(workspace, join(root, path)) : undefined;
  return {
    level: finding.verdict === 'block' ? ('error' as const) : ('warning' as const),
    title: `aiguard: ${finding.signature}`,
    message: `${finding.verdict === 'block' ? 'Blocked' : 'Warning'}: ${name}${where}: ${finding.excerpt}. Decided by ${describeDecidedBy(finding.decidedBy)}.`,
    ...(file !== undefined && !file.startsWith(`..${sep}`) ? { file, ...(line !== undefined ? { line } : {}) } : {}),
  };
}

runAction(process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { message, exitCode } = classifyError(error);
    process.stdout.write(annotationCommand({ level: 'error', title: 'aiguard', message: `aiguard: ${message}` }));
    process.exitCode = exitCode;
  },
);
