/** @fileoverview Reads the machine's stable id: Linux /etc/machine-id, macOS IOPlatformUUID (ioreg), Windows MachineGuid (reg query). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../model/signature.js';

/** Runs a command and returns its stdout; injectable so tests replay recorded `ioreg` and `reg query` output. */
export type CommandRunner = (command: string, args: readonly string[]) => string;

/** Where to read the id from. */
export interface MachineIdOptions {
  readonly platform: Platform;
  /** Prefix for system files (mounted disks, fixtures). @default '/' */
  readonly systemRoot?: string;
  /** @default runs the command with a 5 s timeout */
  readonly run?: CommandRunner;
  /** @default fs.readFileSync as UTF-8 */
  readonly readFile?: (path: string) => string;
}

// systemd's machine-id(5): 32 lower-case hex characters; dbus keeps a copy where systemd is absent.
const LINUX_ID_FILES = ['etc/machine-id', 'var/lib/dbus/machine-id'] as const;
const MACHINE_ID = /^[0-9a-f]{32}$/;

/**
 * The machine's stable id, or undefined when it cannot be read (a container without /etc/machine-id). Never
 * throws: a fleet report groups such hosts by host name instead.
 */
export function readMachineId(options: MachineIdOptions): string | undefined {
  const run = options.run ?? runCommand;
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  try {
    switch (options.platform) {
      case 'linux':
        for (const file of LINUX_ID_FILES) {
          try {
            const id = readFile(join(options.systemRoot ?? '/', file)).trim();
            if (MACHINE_ID.test(id)) return id;
          } catch {
            // Try the next location.
          }
        }
        return undefined;
      case 'darwin':
        return parseIoregPlatformUuid(run('/usr/sbin/ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']));
      case 'win32':
        return parseRegMachineGuid(run('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid']));
    }
  } catch {
    return undefined;
  }
}

/** The `IOPlatformUUID` value in `ioreg -rd1 -c IOPlatformExpertDevice` output, upper-case as macOS prints it. */
export function parseIoregPlatformUuid(output: string): string | undefined {
  const match = /"IOPlatformUUID"\s*=\s*"([0-9A-Fa-f-]{36})"/.exec(output);
  return match?.[1]!.toUpperCase();
}

/** The `MachineGuid` value in `reg query HKLM\SOFTWARE\Microsoft\Cryptography /v MachineGuid` output, lower-case. */
export function parseRegMachineGuid(output: string): string | undefined {
  const match = /^\s*MachineGuid\s+REG_SZ\s+([0-9A-Fa-f-]{36})\s*$/m.exec(output);
  return match?.[1]!.toLowerCase();
}

function runCommand(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
}
