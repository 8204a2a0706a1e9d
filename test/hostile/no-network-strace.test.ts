/**
 * @fileoverview The no-network rule, proven with strace: every process a scan, an audit and a push through the
 * pre-receive hook start (git included) is traced, and none may open an Internet socket or connect anywhere but
 * a local (AF_UNIX) socket. A control run that does connect shows the tracer would see it. Needs strace (apt).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/run-cli.js';
import { TRAILER } from './cases.js';
import { createHostileWorld, type HostileWorld } from './hostile-world.js';

const hasStrace = spawnSync('strace', ['-qq', '-e', 'trace=none', 'true']).status === 0;

/** Runs `command` under strace (all children too) and returns the network calls it made that were not AF_UNIX. */
function internetCalls(world: HostileWorld, name: string, command: readonly string[], cwd: string): string[] {
  const log = join(world.sandbox.root, `strace-${name}.txt`);
  spawnSync('strace', ['-f', '-qq', '-e', 'trace=socket,connect,sendto,sendmsg,bind', '-o', log, ...command], { cwd, env: world.env, stdio: 'ignore' });
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => /\b(?:socket|connect|sendto|sendmsg|bind)\(/.test(line) && !/AF_UNIX|AF_LOCAL|AF_NETLINK/.test(line));
}

describe.skipIf(!hasStrace)('no network calls, traced with strace', () => {
  let world: HostileWorld;
  beforeAll(async () => {
    world = createHostileWorld();
    world.commit(`f\n\n${TRAILER}\n`, { 'CLAUDE.md': 'memory\n' });
  });
  afterAll(() => world.cleanup());

  it('sees a connect() when one is made (the control)', () => {
    const calls = internetCalls(world, 'control', [process.execPath, '-e', "require('net').connect(9, '127.0.0.1').on('error', () => {})"], world.work);
    expect(calls.some((line) => line.includes('connect('))).toBe(true);
  });

  it('makes none in scan, audit and a push through the pre-receive hook', async () => {
    expect(internetCalls(world, 'scan', [process.execPath, CLI_PATH, 'scan', world.work, '--format', 'json'], world.work)).toEqual([]);
    expect(internetCalls(world, 'audit', [process.execPath, CLI_PATH, 'audit', '--home', world.sandbox.home, '--root', world.work, '--format', 'json'], world.work)).toEqual([]);
    const server = world.sandbox.initRepo('traced.git', { bare: true });
    execFileSync(process.execPath, [CLI_PATH, 'hook', 'install', '--server'], { cwd: server, env: world.env });
    expect(internetCalls(world, 'push', ['git', 'push', server, 'main'], world.work)).toEqual([]);
  }, 120_000);
});
