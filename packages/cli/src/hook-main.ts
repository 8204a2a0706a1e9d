/**
 * @fileoverview The entry installed hook scripts run: `node hook-main.bundle.cjs hook run <hook> [args]`, the same
 * arguments as the CLI. scripts/bundle-hook.mjs makes it one file (hook-main.code.cjs, run by hook-main.bundle.cjs
 * with the code cache of its hook), because loading the CLI's and core's modules one by one cost about a fifth of every
 * push; it never imports ink, react, execa, chokidar or simple-git.
 */
import { runHook } from './git-hooks/run/run-hook.js';
import { usageError } from './output/cli-error.js';
import { finishRun } from './output/finish-run.js';

async function main(argv: readonly string[]): Promise<number> {
  const [command, subcommand, ...rest] = argv;
  if (command !== 'hook' || subcommand !== 'run') throw usageError(`this entry only runs \`hook run <hook>\`; got "${argv.join(' ')}" (use the aiguard command for everything else)`);
  return runHook(rest);
}

finishRun(main(process.argv.slice(2)));
