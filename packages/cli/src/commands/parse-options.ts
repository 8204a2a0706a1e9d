/** @fileoverview Parses a command's arguments with node:util, turning its errors into one-line usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from '../output/cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` strictly: unknown options and missing values are usage errors naming the option. */
export function parseOptions<O extends Options>(argv: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, allowNegative: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    // bin.ts prefixes every error with `aiguard: `; the help pointer names the command.
    throw usageError(`${message.replace(/^./, (first) => first.toLowerCase())} (see \`aiguard ${command} --help\`)`);
  }
}

/** Checks that `value` is one of `allowed`, or throws a usage error naming `option`. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`${option} must be one of ${allowed.join(', ')}; got "${value}"`);
}
