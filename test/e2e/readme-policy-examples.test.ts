/** @fileoverview Every JSON example in README.md is valid JSON, and every policy example passes `aiguard policy validate` as written. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { createPolicyMachine } from '../helpers/policy-env.js';
import { runCli } from '../helpers/run-cli.js';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
// Fenced blocks whose info string says JSON; jsonc is listed too so a commented example cannot hide from the test.
const JSON_BLOCKS = [...README.matchAll(/^```(json|jsonc|json5)\n([\s\S]*?)^```$/gm)].map((match, index) => ({ index, lang: match[1]!, text: match[2]! }));
const POLICY_KEYS = ['$schema', 'default', 'assistants', 'vendors', 'providers', 'kinds', 'enforceSince', 'minStrength', 'ignores', 'locked'];
const isPolicy = (data: unknown): boolean => typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).some((key) => POLICY_KEYS.includes(key));

const dir = mkdtempSync(join(tmpdir(), 'aiguard-readme-'));
const machine = createPolicyMachine();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  machine.cleanup();
});

describe('README.md examples', () => {
  test('has at least one JSON policy example, and none marked jsonc', () => {
    expect(JSON_BLOCKS.length).toBeGreaterThan(0);
    expect(JSON_BLOCKS.filter((block) => block.lang !== 'json').map((block) => block.text.slice(0, 40))).toEqual([]);
  });

  test.each(JSON_BLOCKS)('JSON block $index parses, and as a policy passes `aiguard policy validate`', async ({ index, text }) => {
    const data: unknown = JSON.parse(text);
    if (!isPolicy(data)) return;
    const file = join(dir, `readme-${index}.json`);
    writeFileSync(file, text);
    const result = await runCli(['policy', 'validate', file], { env: machine.env });
    expect(String(result.stderr)).toBe('');
    expect(result.exitCode).toBe(0);
  });

  test('names the $schema that `aiguard policy init` writes where no schema is installed', async () => {
    const written = join(dir, 'init.json');
    expect((await runCli(['policy', 'init', '--preset', 'report-only', '--output', written], { cwd: dir, env: machine.env })).exitCode).toBe(0);
    const schema = (JSON.parse(readFileSync(written, 'utf8')) as { $schema: string }).$schema;
    const examples = JSON_BLOCKS.map((block) => JSON.parse(block.text) as Record<string, unknown>).filter((data) => data.$schema !== undefined);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example.$schema).toBe(schema);
    expect(README).toContain(`\`${schema}\``);
  });
});
