/** @fileoverview Where a streamed report goes: stdout, or the `--output` file through a temp file renamed into place at the end. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { lstat, rename, rm } from 'node:fs/promises';
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
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw usageError(`--output ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  // Written synchronously: the text is gone from memory the moment it is written, instead of surviving into V8's old
  // generation while an asynchronous write is pending, which is what grew the heap on evidence-heavy histories.
  const output = queued(
    (text) => writeAll(fd, text),
    async () => {
      close();
      if (!direct) {
        await rename(temp, file).catch((error: NodeJS.ErrnoException) => {
          throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
        });
      }
    },
  );
  return {
    ...output,
    discard: async () => {
      close();
      if (!direct) await rm(temp, { force: true });
    },
  };
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

function queued(send: (text: string) => Promise<void> | void, finish: () => Promise<void>): ReportOutput {
  let parts: string[] = [];
  let size = 0;
  // A send the reader has not taken yet (a full pipe); later text waits behind it.
  let pending: Promise<void> | undefined;
  const sendQueued = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    pending = pending ? pending.then(() => send(text)) : (send(text) ?? undefined);
  };
  const flush = async (): Promise<void> => {
    sendQueued();
    const waiting = pending;
    pending = undefined;
    await waiting;
  };
  return {
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK_CHARS) sendQueued();
    },
    flush,
    commit: async () => {
      await flush();
      await finish();
    },
    discard: async () => {},
  };
}

/** Writes to stdout and waits for it to drain; a reader that went away (EPIPE) ends the wait, finishRun reports the rest. */
function writeStdout(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    process.stdout.once('drain', done).once('error', done).once('close', done);
  });
}
