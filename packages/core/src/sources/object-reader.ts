/** @fileoverview Reads objects by id from one long-lived `git cat-file --batch`, many ids per round trip. */
import { spawn } from 'node:child_process';
import { GitError, gitEnvironment, gitPath, SAFE_GIT_CONFIG, type GitCallOptions } from './git-command.js';
import { readObjectBatches, type GitObject } from './object-stream.js';

/** One `git cat-file --batch` for the life of a hook or scan; `read` hands back objects in the order asked. */
export class ObjectReader {
  private readonly child;
  private readonly objects: AsyncIterator<GitObject[]>;
  private ready: GitObject[] = [];
  private stderr = '';
  private readonly args = [...SAFE_GIT_CONFIG, 'cat-file', '--batch'];

  constructor(options: GitCallOptions) {
    this.child = spawn(gitPath(options.env), this.args, { cwd: options.cwd, env: gitEnvironment(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdin.on('error', () => undefined); // git gone: read() reports it from stdout's end
    this.child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (this.stderr.length < 16 * 1024) this.stderr += text;
    });
    this.objects = readObjectBatches(this.child.stdout)[Symbol.asyncIterator]();
  }

  /** The objects named by `ids` (object ids or revisions such as `v1^{tag}`), in order; a missing one has type `missing`. */
  async read(ids: readonly string[]): Promise<GitObject[]> {
    if (ids.length === 0) return [];
    this.child.stdin.write(ids.map((id) => `${id}\n`).join(''));
    while (this.ready.length < ids.length) {
      const next = await this.objects.next();
      if (next.done) throw new GitError(this.args, this.stderr || 'git cat-file ended early', this.child.exitCode);
      this.ready.push(...next.value);
    }
    return this.ready.splice(0, ids.length);
  }

  /** Ends git. */
  close(): void {
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
  }
}
