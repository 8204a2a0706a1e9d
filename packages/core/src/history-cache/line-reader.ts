/** @fileoverview Reads a file as lines, a megabyte at a time, for the history cache. */
import type { FileHandle } from 'node:fs/promises';

/** Splits a file into lines with few, large reads, a whole read's lines at a time. */
export class LineReader {
  private queue: string[] = [];
  private rest: Buffer = Buffer.alloc(0);
  private ended = false;
  private closed = false;
  // The first read is small (the header is all an unchanged repository needs before the evidence); later ones are large.
  private chunk = 16 * 1024;

  constructor(private readonly handle: FileHandle) {}

  /** The next line; undefined at the end of the file. */
  async next(): Promise<string | undefined> {
    if (this.queue.length === 0) this.queue = (await this.read()) ?? [];
    return this.queue.shift();
  }

  /** Every line left from the last read, else those of the next read; undefined at the end of the file. */
  async take(): Promise<string[] | undefined> {
    if (this.queue.length > 0) {
      const lines = this.queue;
      this.queue = [];
      return lines;
    }
    return this.read();
  }

  /** Closes the file; harmless when it is closed already. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }

  private async read(): Promise<string[] | undefined> {
    for (;;) {
      if (this.ended) {
        if (this.rest.length === 0) return undefined;
        const last = this.rest.toString('utf8');
        this.rest = Buffer.alloc(0);
        return [last];
      }
      const more = Buffer.allocUnsafe(this.chunk);
      const { bytesRead } = await this.handle.read(more, 0, this.chunk, null);
      this.chunk = 1024 * 1024;
      if (bytesRead === 0) {
        this.ended = true;
        continue;
      }
      const data = this.rest.length > 0 ? Buffer.concat([this.rest, more.subarray(0, bytesRead)]) : more.subarray(0, bytesRead);
      // A newline byte never occurs inside a multi-byte UTF-8 character, so text up to the last one decodes whole.
      const cut = data.lastIndexOf(10);
      if (cut < 0) {
        this.rest = data;
        continue;
      }
      this.rest = data.subarray(cut + 1);
      return data.toString('utf8', 0, cut).split('\n');
    }
  }
}
