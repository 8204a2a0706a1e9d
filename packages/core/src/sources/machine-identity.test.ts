// Unit tests for the machine id: Linux files under a system root, recorded ioreg and reg query output for macOS and Windows.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseIoregPlatformUuid, parseRegMachineGuid, readMachineId } from './machine-identity.js';

const FIXTURES = join(import.meta.dirname, '../../../../test/fixtures/machine-identity');
const IOREG = readFileSync(join(FIXTURES, 'ioreg-macos-14.txt'), 'utf8');
const REG = readFileSync(join(FIXTURES, 'reg-query-windows-11.txt'), 'utf8');
const base = mkdtempSync(join(tmpdir(), 'aiguard-machine-id-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('readMachineId', () => {
  test('reads /etc/machine-id under the system root', () => {
    const root = join(base, 'systemd');
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc', 'machine-id'), '0123456789abcdef0123456789abcdef\n');
    expect(readMachineId({ platform: 'linux', systemRoot: root })).toBe('0123456789abcdef0123456789abcdef');
  });

  test("falls back to dbus's copy, and ignores a file that is not 32 hex characters", () => {
    const root = join(base, 'dbus');
    mkdirSync(join(root, 'etc'), { recursive: true });
    mkdirSync(join(root, 'var', 'lib', 'dbus'), { recursive: true });
    writeFileSync(join(root, 'etc', 'machine-id'), 'uninitialized\n');
    writeFileSync(join(root, 'var', 'lib', 'dbus', 'machine-id'), 'fedcba9876543210fedcba9876543210\n');
    expect(readMachineId({ platform: 'linux', systemRoot: root })).toBe('fedcba9876543210fedcba9876543210');
  });

  test('is undefined when no file holds an id (a bare container)', () => {
    expect(readMachineId({ platform: 'linux', systemRoot: join(base, 'empty') })).toBeUndefined();
  });

  test('runs ioreg on macOS and reads IOPlatformUUID from its recorded output', () => {
    const calls: string[] = [];
    const id = readMachineId({ platform: 'darwin', run: (command, args) => (calls.push([command, ...args].join(' ')), IOREG) });
    expect(id).toBe('5E5E1F0A-3B7C-5D2E-9A41-0F6C2D8B7A13');
    expect(calls).toEqual(['/usr/sbin/ioreg -rd1 -c IOPlatformExpertDevice']);
  });

  test('runs reg query on Windows and reads MachineGuid from its recorded output (CRLF lines)', () => {
    const calls: string[] = [];
    const id = readMachineId({ platform: 'win32', run: (command, args) => (calls.push([command, ...args].join(' ')), REG) });
    expect(id).toBe('8a2f4c1e-77b0-4e39-9d5a-3c21b0e6f4d8');
    expect(calls).toEqual(['reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid']);
  });

  test('is undefined when the command fails or prints something else', () => {
    expect(readMachineId({ platform: 'darwin', run: () => { throw new Error('ENOENT'); } })).toBeUndefined();
    expect(parseIoregPlatformUuid('"IOPlatformSerialNumber" = "C02DK1ZLQ05D"')).toBeUndefined();
    expect(parseRegMachineGuid('ERROR: The system was unable to find the specified registry key or value.')).toBeUndefined();
  });
});
