/** @fileoverview Spawns the built `aiguard` CLI as users run it, for end-to-end tests. */
import { execa, type Result } from 'execa';
import { fileURLToPath } from 'node:url';

/** The CLI launcher that `npx aiguard` runs. */
export const CLI_PATH = fileURLToPath(new URL('../../packages/cli/bin/aiguard.js', import.meta.url));

/** Runs `aiguard ...args` with Node (the pinned one on PATH), never throwing on a non-zero exit. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Result<{ reject: false }>> {
  return execa(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    env: { CI: 'true', NO_COLOR: '1', ...options.env },
    input: options.input,
    reject: false,
    stripFinalNewline: false,
  }) as Promise<Result<{ reject: false }>>;
}
