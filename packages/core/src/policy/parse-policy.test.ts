/** @fileoverview Tests for policy parsing: one-line errors with JSON path and hints, and agreement with policy.schema.json. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { SIGNATURE_KINDS } from '../model/signature.js';
import { parsePolicy, PolicyError } from './parse-policy.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/policies/', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../policy.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const IDS = CATALOG.map((a) => a.id);
const validateWithSchema = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

function fixtures(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(FIXTURES, kind)).filter((name) => name.endsWith('.json'));
}

function errorFor(kind: 'valid' | 'invalid', name: string): string | undefined {
  const file = join(FIXTURES, kind, name);
  try {
    parsePolicy(readFileSync(file, 'utf8'), `${kind}/${name}`, IDS);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).message;
  }
}

// Each invalid fixture and the one line it must produce: file, JSON path, problem, and a hint where one helps.
const EXPECTED_ERRORS: Record<string, string> = {
  'bad-action.json': 'invalid/bad-action.json: $.vendors.Anthropic: expected one of "block", "warn", "allow", got "deny"',
  'bad-enforce-since.json': 'invalid/bad-enforce-since.json: $.enforceSince: expected a date (YYYY-MM-DD or an ISO date-time) or a commit id, got "01/02/2026"',
  'bad-expires.json': 'invalid/bad-expires.json: $.ignores[0].expires: expected a date as YYYY-MM-DD, got "2026-13-01"',
  'ignore-unknown-key.json': 'invalid/ignore-unknown-key.json: $.ignores[0].until: unknown key',
  'ignore-without-reason.json': 'invalid/ignore-without-reason.json: $.ignores[0].reason: missing: every ignore needs a reason',
  'ignore-without-selector.json': 'invalid/ignore-without-selector.json: $.ignores[0]: an ignore needs at least one of path, signature, assistant, commit',
  'locked-not-boolean.json': 'invalid/locked-not-boolean.json: $.locked: expected true or false, got "yes"',
  'not-an-object.json': 'invalid/not-an-object.json: $: expected an object, got an array',
  'unknown-assistant.json': 'invalid/unknown-assistant.json: $.assistants.claude-cod: unknown assistant id (did you mean "claude-code"?) (run `aiguard catalog` for the list)',
  'unknown-key.json': 'invalid/unknown-key.json: $.defualt: unknown key (did you mean "default"?)',
  'unknown-kind.json': 'invalid/unknown-kind.json: $.kinds.repo-paths: unknown signature kind (did you mean "repo-path"?)',
  'unknown-provider.json': 'invalid/unknown-provider.json: $.providers.antropic: unknown provider (did you mean "anthropic"?)',
  'unknown-vendor.json': 'invalid/unknown-vendor.json: $.vendors.Anthropik: unknown vendor (did you mean "Anthropic"?) (run `aiguard catalog` for the list)',
};

describe('parsePolicy', () => {
  test.each(fixtures('valid'))('accepts the valid fixture %s', (name) => {
    expect(errorFor('valid', name)).toBeUndefined();
  });

  test.each(fixtures('invalid'))('rejects the invalid fixture %s with one line naming the file, the JSON path and the problem', (name) => {
    expect(errorFor('invalid', name)).toBe(EXPECTED_ERRORS[name]);
  });

  test('keeps every field of a full policy', () => {
    const document = parsePolicy(readFileSync(join(FIXTURES, 'valid', 'everything.json'), 'utf8'), 'everything.json', IDS);
    expect(document.locked).toBe(true);
    expect(document.kinds).toEqual({ 'repo-path': 'warn', 'commit-trailer': 'block' });
    expect(document.ignores?.[0]).toEqual({ path: 'docs/examples/**', reason: 'vendored examples of assistant configs', expires: '2027-06-30' });
  });

  test('rejects JSON that does not parse instead of treating it as no policy', () => {
    expect(() => parsePolicy('{ "default": ', 'p.json', IDS)).toThrow(/^p\.json: \$: not valid JSON/);
  });

  test('rejects a day that does not exist although it matches the date pattern', () => {
    expect(() => parsePolicy('{"ignores":[{"path":"a","reason":"r","expires":"2026-02-30"}]}', 'p.json', IDS)).toThrow('p.json: $.ignores[0].expires: expected a date as YYYY-MM-DD, got "2026-02-30"');
  });
});

describe('policy.schema.json', () => {
  test('agrees with parsePolicy on every valid and invalid fixture', () => {
    for (const kind of ['valid', 'invalid'] as const) {
      for (const name of fixtures(kind)) {
        const data = JSON.parse(readFileSync(join(FIXTURES, kind, name), 'utf8'));
        expect({ name, schemaAccepts: validateWithSchema(data) }).toEqual({ name, schemaAccepts: errorFor(kind, name) === undefined });
      }
    }
  });

  test('lists exactly the catalog assistant ids, vendors, providers and signature kinds (run scripts/update-policy-schema.mjs after a catalog change)', () => {
    const sorted = (values: readonly string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
    expect(schema.$defs.assistantId.enum).toEqual(sorted(IDS));
    expect(schema.$defs.vendor.enum).toEqual(sorted(CATALOG.map((a) => a.vendor)));
    expect(schema.$defs.provider.enum).toEqual(sorted(CATALOG.flatMap((a) => a.providers)));
    expect(schema.$defs.kind.enum).toEqual([...SIGNATURE_KINDS]);
  });

  test('names the same top-level keys parsePolicy accepts', () => {
    for (const key of Object.keys(schema.properties)) expect(() => parsePolicy(`{"${key}": null}`, 'p.json', IDS)).not.toThrow(/unknown key/);
  });
});
