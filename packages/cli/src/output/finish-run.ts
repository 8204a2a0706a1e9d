/** @fileoverview Turns a command's outcome into the process exit code: errors become one `aiguard: …` line, never a stack. */
import { classifyError } from './cli-error.js';

/** Waits for `run` and sets the exit code it gives, or the one its error maps to (the stack only with AIGUARD_DEBUG). */
export function finishRun(run: Promise<number>): void {
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
