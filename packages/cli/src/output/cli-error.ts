/** @fileoverview Errors the CLI reports as one line with a chosen exit code, and the mapping from core's errors. */
import { EXIT_SCAN_FAILED, EXIT_USAGE } from './exit-codes.js';

/** An error with a one-line message meant for the user and the exit code it ends the run with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error: the message names the option or argument and what was wrong with it. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}

/**
 * Maps any thrown value to a one-line message and exit code. Core's errors are recognised by name so the
 * CLI does not import core just to classify an error; anything unknown is a scan failure, never a stack trace.
 */
export function classifyError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof Error) {
    const oneLine = error.message.split('\n')[0] ?? String(error);
    switch (error.name) {
      case 'PolicyError':
        return { message: `invalid policy: ${oneLine}`, exitCode: EXIT_USAGE };
      case 'BaselineNotFoundError':
        return { message: oneLine, exitCode: EXIT_USAGE };
      case 'NotARepositoryError':
        return { message: `scan failed: ${oneLine}`, exitCode: EXIT_SCAN_FAILED };
      case 'GitError': {
        // git's own first line says what was wrong; the command line around it is noise for the user.
        const stderr = String((error as Error & { stderr?: string }).stderr ?? '');
        const gitSays = stderr.split('\n').find((line) => line.trim() !== '')?.replace(/^fatal:\s*/, '').trim() || oneLine;
        const isBadRevision = /unknown revision|bad revision|ambiguous argument|invalid object name|bad object/i.test(gitSays);
        return isBadRevision ? { message: `bad range: ${gitSays}`, exitCode: EXIT_USAGE } : { message: `scan failed: git: ${gitSays}`, exitCode: EXIT_SCAN_FAILED };
      }
      default: {
        const code = (error as NodeJS.ErrnoException).code;
        // Node's fs messages already start with their code (`ENOENT: no such file…`); say it once.
        return { message: `${code && !oneLine.startsWith(code) ? `${code}: ` : ''}${oneLine}`, exitCode: EXIT_SCAN_FAILED };
      }
    }
  }
  return { message: String(error), exitCode: EXIT_SCAN_FAILED };
}
