/**
 * @fileoverview `aiguard hook run|install|uninstall`: the git hooks. Kept lean on purpose: each subcommand imports
 * only its own module, and those import core through `@aiguard/core/git-hooks`, so a hook starts fast.
 */
import { resolve } from 'node:path';
import { MODES, runHook, type Hook } from '../git-hooks/run/run-hook.js';
import { usageError } from '../output/cli-error.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../output/exit-codes.js';
import { choice, parseOptions } from './parse-options.js';

export const help = `Usage:
  aiguard hook run commit-msg FILE [--mode block|strip]
  aiguard hook run pre-commit
  aiguard hook run pre-push [REMOTE [URL]]        (ref lines on stdin, as git gives them)
  aiguard hook run pre-receive                    (on the server; ref lines on stdin)
  aiguard hook install [PATH] [--hooks LIST] [--mode block|strip] [--global]
  aiguard hook install --server [PATH]
  aiguard hook uninstall [PATH] [--hooks LIST] [--global | --server]
  aiguard hook gitlab-bundle DIR                  (GitLab server hooks: DIR/custom_hooks/pre-receive.d/aiguard
                                                   and DIR/custom_hooks.tar for \`gitaly hooks set\`)

Checks commits against the AI assistant policy as git makes and moves them:
  commit-msg   banned trailers and footers in the message (Co-Authored-By: Claude ...), and
               signature files the commit adds (CLAUDE.md, .claude/, .cursor/rules/ ...);
               --mode strip removes those message lines instead of rejecting the commit
  pre-commit   (optional) the same files, before the message editor opens
  pre-push     every pushed ref: the commits new to the remote, the files they add, ref names
  pre-receive  the same on the server, where --no-verify cannot skip it
All client hooks also block when git runs inside a banned assistant (CLAUDECODE=1 and the like).

install writes into the effective hooks folder (core.hooksPath is honoured; with husky, into
.husky/<hook>). A hook already there is kept as <hook>.aiguard-chained and still runs, with the
same arguments and stdin. Installing twice changes nothing; uninstall puts back exactly what was
there. The scripts call node and aiguard by absolute path, so GUI git clients work too.

Options:
  --hooks LIST    comma-separated hooks (default: commit-msg,pre-push: one Node process per
                  commit; add pre-commit to be stopped before the message editor opens)
  --mode MODE     commit-msg: block (default) or strip
  --global        every repository: set git config --global core.hooksPath (default
                  ~/.config/aiguard/hooks, or the folder already configured there)
  --server        pre-receive into the repository at PATH (a bare repository on the git server);
                  also turns on receive.advertisePushOptions for break glass
  -h, --help      show this help

Break glass (server): git push -o aiguard.breakglass="reason" lets a blocked push in and writes
an audit line to stderr and to <git dir>/aiguard-breakglass.log (or $AIGUARD_AUDIT_LOG).

Policy: the managed and user layers, and the repository's .aiguard.json (for a bare repository,
.aiguard.json in the git dir; never the pushed content).

${EXIT_CODES_HELP}
`;

const CLIENT_HOOKS: readonly Hook[] = ['commit-msg', 'pre-commit', 'pre-push'];
/** commit-msg judges the staged files too, so a commit starts one Node process, not two. */
const DEFAULT_CLIENT_HOOKS: readonly Hook[] = ['commit-msg', 'pre-push'];

export async function run(argv: readonly string[]): Promise<number> {
  const [subcommand, ...rest] = argv;
  switch (subcommand) {
    case 'run':
      return runHook(rest);
    case 'install':
    case 'uninstall':
      return changeHooks(subcommand, rest);
    case 'gitlab-bundle':
      return writeGitLabBundle(rest);
    case undefined:
      throw usageError('aiguard hook needs a subcommand: run, install, uninstall or gitlab-bundle (see `aiguard hook --help`)');
    default:
      throw usageError(`aiguard hook: unknown subcommand "${subcommand}"; use run, install, uninstall or gitlab-bundle (see \`aiguard hook --help\`)`);
  }
}

async function changeHooks(action: 'install' | 'uninstall', argv: readonly string[]): Promise<number> {
  const options = {
    hooks: { type: 'string' },
    global: { type: 'boolean', default: false },
    server: { type: 'boolean', default: false },
    mode: { type: 'string' },
  } as const;
  const { values, positionals } = parseOptions(argv, options, `hook ${action}`);
  if (action === 'uninstall' && values.mode !== undefined) throw usageError('aiguard hook uninstall takes no --mode');
  if (positionals.length > 1) throw usageError(`aiguard hook ${action} takes one PATH; got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.global && values.server) throw usageError('--global and --server cannot be combined: --server installs pre-receive into one server repository');
  if (values.global && positionals.length > 0) throw usageError(`--global applies to every repository; drop PATH ${positionals[0]}`);
  const scope = values.server ? 'server' : values.global ? 'global' : 'repository';
  // uninstall also takes away the pre-commit hook that installs before this version put in by default.
  const hooks = parseHookList(values.hooks, scope === 'server' ? ['pre-receive'] : action === 'install' ? DEFAULT_CLIENT_HOOKS : CLIENT_HOOKS, scope === 'server');
  const mode = choice(values.mode, MODES, '--mode', 'block');
  if (mode === 'strip' && !hooks.includes('commit-msg')) throw usageError('--mode strip applies to commit-msg, which --hooks leaves out');

  const cwd = resolve(positionals[0] ?? '.');
  const { installHooks, uninstallHooks } = await import('../git-hooks/install/install.js');
  const result =
    action === 'install'
      ? await installHooks({
          scope,
          cwd,
          hooks,
          mode,
          launcher: (await import('../git-hooks/install/hook-script.js')).currentLauncher(),
          // A global core.hooksPath replaces .git/hooks: keep running each repository's own pre-commit.
          ...(scope === 'global' ? { chainOnlyHooks: ['pre-commit'] as const } : {}),
        })
      : await uninstallHooks({ scope, cwd, hooks });
  const { describeChange } = await import('../git-hooks/install/install-report.js');
  for (const change of result.changes) process.stdout.write(`${describeChange(change, result.target)}\n`);
  for (const note of result.notes) process.stdout.write(`note: ${note}\n`);
  if (action === 'install' && values.hooks === undefined && scope !== 'server') {
    process.stdout.write('note: commit-msg also checks the files each commit adds, so a commit starts one process; --hooks commit-msg,pre-commit,pre-push checks them before the message editor opens too\n');
  }
  if (action === 'install') {
    const { noPolicyNote } = await import('../git-hooks/install/policy-note.js');
    const note = await noPolicyNote(scope, cwd);
    if (note !== undefined) process.stdout.write(`note: ${note}\n`);
  }
  return EXIT_OK;
}

async function writeGitLabBundle(argv: readonly string[]): Promise<number> {
  const { positionals } = parseOptions(argv, {}, 'hook gitlab-bundle');
  if (positionals.length !== 1) throw usageError(`aiguard hook gitlab-bundle takes one DIR to write custom_hooks/ into; got ${positionals.length}`);
  const dir = resolve(positionals[0]!);
  const [{ writeGitLabBundle: write }, { currentLauncher }] = await Promise.all([import('../git-hooks/install/gitlab-bundle.js'), import('../git-hooks/install/hook-script.js')]);
  const bundle = await write(dir, currentLauncher());
  process.stdout.write(`Wrote ${bundle.script} and ${bundle.tarball}; install with \`gitaly hooks set --storage STORAGE --repository PATH --config CONFIG < ${bundle.tarball}\` (or copy custom_hooks/ into the repository's hooks folder).\n`);
  return EXIT_OK;
}

function parseHookList(value: string | undefined, fallback: readonly Hook[], isServer: boolean): Hook[] {
  if (value === undefined) return [...fallback];
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (names.length === 0) throw usageError('--hooks must name at least one hook');
  const allowed: readonly Hook[] = isServer ? ['pre-receive'] : CLIENT_HOOKS;
  for (const name of names) {
    if (!(allowed as readonly string[]).includes(name)) {
      throw usageError(`--hooks: "${name}" is not a hook aiguard installs ${isServer ? 'with --server' : 'here'}; choose from ${allowed.join(', ')}${name === 'pre-receive' ? ' (pre-receive needs --server)' : ''}`);
    }
  }
  return [...new Set(names as Hook[])];
}
