/** @fileoverview Tests for policy parsing: one-line errors naming the file, the JSON path and the problem, with hints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { parsePolicy, PolicyError } from './parse-policy.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/policies/', import.meta.url));
const IDS = CATALOG.map((a) => a.id);

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
  'assistants-not-an-object.json': 'invalid/assistants-not-an-object.json: $.assistants: expected an object of assistant id to action, got an array',
  'bad-action.json': 'invalid/bad-action.json: $.vendors.Anthropic: expected one of "block", "warn", "allow", got "deny"',
  'bad-enforce-since.json': 'invalid/bad-enforce-since.json: $.enforceSince: expected a date (YYYY-MM-DD or an ISO date-time) or a commit id, got "01/02/2026"',
  'bad-expires.json': 'invalid/bad-expires.json: $.ignores[0].expires: expected a date as YYYY-MM-DD, got "2026-13-01"',
  'bad-min-strength.json': 'invalid/bad-min-strength.json: $.minStrength: expected one of "strong", "shared", "weak", got "strng" (did you mean "strong"?)',
  'enforce-since-not-a-string.json': 'invalid/enforce-since-not-a-string.json: $.enforceSince: expected a string, got number 20260201',
  'ignore-bad-signature-id.json': 'invalid/ignore-bad-signature-id.json: $.ignores[0].signature: expected a signature id such as "claude-code/claude-md", got "CLAUDE.md"',
  'ignore-empty-reason.json': 'invalid/ignore-empty-reason.json: $.ignores[0].reason: must not be empty',
  'ignore-not-an-object.json': 'invalid/ignore-not-an-object.json: $.ignores[0]: expected an object (a reason and one of path, signature, assistant, commit), got "docs/**"',
  'ignore-unknown-assistant.json': 'invalid/ignore-unknown-assistant.json: $.ignores[0].assistant: unknown assistant id (did you mean "cursor"?) (run `aiguard catalog` for the list)',
  'ignore-unknown-key.json': 'invalid/ignore-unknown-key.json: $.ignores[0].until: unknown key',
  'ignore-without-reason.json': 'invalid/ignore-without-reason.json: $.ignores[0].reason: missing: every ignore needs a reason',
  'ignore-without-selector.json': 'invalid/ignore-without-selector.json: $.ignores[0]: an ignore needs at least one of path, signature, assistant, commit',
  'ignores-not-an-array.json': 'invalid/ignores-not-an-array.json: $.ignores: expected an array of ignores, got an object',
  'locked-not-boolean.json': 'invalid/locked-not-boolean.json: $.locked: expected true or false, got "yes"',
  'model-bad-action.json': 'invalid/model-bad-action.json: $.models.deepseek-*: expected one of "block", "warn", "allow", got "forbid"',
  'model-glob-regex.json': 'invalid/model-glob-regex.json: $.models.claude-(opus|sonnet): expected a model glob of letters, digits, ".", "-", "_", "/", ":", "*" and "?", got "claude-(opus|sonnet)"',
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
