/** @fileoverview Validates SARIF text with Microsoft's SARIF Multitool and with the SARIF 2.1.0 JSON schema it ships. */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

// The package exports the absolute path of the Sarif.Multitool executable for this platform.
const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

/** The SARIF 2.1.0 JSON schema that ships beside the Multitool (it declares draft 2020-12). */
export const SARIF_SCHEMA_FILE = join(dirname(MULTITOOL), 'sarif-2.1.0.json');

/** One line of the Multitool's verdict, e.g. `{ level: 'error', ruleId: 'JSON1005', text: 'runs[0].bogus: …' }`. */
export interface MultitoolMessage {
  readonly level: 'error' | 'warning' | 'note';
  readonly ruleId: string;
  /** Starts with the JSON path of the offending object, e.g. `runs[0].results[0].locations[0].physicalLocation: …`. */
  readonly text: string;
}

// SARIF2006 fetches every URI in the log over HTTP; tests stay off the network. Turning a rule off makes the
// Multitool print WRN999, which the parser below drops.
const RULE_CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

// `<file>(line,col): error JSON1005: text`, `<file> : error ERR999.UnhandledEngineException : text`.
const MESSAGE_LINE = /^.+?\s?: (error|warning|note) ([A-Z]+\d+)(?:\.\w+)?\s?: (.*)$/;

/**
 * Runs `Sarif.Multitool validate` on `sarif` with the SARIF rules and GitHub's ingestion rules (`Sarif;Gh;Ghas`)
 * and returns every error, warning and note it prints. Read the printed lines, not the exit code or the output log:
 * the Multitool (5.7.0) exits 0 even on errors and leaves engine crashes (ERR999) out of its log. It also drops
 * every message for a file it cannot deserialize (an unknown `level`, for one), so callers should expect at least
 * one known message to prove it ran; the schema check below does catch those files.
 */
export async function validateWithMultitool(sarif: string): Promise<MultitoolMessage[]> {
  const folder = await mkdtemp(join(tmpdir(), 'aiguard-sarif-'));
  try {
    const input = join(folder, 'report.sarif');
    const config = join(folder, 'rules.xml');
    await writeFile(input, sarif);
    await writeFile(config, RULE_CONFIG);
    const { stdout } = await promisify(execFile)(
      await runnableMultitool(),
      ['validate', input, '--config', config, '--rule-kind', 'Sarif;Gh;Ghas'],
      // Invariant globalization lets .NET start on machines without ICU.
      { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 },
    );
    return stdout
      .split(/\r?\n/)
      .map((line) => MESSAGE_LINE.exec(line))
      .filter((match) => match !== null && match[2] !== 'WRN999')
      .map((match) => ({ level: match![1] as MultitoolMessage['level'], ruleId: match![2]!, text: match![3]! }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The executable, or a runnable copy of it when npm skipped the package's `chmod u+x` postinstall (`--ignore-scripts`). */
async function runnableMultitool(): Promise<string> {
  try {
    await access(MULTITOOL, constants.X_OK);
    return MULTITOOL;
  } catch {
    // node_modules is not ours to change; a copy in the temp folder, kept between runs, is.
  }
  const { size, mtimeMs } = await stat(MULTITOOL);
  const copy = join(tmpdir(), `aiguard-sarif-multitool-${size}-${Math.trunc(mtimeMs)}`, basename(MULTITOOL));
  if ((await stat(copy).catch(() => undefined))?.size === size) return copy;
  await mkdir(dirname(copy), { recursive: true });
  const partial = `${copy}.${process.pid}.partial`;
  await copyFile(MULTITOOL, partial);
  await chmod(partial, 0o755);
  // Rename is atomic, so a parallel run never executes a half-written file.
  await rename(partial, copy);
  return copy;
}

let schemaValidator: ValidateFunction | undefined;

/** Validates a parsed SARIF log against {@link SARIF_SCHEMA_FILE}; returns `<JSON pointer> <problem>` per error, none when valid. */
export async function validateWithSchema(log: unknown): Promise<string[]> {
  schemaValidator ??= await compileSarifSchema();
  return schemaValidator(log) ? [] : (schemaValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

async function compileSarifSchema(): Promise<ValidateFunction> {
  const schema = JSON.parse(await readFile(SARIF_SCHEMA_FILE, 'utf8')) as object;
  // allErrors lists every problem, not just the first.
  const ajv = new Ajv2020({ allErrors: true });
  for (const [name, test] of Object.entries(STRING_FORMATS)) ajv.addFormat(name, test);
  return ajv.compile(schema);
}

// The formats the SARIF schema uses. ajv checks none by itself (ajv-formats is not a dependency), and an
// unchecked format would let a malformed URI through.
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const STRING_FORMATS: Record<string, RegExp> = {
  uri: new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:${URI_CHARACTERS.source.slice(1)}`),
  'uri-reference': URI_CHARACTERS,
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/,
  uuid: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
};
