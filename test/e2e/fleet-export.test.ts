// `aiguard audit --format sqlite` and `aiguard fleet export`: every generated query runs against SQLite (osquery cannot be installed here).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../helpers/report/xml-check.js';
import { buildCleanHome, buildLinuxHome, makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';

const OSQUERY_TABLES = readFileSync(join(import.meta.dirname, '../fixtures/osquery/tables.sql'), 'utf8');

let base: string;
let policy: string;
let blockedDb: string;
let cleanDb: string;
let blockedJson: { findings: unknown[]; summary: { findings: { block: number; warn: number } } };

/** osquery's regex_match(text, pattern, index): the index-th group of the first match, or NULL (C++ std::regex, ECMAScript grammar). */
function withRegexMatch(database: DatabaseSync): DatabaseSync {
  database.function('regex_match', (text, pattern, index) => {
    if (typeof text !== 'string' || typeof pattern !== 'string') return null;
    const match = new RegExp(pattern).exec(text);
    return match ? (match[Number(index)] ?? null) : null;
  });
  return database;
}

/** A fake host for plain-osquery queries: ana has ~/.claude, Claude Code runs from its npm package with CLAUDECODE=1 in a child, the VS Code extension and the npm package are installed. */
function claudeHost(): DatabaseSync {
  const database = withRegexMatch(new DatabaseSync(':memory:'));
  database.exec(OSQUERY_TABLES);
  database.exec(`
    INSERT INTO users (uid, username, directory) VALUES (1000, 'ana', '/home/ana'), (1001, 'bea', '/home/bea');
    INSERT INTO file (path, directory, filename, type) VALUES ('/home/ana/.claude', '/home/ana', '.claude', 'directory'), ('/home/bea/.vimrc', '/home/bea', '.vimrc', 'regular');
    INSERT INTO processes (pid, name, path, cmdline, uid) VALUES
      (4242, 'node', '/usr/bin/node', '/usr/bin/node /usr/lib/node_modules/@anthropic-ai/claude-code/cli.js', 1000),
      (4243, 'bash', '/usr/bin/bash', 'bash -c make', 1000),
      (4244, 'vim', '/usr/bin/vim', 'vim notes/claude.txt', 1001);
    INSERT INTO process_envs (pid, key, value) VALUES (4243, 'CLAUDECODE', '1'), (4244, 'EDITOR', 'vim');
    INSERT INTO vscode_extensions (name, publisher, version, path, uid, vscode_edition) VALUES ('claude-code', 'anthropic', '2.1.0', '/home/ana/.vscode/extensions/anthropic.claude-code-2.1.0', 1000, 'vscode'), ('prettier-vscode', 'esbenp', '11.0.0', '/home/bea/.vscode/extensions/esbenp.prettier-vscode-11.0.0', 1001, 'vscode');
    INSERT INTO npm_packages (name, version, path, directory) VALUES ('@anthropic-ai/claude-code', '2.1.0', '/usr/lib/node_modules/@anthropic-ai/claude-code', '/usr/lib'), ('typescript', '5.9.0', '/usr/lib/node_modules/typescript', '/usr/lib');
  `);
  return database;
}

/** The values of a `- key: "json"` YAML list item, as this export writes them (double-quoted JSON scalars). */
function parseGitopsList(yaml: string, key: 'policies' | 'queries'): Record<string, unknown>[] {
  const section = yaml.split(/^(?=policies:|queries:)/m).find((part) => part.startsWith(`${key}:`))!;
  const items: Record<string, unknown>[] = [];
  for (const line of section.split('\n').slice(1)) {
    const match = /^(  - |    )([a-z_]+): (.*)$/.exec(line);
    if (!match) continue;
    if (match[1] === '  - ') items.push({});
    items.at(-1)![match[2]!] = JSON.parse(match[3]!);
  }
  return items;
}

beforeAll(async () => {
  base = makeTempFolder('fleet-export');
  policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block', cursor: 'warn' }, default: 'allow' }));
  buildLinuxHome(join(base, 'ana'));
  buildCleanHome(join(base, 'bea'));
  blockedDb = join(base, 'blocked.sqlite');
  cleanDb = join(base, 'clean.sqlite');
  const audit = (home: string, ...rest: string[]) => runCli(['audit', '--home', join(base, home), '--platform', 'linux', '--only', 'home,extensions', '--policy', policy, ...rest]);
  expect((await audit('ana', '--format', 'sqlite', '--output', blockedDb)).exitCode).toBe(1);
  expect((await audit('bea', '--format', 'sqlite', '--output', cleanDb)).exitCode).toBe(0);
  blockedJson = JSON.parse((await audit('ana', '--format', 'json')).stdout);
});

afterAll(() => removeFixture(base));

describe('aiguard audit --format sqlite', () => {
  it('writes the run and every finding, the same findings the JSON report has', () => {
    const database = new DatabaseSync(blockedDb, { readOnly: true });
    const run = database.prepare('SELECT * FROM aiguard_runs').all();
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({ block_count: blockedJson.summary.findings.block, warn_count: blockedJson.summary.findings.warn, policy_found: 1 });
    expect(String(run[0]!.run_time)).toMatch(/Z$/);
    const findings = database.prepare('SELECT assistant, verdict, source FROM aiguard_findings').all();
    expect(findings).toHaveLength(blockedJson.findings.length);
    expect(findings.some((row) => row.assistant === 'claude-code' && row.verdict === 'block' && row.source === 'home')).toBe(true);
    expect(database.prepare("SELECT value FROM aiguard_meta WHERE key = 'schema_version'").get()).toEqual({ value: '1' });
    database.close();
  });

  it('needs --output, with a one-line usage error', async () => {
    const result = await runCli(['audit', '--home', join(base, 'bea'), '--format', 'sqlite']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe('aiguard: --format sqlite writes a database: pass --output FILE');
  });
});

describe('aiguard fleet export osquery', () => {
  it('writes an ATC config whose queries run against the audit database and return the declared columns', async () => {
    const result = await runCli(['fleet', 'export', 'osquery', '--platform', 'linux', '--database', blockedDb]);
    expect(result.exitCode).toBe(0);
    const config = JSON.parse(result.stdout) as { auto_table_construction: Record<string, { query: string; path: string; columns: string[]; platform: string }> };
    expect(Object.keys(config.auto_table_construction).sort()).toEqual(['aiguard_findings', 'aiguard_runs']);
    const database = new DatabaseSync(blockedDb, { readOnly: true });
    for (const table of Object.values(config.auto_table_construction)) {
      expect(table).toMatchObject({ path: blockedDb, platform: 'linux' });
      const rows = database.prepare(table.query).all();
      expect(rows.length).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!)).toEqual(table.columns);
    }
    database.close();
    const mac = JSON.parse((await runCli(['fleet', 'export', 'osquery', '--platform', 'darwin'])).stdout);
    expect(mac.auto_table_construction.aiguard_findings.path).toBe('/Library/Application Support/aiguard/audit.sqlite');
  });
});

describe('aiguard fleet export osquery-pack', () => {
  it('covers the banned and warned assistants only, and every query runs on the osquery tables', async () => {
    const result = await runCli(['fleet', 'export', 'osquery-pack', '--policy', policy]);
    expect(result.exitCode).toBe(0);
    const pack = JSON.parse(result.stdout) as { queries: Record<string, { query: string; platform: string; interval: number }> };
    const names = Object.keys(pack.queries);
    expect(names).toContain('aiguard_claude_code_linux');
    expect(names).toContain('aiguard_cursor_darwin');
    expect(names.some((name) => name.startsWith('aiguard_qwen_code'))).toBe(false);
    const database = claudeHost();
    for (const [name, { query }] of Object.entries(pack.queries)) {
      expect(() => database.prepare(query).all(), name).not.toThrow();
    }
    const found = database.prepare(pack.queries.aiguard_claude_code_linux!.query).all();
    const kinds = new Set(found.map((row) => String(row.signature)));
    expect(found.find((row) => row.evidence === '/home/ana/.claude')).toMatchObject({ assistant: 'claude-code', user: 'ana' });
    expect(found.some((row) => String(row.evidence).includes('@anthropic-ai/claude-code/cli.js'))).toBe(true);
    expect(found.some((row) => row.evidence === 'CLAUDECODE in pid 4243')).toBe(true);
    expect(found.some((row) => row.evidence === 'anthropic.claude-code')).toBe(true);
    expect(found.some((row) => row.evidence === '/usr/lib/node_modules/@anthropic-ai/claude-code')).toBe(true);
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    // Bea's vim on notes/claude.txt, her prettier extension and typescript are not evidence.
    expect(found.some((row) => String(row.evidence).includes('vim') || String(row.evidence).includes('prettier') || String(row.evidence).includes('typescript'))).toBe(false);
    database.close();
  });
});

describe('aiguard fleet export fleet', () => {
  it('writes policies that return a row exactly when the host complies, and queries that run', async () => {
    const result = await runCli(['fleet', 'export', 'fleet', '--policy', policy, '--platform', 'linux']);
    expect(result.exitCode).toBe(0);
    const policies = parseGitopsList(result.stdout, 'policies');
    const queries = parseGitopsList(result.stdout, 'queries');
    expect(policies.map((item) => item.name)).toEqual(expect.arrayContaining(['aiguard: audit ran recently', 'aiguard: no Claude Code', 'aiguard (osquery only): no Claude Code on linux']));
    expect(policies.some((item) => String(item.name).includes('Cursor'))).toBe(false);
    for (const item of [...policies, ...queries]) expect(Object.keys(item).slice(0, 2)).toEqual(['name', 'query']);
    // A host as osquery sees it: the ATC tables over its audit database, plus its own osquery tables.
    const host = (database: string, osquery: 'claude' | 'clean'): DatabaseSync => {
      const db = osquery === 'claude' ? claudeHost() : withRegexMatch(new DatabaseSync(':memory:'));
      if (osquery === 'clean') db.exec(OSQUERY_TABLES);
      db.exec(`ATTACH DATABASE '${database}' AS atc; CREATE TEMP VIEW aiguard_runs AS SELECT * FROM atc.aiguard_runs; CREATE TEMP VIEW aiguard_findings AS SELECT * FROM atc.aiguard_findings;`);
      return db;
    };
    const blocked = host(blockedDb, 'claude');
    const clean = host(cleanDb, 'clean');
    const passes = (db: DatabaseSync, name: string) => db.prepare(String(policies.find((item) => item.name === name)!.query)).all().length > 0;
    for (const item of queries) expect(() => blocked.prepare(String(item.query)).all(), String(item.name)).not.toThrow();
    expect(passes(clean, 'aiguard: audit ran recently')).toBe(true);
    expect(passes(clean, 'aiguard: no Claude Code')).toBe(true);
    expect(passes(blocked, 'aiguard: no Claude Code')).toBe(false);
    expect(passes(clean, 'aiguard (osquery only): no Claude Code on linux')).toBe(true);
    expect(passes(blocked, 'aiguard (osquery only): no Claude Code on linux')).toBe(false);
    // A host whose last audit is older than two days fails closed.
    blocked.exec("CREATE TEMP TABLE old AS SELECT * FROM atc.aiguard_runs; UPDATE old SET run_time = '2020-01-01T00:00:00.000Z'; DROP VIEW aiguard_runs; CREATE TEMP VIEW aiguard_runs AS SELECT * FROM old;");
    expect(passes(blocked, 'aiguard: audit ran recently')).toBe(false);
    blocked.close();
    clean.close();
  });
});

describe('MDM scripts', () => {
  let wrapper: string;
  beforeAll(() => {
    // The "installed CLI": a wrapper that runs the built aiguard with a recorded home instead of the machine's users.
    wrapper = join(base, 'aiguard-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${CLI_PATH}" "$@"\n`);
    chmodSync(wrapper, 0o755);
  });

  it('the Jamf extension attribute prints BLOCKED, CLEAN or NOT INSTALLED in one <result> line', async () => {
    const script = join(base, 'jamf-ea.sh');
    expect((await runCli(['fleet', 'export', 'jamf', '--output', script])).exitCode).toBe(0);
    const run = (env: Record<string, string>) => execFileSync('/bin/sh', [script], { env: { ...process.env, ...env }, encoding: 'utf8' });
    const args = (home: string) => `--home ${join(base, home)} --platform linux --only home,extensions --policy ${policy}`;
    expect(run({ AIGUARD: wrapper, AIGUARD_ARGS: args('ana') })).toBe(`<result>BLOCKED ${blockedJson.summary.findings.block} (warn ${blockedJson.summary.findings.warn})</result>\n`);
    expect(run({ AIGUARD: wrapper, AIGUARD_ARGS: args('bea') })).toBe('<result>CLEAN</result>\n');
    expect(run({ AIGUARD: join(base, 'missing-binary'), AIGUARD_ARGS: '' })).toBe('<result>NOT INSTALLED</result>\n');
    expect(run({ AIGUARD: wrapper, AIGUARD_ARGS: `--home ${join(base, 'nope')}` })).toBe('<result>ERROR exit 2</result>\n');
  });

  it('the Intune detection and remediation scripts call the audit and the policy exports with the documented exit codes', async () => {
    // PowerShell is not installable here (not in Debian); the scripts are checked for what Intune relies on.
    const detect = (await runCli(['fleet', 'export', 'intune-detect', '--binary', 'C:\\Tools\\aiguard.exe'])).stdout;
    expect(detect).toContain("$aiguard = 'C:\\Tools\\aiguard.exe'");
    expect(detect).toContain('& $aiguard audit --format ndjson');
    expect(detect.match(/exit 1/g)!.length).toBeGreaterThanOrEqual(3);
    expect(detect.trimEnd().endsWith('exit 0')).toBe(true);
    const remediate = (await runCli(['fleet', 'export', 'intune-remediate'])).stdout;
    expect(remediate).toContain('& $aiguard policy export vscode --format reg --output $reg');
    expect(remediate).toContain('& $aiguard policy export claude-code --merge $managed --output $managed');
  });
});

describe('schedulers', () => {
  it.skipIf(!existsSync('/usr/bin/systemd-analyze'))('writes systemd units that systemd-analyze verify accepts', async () => {
    const folder = join(base, 'systemd');
    const result = await runCli(['fleet', 'export', 'systemd', '--output', folder, '--binary', CLI_PATH]);
    expect(result.exitCode).toBe(0);
    const units = ['aiguard-audit.service', 'aiguard-audit.timer', 'aiguard-watch.service'].map((name) => join(folder, name));
    let output = '';
    try {
      output = execFileSync('systemd-analyze', ['verify', '--man=no', ...units], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr);
      // Outside a booted systemd (a container) verify still parses the units; only unit-file errors fail the test.
      expect(output).not.toMatch(/aiguard-[a-z.]+:\d+:|Unknown key|Invalid|Failed to parse|is not executable|Missing/i);
    }
    expect(readFileSync(units[0]!, 'utf8')).toContain(`ExecStart=${CLI_PATH} audit --format sqlite --output /var/lib/aiguard/audit.sqlite`);
    expect(readFileSync(units[2]!, 'utf8')).toContain('watch --format ndjson --output /var/log/aiguard/watch.ndjson --syslog');
  });

  it('writes launchd plists that are well-formed property lists running the audit daily and watch always', async () => {
    const folder = join(base, 'launchd');
    mkdirSync(folder, { recursive: true });
    expect((await runCli(['fleet', 'export', 'launchd', '--output', folder])).exitCode).toBe(0);
    for (const [name, args] of [
      ['com.aiguard.audit.plist', ['/usr/local/bin/aiguard', 'audit', '--format', 'sqlite', '--output', '/Library/Application Support/aiguard/audit.sqlite']],
      ['com.aiguard.watch.plist', ['/usr/local/bin/aiguard', 'watch', '--format', 'ndjson', '--output', '/Library/Logs/aiguard/watch.ndjson', '--syslog']],
    ] as const) {
      const root = parseXml(readFileSync(join(folder, name), 'utf8'));
      expect(root.name).toBe('plist');
      const dict = root.children[0]!;
      const keys = dict.children.filter((child) => child.name === 'key').map((child) => child.text);
      expect(keys).toEqual(expect.arrayContaining(['Label', 'ProgramArguments', 'RunAtLoad']));
      const argsIndex = dict.children.findIndex((child) => child.name === 'key' && child.text === 'ProgramArguments');
      expect(dict.children[argsIndex + 1]!.children.map((child) => child.text)).toEqual(args);
    }
  });
});
