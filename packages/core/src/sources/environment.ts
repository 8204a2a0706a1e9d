/** @fileoverview The audit process's own environment variables, as name/value pairs that never leave core. */
import type { EnvironmentRecord } from '../model/audit.js';
export type { EnvironmentRecord } from '../model/audit.js';

/** Every variable set in `env` (default: this process's environment). */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): EnvironmentRecord[] {
  return Object.entries(env)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, value]) => ({ name, value }));
}
