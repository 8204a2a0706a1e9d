/** @fileoverview `aiguard fleet report`: many hosts' audit reports -> one offline HTML page (and a host CSV). */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { buildFleetReport, CATALOG, expandReportInputs } from '@aiguard/core';
import { CliError, usageError } from '../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK, EXIT_SCAN_FAILED } from '../output/exit-codes.js';
import { writeOutputFile } from './named-paths.js';
import { parseOptions } from './parse-options.js';

export const help = `Usage: aiguard fleet report INPUT... [--output FILE] [--csv FILE]

Rolls audit reports from many hosts up into one self-contained HTML page (no network, no CDN).
INPUT is a JSON or NDJSON report, a folder of them (*.json, *.ndjson, *.jsonl, recursively), or
- for NDJSON on stdin (the default when no INPUT is given and stdin is not a terminal).

Options:
  --output FILE   write the page to FILE (default: aiguard-fleet-report.html)
  --csv FILE      also write the host table as CSV
  -h, --help      show this help

The latest run per machine id wins (host name for reports without one); older runs make the
trend. Unreadable files and lines that are not aiguard reports are listed on stderr and skipped.
`;

const OPTIONS = {
  output: { type: 'string' },
  csv: { type: 'string' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'fleet report');
  const inputs = positionals.length > 0 ? positionals : process.stdin.isTTY ? [] : ['-'];
  if (inputs.length === 0) throw usageError('aiguard fleet report needs at least one INPUT (a report file or folder, or - for stdin)');
  const output = values.output ?? 'aiguard-fleet-report.html';
  let spool: string | undefined;
  try {
    const files: string[] = [];
    for (const input of inputs) {
      if (input === '-') {
        // Stdin is read twice (index, then findings): it is copied to a private temp file once.
        spool ??= mkdtempSync(join(tmpdir(), 'aiguard-fleet-'));
        const file = join(spool, `stdin-${files.length}.ndjson`);
        await pipeline(process.stdin, createWriteStream(file, { mode: 0o600 }));
        files.push(file);
        continue;
      }
      try {
        files.push(...expandReportInputs([input]));
      } catch (error) {
        throw usageError(`INPUT ${(error as Error).message}`);
      }
    }
    const page = createWriteStream(output);
    const opened = new Promise<void>((resolve, reject) => page.once('open', () => resolve()).once('error', reject));
    await opened.catch((error: NodeJS.ErrnoException) => {
      throw usageError(`--output ${output} cannot be written (${error.code ?? error.message})`);
    });
    const result = await buildFleetReport({
      files,
      inputs: inputs.length,
      assistants: CATALOG,
      write: (chunk) => (page.write(chunk) ? undefined : new Promise<void>((resolve) => page.once('drain', resolve))),
    });
    await new Promise<void>((resolve, reject) => page.end((error?: Error | null) => (error ? reject(error) : resolve())));
    for (const problem of result.problems) process.stderr.write(`aiguard: skipped ${displayInput(problem.input, spool)}: ${problem.message}\n`);
    if (values.csv) await writeOutputFile(values.csv, result.csv).catch((error: CliError) => {
      throw usageError(error.message.replace('--output', '--csv'));
    });
    if (result.hosts.length === 0) {
      process.stderr.write(`aiguard: fleet report: no aiguard report found in ${inputs.join(', ')}; ${output} lists no hosts.\n`);
      return EXIT_SCAN_FAILED;
    }
    const blocked = result.hosts.filter((host) => host.findings.block > 0).length;
    process.stderr.write(`aiguard: fleet report: ${result.hosts.length} hosts, ${blocked} with blocked findings. Written to ${output}${values.csv ? ` and ${values.csv}` : ''}.\n`);
    return blocked > 0 ? EXIT_BLOCKED : EXIT_OK;
  } finally {
    if (spool) rmSync(spool, { recursive: true, force: true });
  }
}

/** A problem's input as the user named it: the stdin spool file reads as `stdin`. */
function displayInput(input: string, spool: string | undefined): string {
  return spool && input.startsWith(spool) ? input.replace(/^.*stdin-\d+\.ndjson/, 'stdin') : input;
}
