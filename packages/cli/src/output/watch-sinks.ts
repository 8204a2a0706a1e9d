/** @fileoverview Where `aiguard watch` lines go: stdout, an appended file, and the system log (through logger(1)). */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { CliError, usageError } from './cli-error.js';
import { EXIT_USAGE } from './exit-codes.js';

/** Where to write. With neither `file` nor `syslog`, lines go to stdout. */
export interface WatchSinkOptions {
  /** Append lines to this file (created if missing). */
  readonly file?: string;
  /** Send each line to the system log with tag `aiguard`. */
  readonly syslog?: boolean;
  /** The log socket logger(1) writes to (`logger -u`), for tests and non-default daemons. @default the system's */
  readonly syslogSocket?: string;
}

/** The open sinks: write a line (without its newline) to each; close flushes and ends them. */
export interface WatchSinks {
  write(line: string): void;
  close(): Promise<void>;
}

/**
 * Opens the sinks. The system log is reached through `logger -t aiguard` (util-linux on Linux, the BSD one on
 * macOS), one long-lived process reading lines from its stdin: Node has no syslog API and a local socket is
 * the only transport, so no network is involved. A file or logger that cannot be opened is a usage error.
 */
export async function openWatchSinks(options: WatchSinkOptions): Promise<WatchSinks> {
  const writers: ((line: string) => void)[] = [];
  const closers: (() => Promise<void>)[] = [];
  if (options.file) {
    const file = options.file;
    const stream: WriteStream = createWriteStream(file, { flags: 'a' });
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch((error: NodeJS.ErrnoException) => {
      throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
    });
    writers.push((line) => stream.write(`${line}\n`));
    closers.push(() => new Promise<void>((resolve) => stream.end(() => resolve())));
  }
  if (options.syslog) {
    const logger: ChildProcess = spawn('logger', ['-t', 'aiguard', ...(options.syslogSocket ? ['-u', options.syslogSocket] : [])], { stdio: ['pipe', 'ignore', 'inherit'] });
    await new Promise<void>((resolve, reject) => logger.once('spawn', () => resolve()).once('error', reject)).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`--syslog needs the logger command (${error.code ?? error.message})`, EXIT_USAGE);
    });
    // A syslog line has no room for a newline inside; NDJSON has none, text lines are one line each.
    writers.push((line) => logger.stdin!.write(`${line}\n`));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          logger.once('close', () => resolve());
          logger.stdin!.end();
        }),
    );
  }
  if (writers.length === 0) writers.push((line) => process.stdout.write(`${line}\n`));
  return {
    write: (line) => {
      for (const write of writers) write(line);
    },
    close: async () => {
      await Promise.all(closers.map((close) => close()));
    },
  };
}
