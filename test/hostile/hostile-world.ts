/**
 * @fileoverview The machine every hostile case runs on: a sandbox with a managed ban on Anthropic, a work repository
 * the case writes its history into, and the four surfaces it is tried on (scan, commit-msg, pre-push, pre-receive).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHookSandbox, type HookSandbox, type RunResult } from '../helpers/hook-sandbox.js';

/** The managed policy of every hostile case: Anthropic's assistants are banned. */
export const BAN_ANTHROPIC = { providers: { anthropic: 'block' } };

/** A sandbox with the ban in place and helpers to build a case and try each surface on it. */
export interface HostileWorld {
  readonly sandbox: HookSandbox;
  /** The work repository (main branch, one clean commit) the case writes into. */
  readonly work: string;
  /** The environment with the managed ban; every surface runs with it. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs git in the work repository and returns trimmed stdout; throws on failure. */
  git(...args: string[]): string;
  /** git with bytes on stdin, returning trimmed stdout (for `hash-object`, `commit -F -`). */
  gitInput(input: string | Buffer, ...args: string[]): string;
  /** Commits with hooks skipped and the message kept verbatim; returns the id. */
  commit(message: string, files?: Readonly<Record<string, string>>): string;
  /** `aiguard scan PATH --format json` with the ban; parses the report when there is one. */
  scan(path?: string, args?: readonly string[], env?: NodeJS.ProcessEnv): Promise<RunResult & { signatures: string[] }>;
  /** Pushes `refspecs` to a fresh bare server that runs the pre-receive hook. */
  pushToServer(refspecs: readonly string[]): Promise<RunResult>;
  /** Pushes `refspecs` from the work repository, which runs the pre-push hook, to `origin` if the case made one, else to a fresh bare remote. */
  pushWithPrePush(refspecs: readonly string[]): Promise<RunResult>;
  /** Runs a real `git commit` with the commit-msg hook installed in a fresh repository. */
  commitWithHook(
    args: readonly string[],
    options?: {
      readonly input?: string;
      readonly config?: readonly string[];
      readonly env?: NodeJS.ProcessEnv;
      readonly files?: Readonly<Record<string, string>>;
      /** Extra `aiguard hook install` arguments, e.g. `--mode strip`. */
      readonly install?: readonly string[];
    },
  ): Promise<RunResult & { stored: string | undefined }>;
  cleanup(): void;
}

let counter = 0;

/** Creates the world; call `cleanup()` when done. */
export function createHostileWorld(): HostileWorld {
  const sandbox = createHookSandbox();
  const managed = join(sandbox.root, 'managed-policy.json');
  writeFileSync(managed, JSON.stringify(BAN_ANTHROPIC));
  const env = { ...sandbox.env, AIGUARD_MANAGED_POLICY: managed };
  const work = sandbox.initRepo('work');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: work, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
  const gitInput = (input: string | Buffer, ...args: string[]): string =>
    execFileSync('git', args, { cwd: work, env, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
  const commit = (message: string, files: Readonly<Record<string, string>> = {}): string => {
    for (const [file, content] of Object.entries(files)) {
      sandbox.write(join(work, file), content);
      git('add', '--', file);
    }
    gitInput(message, 'commit', '-q', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-');
    return git('rev-parse', 'HEAD');
  };
  commit('Start\n', { 'README.md': '# demo\n' });

  const fresh = (bare: boolean): string => sandbox.initRepo(`repo-${++counter}${bare ? '.git' : ''}`, { bare });
  const install = async (cwd: string, args: readonly string[]): Promise<void> => {
    const result = await sandbox.aiguard(cwd, ['hook', 'install', ...args], { env });
    if (result.exitCode !== 0) throw new Error(`hook install ${args.join(' ')} failed: ${result.stderr}`);
  };

  return {
    sandbox,
    work,
    env,
    git,
    gitInput,
    commit,
    async scan(path = work, args = [], extraEnv = {}) {
      const result = await sandbox.aiguard(work, ['scan', path, '--format', 'json', ...args], { env: { ...env, ...extraEnv } });
      let signatures: string[] = [];
      try {
        signatures = (JSON.parse(result.stdout) as { findings: { signature: string }[] }).findings.map((f) => f.signature);
      } catch {
        // No report (a failed run): the exit code and stderr say why.
      }
      return { ...result, signatures };
    },
    async pushToServer(refspecs) {
      const server = fresh(true);
      await install(server, ['--server']);
      return sandbox.git(work, ['push', '--no-verify', server, ...refspecs], { env });
    },
    async pushWithPrePush(refspecs) {
      // A case that set up `origin` (with remote-tracking refs) is pushed there; any other to a fresh bare remote.
      const hasOrigin = (await sandbox.git(work, ['remote', 'get-url', 'origin'], { env })).exitCode === 0;
      const remote = hasOrigin ? 'origin' : fresh(true);
      await install(work, []);
      try {
        return await sandbox.git(work, ['push', remote, ...refspecs], { env });
      } finally {
        await sandbox.aiguard(work, ['hook', 'uninstall'], { env });
      }
    },
    async commitWithHook(args, options = {}) {
      const repo = fresh(false);
      for (let i = 0; i + 1 < (options.config ?? []).length; i += 2) sandbox.gitOk(repo, 'config', options.config![i]!, options.config![i + 1]!);
      await install(repo, options.install ?? []);
      for (const [file, content] of Object.entries(options.files ?? {})) {
        sandbox.write(join(repo, file), content);
        sandbox.gitOk(repo, 'add', '--', file);
      }
      const result = await sandbox.git(repo, ['commit', '--allow-empty', ...args], { env: { ...env, ...options.env }, ...(options.input !== undefined ? { input: options.input } : {}) });
      const stored = result.exitCode === 0 ? sandbox.gitOk(repo, 'cat-file', 'commit', 'HEAD') : undefined;
      return { ...result, stored };
    },
    cleanup: () => sandbox.cleanup(),
  };
}
