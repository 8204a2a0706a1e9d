/** @fileoverview Turns a command's outcome into the process exit code: errors become one `aiguard: …` line, never a stack. */
import { classifyError } from './cli-error.js';
import { EXIT_SCAN_FAILED } from './exit-codes.js';

/**
 * Waits for `run` and sets the exit code it gives, or the one its error maps to (the stack only with AIGUARD_DEBUG).
 * A reader that closes stdout early (`aiguard catalog --format json | head -1`) is not an error of the run: the rest
 * of the output is dropped quietly and the run still ends with its own exit code (1 would read as "blocked").
 */
export function finishRun(run: Promise<number>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`aiguard: cannot write to stdout (${error.code ?? error.message})\n`);
    process.exitCode = EXIT_SCAN_FAILED;
  });
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const { message, exitCode } = classifyError(error);
      // Messages that already name the command (`aiguard policy: …`) keep it; the rest get the program's name once.
      process.stderr.write(message.startsWith('aiguard ') ? `${message}\n` : `aiguard: ${message}\n`);
      if (process.env.AIGUARD_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
      process.exitCode = exitCode;
    },
  );
}
