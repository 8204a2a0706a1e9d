/**
 * @fileoverview `aiguard hook run <hook>`: parses a hook's arguments and runs it. Shared by the CLI and by the one-file
 * bundle installed hook scripts call (hook-main.ts), so both behave alike.
 */
import { choice, parseOptions } from '../../commands/parse-options.js';
import { escapeBlock } from '@aiguard/core/git-hooks';
import { usageError } from '../../output/cli-error.js';

/** The hooks `aiguard hook run` knows. */
export const HOOKS = ['commit-msg', 'pre-commit', 'pre-push', 'pre-receive'] as const;
export type Hook = (typeof HOOKS)[number];
/** commit-msg modes. */
export const MODES = ['block', 'strip'] as const;

/**
 * Escapes every control character but line feeds in what the hook writes to stderr. Hooks print commit subjects,
 * paths and excerpts from the pusher; git relays a pre-receive hook's stderr to the pusher's terminal as `remote:`
 * lines, so an ESC or CR there would reach another person's terminal. Values are escaped where they are printed
 * too (a line feed inside a path is only visible there); this is the net under all of it.
 */
function escapeHookStderr(): void {
  const write = process.stderr.write.bind(process.stderr) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    write(escapeBlock(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), ...rest)) as typeof process.stderr.write;
}

/** Runs `<hook> [args]` (what follows `aiguard hook run`) and returns its exit code. */
export async function runHook(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  escapeHookStderr();
  if (name === undefined) throw usageError(`aiguard hook run needs a hook: ${HOOKS.join(', ')}`);
  if (!(HOOKS as readonly string[]).includes(name)) throw usageError(`aiguard hook run: unknown hook "${name}"; hooks: ${HOOKS.join(', ')}`);
  const command = `hook run ${name}`;
  switch (name as Hook) {
    case 'commit-msg': {
      const { values, positionals } = parseOptions(args, { mode: { type: 'string' } }, command);
      if (positionals.length !== 1) throw usageError(`aiguard hook run commit-msg takes the message FILE git passes; got ${positionals.length} arguments`);
      const mode = choice(values.mode, MODES, '--mode', 'block');
      const { runCommitMsg } = await import('./commit-msg.js');
      return runCommitMsg(positionals[0]!, mode);
    }
    case 'pre-commit': {
      const { positionals } = parseOptions(args, {}, command);
      if (positionals.length > 0) throw usageError(`aiguard hook run pre-commit takes no arguments; got ${positionals.join(' ')}`);
      const { runPreCommit } = await import('./pre-commit.js');
      return runPreCommit();
    }
    case 'pre-push': {
      const { positionals } = parseOptions(args, {}, command);
      if (positionals.length > 2) throw usageError(`aiguard hook run pre-push takes REMOTE and URL; got ${positionals.length} arguments`);
      const { runPrePush } = await import('./pre-push.js');
      return runPrePush(positionals[0], positionals[1]);
    }
    case 'pre-receive': {
      const { positionals } = parseOptions(args, {}, command);
      if (positionals.length > 0) throw usageError(`aiguard hook run pre-receive takes no arguments (ref lines come on stdin); got ${positionals.join(' ')}`);
      const { runPreReceive } = await import('./pre-receive.js');
      return runPreReceive();
    }
  }
}

