/** @fileoverview `aiguard watch`: reports banned assistants as they appear in homes, extension folders and repositories. */
import { hostname, release } from 'node:os';
import { basename, resolve } from 'node:path';
import { CATALOG, describeDecidedBy, listUsers, loadPolicy, makeExcerpt, readMachineId, watchWorkstation, type Platform, type UserHome, type WatchReport } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
import { openWatchSinks } from '../output/watch-sinks.js';
import { choice, parseOptions } from './parse-options.js';

const PLATFORMS: readonly Platform[] = ['linux', 'darwin', 'win32'];
const WATCH_FORMATS = ['text', 'ndjson'] as const;

export const help = `Usage: aiguard watch [options]

Watches the users' config folders (~/.claude, ~/.cursor, ...), the editors' extension folders and
the --root trees, and prints one line as soon as an assistant's footprint appears or goes away,
with the policy's verdict. Runs until stopped (Ctrl-C, SIGTERM). A "ready" line goes to stderr
once every folder is watched.

Options:
  --home DIR          watch this one home folder instead of the real users
  --root DIR          also watch the repositories under DIR (repeatable)
  --format FORMAT     ${WATCH_FORMATS.join(' | ')} (default: text)
  --policy FILE       apply this policy file after the managed and user policies
  --output FILE       append the lines to FILE instead of stdout (for a service's log file)
  --syslog            send the lines to the system log (tag aiguard, via logger) instead of stdout
  -h, --help          show this help

With --output and --syslog together, lines go to both.
`;

const OPTIONS = {
  home: { type: 'string' },
  root: { type: 'string', multiple: true },
  format: { type: 'string' },
  policy: { type: 'string' },
  output: { type: 'string' },
  syslog: { type: 'boolean', default: false },
  // For tests and non-default log daemons; not in --help.
  'syslog-socket': { type: 'string' },
  platform: { type: 'string' },
  'passwd-file': { type: 'string' },
} as const;

export async function run(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOptions(argv, OPTIONS, 'watch');
  if (positionals.length > 0) throw usageError(`aiguard watch takes no arguments; got ${positionals.join(' ')}`);
  const format = choice(values.format, WATCH_FORMATS, '--format', 'text');
  const platform = choice(values.platform, PLATFORMS, '--platform', process.platform as Platform);
  const home = values.home ? resolve(values.home) : undefined;
  const allUsers = home === undefined && process.getuid?.() === 0;
  const homes: UserHome[] = home
    ? [{ user: basename(home), home }]
    : listUsers({ platform, allUsers, ...(values['passwd-file'] ? { passwdFile: resolve(values['passwd-file']) } : {}) });
  const policy = await loadPolicy({ ...(allUsers ? { home: null } : {}), ...(values.policy ? { policyFile: values.policy } : {}) }, CATALOG.map((a) => a.id));
  const sinks = await openWatchSinks({
    ...(values.output ? { file: values.output } : {}),
    syslog: values.syslog,
    ...(values['syslog-socket'] ? { syslogSocket: values['syslog-socket'] } : {}),
  });
  const host = hostname();
  // Fleet tools merge watch lines with audit reports by machine id.
  const machineId = readMachineId({ platform });
  const os = `${platform} ${release()}`;
  const print = (report: WatchReport): void => {
    const { finding } = report;
    if (format === 'ndjson') {
      const line = {
        type: report.change,
        time: new Date().toISOString(),
        host,
        machineId,
        os,
        user: finding.location.user,
        source: report.source,
        assistant: finding.assistant,
        signature: finding.signature,
        verdict: finding.verdict,
        path: finding.location.path,
        extensionId: finding.location.extensionId,
        repository: finding.location.repository,
        evidence: finding.excerpt,
        decidedBy: describeDecidedBy(finding.decidedBy),
        fingerprint: finding.fingerprint,
        latencyMs: Date.now() - report.eventTime,
      };
      sinks.write(JSON.stringify(line));
    } else {
      const tag = report.change === 'found' ? finding.verdict.toUpperCase() : 'GONE';
      const where = makeExcerpt(finding.location.path ?? finding.location.extensionId ?? '');
      sinks.write(`${new Date().toISOString()} ${tag.padEnd(5)} ${finding.assistant} ${where}${finding.location.user ? ` (user ${finding.location.user})` : ''}: ${finding.excerpt}`);
    }
  };
  const handle = await watchWorkstation({
    platform,
    homes,
    roots: (values.root ?? []).map((root) => resolve(root)),
    policy,
    onReport: print,
    onError: (error) => process.stderr.write(`aiguard: watch: ${error.message}\n`),
  });
  process.stderr.write(`aiguard watch: ready (watching ${handle.targets.length} folder${handle.targets.length === 1 ? '' : 's'})\n`);
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await handle.close();
  await sinks.close();
  return EXIT_OK;
}
