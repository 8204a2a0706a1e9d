/** @fileoverview A throw-away machine for policy end-to-end tests: temp HOME, managed file via AIGUARD_MANAGED_POLICY, git isolated. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isolatedGitEnv } from './git-fixture.js';

/** A temp home and managed-policy location, and the environment that points the CLI at them. */
export interface PolicyMachine {
  readonly home: string;
  /** The file AIGUARD_MANAGED_POLICY names (write it with {@link PolicyMachine.writeManaged}). */
  readonly managedFile: string;
  /** The user layer's file under the temp home. */
  readonly userFile: string;
  /** Git isolated, HOME at the temp home, and AIGUARD_MANAGED_POLICY once a managed file was written. */
  readonly env: NodeJS.ProcessEnv;
  writeManaged(policy: unknown): void;
  writeUser(policy: unknown): void;
  cleanup(): void;
}

/** Creates the machine. The real ~ is never read; the system managed file is read as in production (tests assume it is absent). */
export function createPolicyMachine(): PolicyMachine {
  const root = mkdtempSync(join(tmpdir(), 'aiguard-machine-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const managedFile = join(root, 'mdm', 'policy.json');
  const userFile = join(home, '.config', 'aiguard', 'policy.json');
  const write = (file: string, policy: unknown): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(policy, null, 2));
  };
  return {
    home,
    managedFile,
    userFile,
    get env() {
      return { ...isolatedGitEnv(home), ...(existsSync(managedFile) ? { AIGUARD_MANAGED_POLICY: managedFile } : {}) };
    },
    writeManaged: (policy) => write(managedFile, policy),
    writeUser: (policy) => write(userFile, policy),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A Claude Code co-author trailer message. */
export function claudeCommitMessage(subject: string): string {
  return `${subject}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`;
}
