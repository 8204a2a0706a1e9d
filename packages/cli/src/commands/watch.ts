/** @fileoverview `aiguard watch`: reports banned assistants as they appear in homes, extension folders and repositories. */
import { hostname, release } from 'node:os';
import { basename, resolve } from 'node:path';
import { CATALOG, describeDecidedBy, listUsers, loadPolicy, makeExcerpt, watchWorkstation, type Platform, type UserHome, type WatchReport } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';
import { EXIT_OK } from '../output/exit-codes.js';
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
  -h, --help          show this help
`;

const OPTIONS = {
  home: { type: 'string' },
  root: { type: 'string', multiple: true },
  format: { type: 'string' },
  policy: { type: 'string' },
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
  const host = hostname();
  const os = `${platform} ${release()}`;
  const print = (report: WatchReport): void => {
    const { finding } = report;
    if (format === 'ndjson') {
      const line = {
        type: report.change,
        time: new Date().toISOString(),
        host,
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
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else {
      const tag = report.change === 'found' ? finding.verdict.toUpperCase() : 'GONE';
      const where = makeExcerpt(finding.location.path ?? finding.location.extensionId ?? '');
      process.stdout.write(`${new Date().toISOString()} ${tag.padEnd(5)} ${finding.assistant} ${where}${finding.location.user ? ` (user ${finding.location.user})` : ''}: ${finding.excerpt}\n`);
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
  return EXIT_OK;
}
