/** @fileoverview The GitHub Action's inputs, read from the INPUT_* variables the runner sets, checked once. */
import { REPORT_FORMATS, type ReportFormat } from '@aiguard/core';
import { usageError } from '../output/cli-error.js';

/** When the Action fails the job. */
export const FAIL_ON = ['block', 'warn', 'never'] as const;
/** Which commits the Action scans. */
export const SCOPES = ['all', 'pull-request'] as const;

/** The Action's inputs (action.yml). */
export interface ActionInputs {
  /** Repository folder, relative to GITHUB_WORKSPACE. @default '.' */
  readonly path: string;
  /** Extra policy file applied after the repository's .aiguard.json. */
  readonly policy?: string;
  /** Report file format. @default 'sarif' */
  readonly format: ReportFormat;
  /** `block` fails on blocking findings, `warn` also on warnings, `never` only reports. @default 'block' */
  readonly failOn: (typeof FAIL_ON)[number];
  /** `pull-request` scans only the commits the pull request (or push) adds. @default 'all' */
  readonly scope: (typeof SCOPES)[number];
}

/** The value of input `name` as the runner passes it (`INPUT_` + upper case, spaces as `_`), trimmed; '' when unset. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) throw usageError(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** Reads and checks every input; a bad value is a usage error naming the input. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const policy = input(env, 'policy');
  return {
    path: input(env, 'path') || '.',
    ...(policy ? { policy } : {}),
    format: oneOf(env, 'format', REPORT_FORMATS, 'sarif'),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'block'),
    scope: oneOf(env, 'scope', SCOPES, 'all'),
  };
}
