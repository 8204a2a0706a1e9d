/** @fileoverview Where a streamed report goes: stdout, or the `--output` file through a temp file renamed into place at the end. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { lstat, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { usageError } from './cli-error.js';

// Findings are gathered into writes of about this size: one write per finding would cost more than rendering it.
const CHUNK_CHARS = 64 * 1024;
const BUFFER_BYTES = 256 * 1024;

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
  if (file === undefined) return queuedStdout();
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
  // Written synchronously, encoded straight into one reused buffer: report text is gone from memory the moment it
  // is written instead of surviving into V8's old generation behind a pending asynchronous write, and no joined
  // string or fresh Buffer is made per chunk.
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flushBuffer = (): void => {
    for (let offset = 0; offset < used; ) offset += writeSync(fd, buffer, offset, used - offset);
    used = 0;
  };
  const write = (text: string): void => {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (used + text.length * 3 > BUFFER_BYTES) flushBuffer();
    if (text.length * 3 > BUFFER_BYTES) {
      const bytes = Buffer.from(text, 'utf8');
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    } else {
      used += buffer.write(text, used, 'utf8');
    }
  };
  return {
    write,
    flush: async () => flushBuffer(),
    commit: async () => {
      flushBuffer();
      close();
      if (!direct) {
        await rename(temp, file).catch((error: NodeJS.ErrnoException) => {
          throw usageError(`--output ${file} cannot be written (${error.code ?? error.message})`);
        });
      }
    },
    discard: async () => {
      close();
      if (!direct) await rm(temp, { force: true });
    },
  };
}

/** Stdout: text gathered into chunks, each handed to the stream, waiting at each flush while a pipe catches up. */
function queuedStdout(): ReportOutput {
  let parts: string[] = [];
  let size = 0;
  // A write the reader has not taken yet (a full pipe); flush waits for it.
  let pending: Promise<void> | undefined;
  const sendQueued = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    const sent = writeStdout(text);
    if (sent) pending = pending ? pending.then(() => sent) : sent;
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
    commit: flush,
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
