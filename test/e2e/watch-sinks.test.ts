// `aiguard watch --output FILE --syslog`: NDJSON lines appended to a file and sent to the system log (a local socket), not stdout.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';

const hasLogger = ['/usr/bin/logger', '/bin/logger'].some((path) => existsSync(path));
let base: string;

beforeAll(() => {
  base = makeTempFolder('watch-sinks');
  writeFileSync(join(base, 'managed.json'), JSON.stringify({ assistants: { 'claude-code': 'block' } }));
});
afterAll(() => removeFixture(base));

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!hasLogger)('aiguard watch sinks', () => {
  let server: Server;
  const received: string[] = [];
  const socket = () => join(base, 'log.sock');

  beforeAll(async () => {
    // logger(1) -u writes RFC 3164 lines to a Unix socket; a stream socket stands in for the system log daemon.
    server = createServer((connection) => connection.on('data', (data) => received.push(...data.toString().split('\n').filter(Boolean))));
    await new Promise<void>((resolve) => server.listen(socket(), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('appends NDJSON to the file and sends the same line to syslog, printing nothing on stdout', async () => {
    const home = join(base, 'ana');
    mkdirSync(home, { recursive: true });
    const file = join(base, 'watch.ndjson');
    writeFileSync(file, '{"type":"earlier"}\n');
    const child = spawn(process.execPath, [CLI_PATH, 'watch', '--home', home, '--format', 'ndjson', '--output', file, '--syslog', '--syslog-socket', socket()], {
      env: { PATH: process.env.PATH, CI: 'true', HOME: join(base, 'runner-home'), AIGUARD_MANAGED_POLICY: join(base, 'managed.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => (stdout += data));
    child.stderr.on('data', (data) => (stderr += data));
    await until(() => (stderr.includes('ready') ? true : undefined), 'the ready line');
    mkdirSync(join(home, '.claude'));
    const line = await until(() => readFileSync(file, 'utf8').split('\n').find((text) => text.includes('"assistant":"claude-code"')), 'a file line');
    expect(readFileSync(file, 'utf8').startsWith('{"type":"earlier"}\n')).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ type: 'found', assistant: 'claude-code', verdict: 'block', source: 'home' });
    // The machine id fleet reports merge by, where this machine has one.
    if (existsSync('/etc/machine-id')) expect(JSON.parse(line).machineId).toBe(readFileSync('/etc/machine-id', 'utf8').trim());
    const logged = await until(() => received.find((text) => text.includes('"assistant":"claude-code"')), 'a syslog message');
    expect(logged).toMatch(/^<\d+>.* aiguard(\[\d+\])?: \{/);
    expect(logged.slice(logged.indexOf('{'))).toBe(line);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('names an --output it cannot open in one line with exit 2', async () => {
    const result = await runCli(['watch', '--home', base, '--output', join(base, 'missing', 'dir', 'watch.ndjson')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(`aiguard: --output ${join(base, 'missing', 'dir', 'watch.ndjson')} cannot be written (ENOENT)`);
  });
});
