/** @fileoverview Runs the built CLI and measures its peak resident memory, for the flat-memory end-to-end tests. */
import { execa } from 'execa';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH } from './run-cli.js';

const GNU_TIME = '/usr/bin/time';

/** One measured run. */
export interface MeasuredRun {
  readonly exitCode: number | undefined;
  readonly stderr: string;
  /** Peak resident set size of the CLI's Node process, in MiB. */
  readonly peakRssMiB: number;
  /** How it was measured, for the test's message. */
  readonly method: 'gnu-time' | 'resource-usage';
}

/**
 * Runs `aiguard ...args` with stdout discarded and returns its peak RSS. GNU time's `%M` (the child's
 * ru_maxrss, in KiB) when /usr/bin/time exists; otherwise a preload that writes `process.resourceUsage().maxRSS`
 * on exit. Either way git's own memory is not counted: git runs in its own process and streams to us.
 */
export async function runCliMeasured(args: readonly string[]): Promise<MeasuredRun> {
  const folder = mkdtempSync(join(tmpdir(), 'aiguard-rss-'));
  const out = join(folder, 'peak');
  try {
    const env = { CI: 'true', NO_COLOR: '1' };
    if (existsSync(GNU_TIME)) {
      const result = await execa(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, CLI_PATH, ...args], { env, reject: false, stdout: 'ignore' });
      return { exitCode: result.exitCode, stderr: String(result.stderr), peakRssMiB: Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) / 1024, method: 'gnu-time' };
    }
    const preload = join(folder, 'report-rss.mjs');
    writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
    const result = await execa(process.execPath, ['--import', preload, CLI_PATH, ...args], { env, reject: false, stdout: 'ignore' });
    return { exitCode: result.exitCode, stderr: String(result.stderr), peakRssMiB: Number(readFileSync(out, 'utf8')) / 1024, method: 'resource-usage' };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
