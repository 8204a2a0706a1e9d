/** @fileoverview The command table. Each command's module is imported only when that command runs. */

/** What every command module exports. */
export interface CommandModule {
  /** The full `--help` text. */
  readonly help: string;
  /** Runs the command and returns its exit code. */
  run(argv: readonly string[]): Promise<number>;
}

/** One entry of the command table. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

/** Every command, in the order `aiguard --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'scan', summary: 'scan a git repository: history, branch and notes refs, files', load: () => import('./scan.js') },
  { name: 'audit', summary: 'audit this workstation: homes, processes, extensions, packages, env, vendor controls', load: () => import('./audit.js') },
  { name: 'watch', summary: 'watch config and extension folders and repositories; report banned assistants as they appear', load: () => import('./watch.js') },
  { name: 'catalog', summary: 'list the assistants and signatures aiguard knows', load: () => import('./catalog.js') },
  { name: 'policy', summary: 'write, validate and explain the layered policy (init, validate, explain)', load: () => import('./policy.js') },
  { name: 'baseline', summary: 'accept current findings so scans report only new ones (baseline create)', load: () => import('./baseline.js') },
  { name: 'fleet', summary: 'roll many hosts\' audits up into one offline HTML report; export to osquery, Fleet, Jamf, Intune, systemd, launchd', load: () => import('./fleet.js') },
  { name: 'hook', summary: 'git hooks: run commit-msg, pre-commit, pre-push, pre-receive; install and uninstall them', load: () => import('./hook.js') },
];
