/** @fileoverview Where a streamed report goes: stdout, or the `--output` file through a temp file renamed into place at the end. */
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { usageError } from './cli-error.js';

// Findings are gathered into writes of about this size: one write per finding would cost more than rendering it.
const CHUNK_CHARS = 64 * 1024;

/** A report being written piece by piece; nothing reaches an `--output` file's name until {@link ReportOutput.commit}. */
export interface ReportOutput {
  /** Queues text; it is written once enough has gathered or at the next {@link ReportOutput.flush}. */
  write(text: string): void;
  /** Writes what is queued, waiting while the reader (a pipe, the disk) catches up. */
  flush(): Promise<void>;
  /** Writes the rest and, for a file, renames the temp file over the `--output` name. */
  commit(): Promise<void>;
  /** Drops a half-written file: an error must never leave a report that looks complete. */
  discard(): Promise<void>;
}

/**
 * Opens the report's destination: stdout without `file`; a device or pipe such as `/dev/null` directly; any other
 * path through a temp file beside it. Throws a usage error naming `--output` when it cannot be created.
 */
export async function openReportOutput(file: string | undefined): Promise<ReportOutput> {
  if (file === undefined) return queued(writeStdout, async () => {});
  const existing = await lstat(file).catch(() => undefined);
  const direct = existing !== undefined && !existing.isFile() && !existing.isDirectory() && !existing.isSymbolicLink();
  const temp = direct ? file : join(dirname(file), `.${basename(file)}.${process.pid}.aiguard-tmp`);
  const handle = await open(temp, 'w').catch((error: NodeJS.ErrnoException) => {
    throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
  });
  const output = queued((text) => writeFile(handle, text), async () => {
    await handle.close();
    if (!direct) {
      await rename(temp, file).catch((error: NodeJS.ErrnoException) => {
        throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
      });
    }
  });
  return {
    ...output,
    discard: async () => {
      await handle.close().catch(() => {});
      if (!direct) await rm(temp, { force: true });
    },
  };
}

function queued(send: (text: string) => Promise<void>, finish: () => Promise<void>): ReportOutput {
  let parts: string[] = [];
  let size = 0;
  let sending = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (parts.length > 0) {
      const text = parts.join('');
      parts = [];
      size = 0;
      sending = sending.then(() => send(text));
    }
    await sending;
  };
  return {
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK_CHARS) void flush().catch(() => {});
    },
    flush,
    commit: async () => {
      await flush();
      await finish();
    },
    discard: async () => {},
  };
}

async function writeFile(handle: FileHandle, text: string): Promise<void> {
  await handle.write(text);
}

/** Writes to stdout and waits for it to drain; a reader that went away (EPIPE) ends the wait, finishRun reports the rest. */
function writeStdout(text: string): Promise<void> {
  if (process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    process.stdout.once('drain', done).once('error', done).once('close', done);
  });
}
