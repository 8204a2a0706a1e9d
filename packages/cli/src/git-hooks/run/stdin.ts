/** @fileoverview Reads a hook's whole stdin (git writes the ref lines and closes it). */

/** All of stdin as UTF-8; empty when stdin is a terminal. */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
