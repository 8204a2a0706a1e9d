/** @fileoverview `aiguard catalog` end to end: JSON lists every assistant with signatures, text names Claude Code, bad options exit 2. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../packages/core/src/internal.js';
import { runCli } from '../helpers/run-cli.js';
import { expectOneLineError } from '../helpers/scan-report.js';

interface CatalogJson {
  catalogVersion: string;
  assistants: { id: string; name: string; signatures: { id: string; kind: string; strength: string; examples: { matches: string[] } }[] }[];
}

describe('aiguard catalog', () => {
  it('lists every assistant with its signatures as JSON, ids unique', async () => {
    const result = await runCli(['catalog', '--format', 'json']);
    expect(result.exitCode).toBe(0);
    const data = JSON.parse(String(result.stdout)) as CatalogJson;
    expect(data.catalogVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    expect(data.assistants.map((a) => a.id).sort()).toEqual(CATALOG.map((a) => a.id).sort());
    expect(new Set(data.assistants.map((a) => a.id)).size).toBe(data.assistants.length);
    const signatureIds = data.assistants.flatMap((a) => a.signatures.map((s) => s.id));
    expect(new Set(signatureIds).size).toBe(signatureIds.length);
    for (const assistant of data.assistants) {
      expect(assistant.signatures.length, assistant.id).toBeGreaterThan(0);
      for (const signature of assistant.signatures) expect(signature.id.startsWith(`${assistant.id}/`), signature.id).toBe(true);
    }
  });

  it('writes regular expressions as their source text in JSON', async () => {
    const data = JSON.parse(String((await runCli(['catalog', '--format', 'json', '--assistant', 'claude-code'])).stdout)) as {
      assistants: { signatures: Record<string, unknown>[] }[];
    };
    const footer = data.assistants[0]!.signatures.find((s) => s.id === 'claude-code/generated-with-footer')!;
    expect(typeof footer.pattern).toBe('string');
    expect(new RegExp(footer.pattern as string, 'i').test('Generated with [Claude Code](https://claude.ai/code)')).toBe(true);
  });

  it('lists Claude Code and its signatures in the text listing', async () => {
    const result = await runCli(['catalog']);
    expect(result.exitCode).toBe(0);
    const text = String(result.stdout);
    expect(text).toMatch(/^aiguard catalog \S+: \d+ assistants, \d+ signatures$/m);
    expect(text).toContain('Claude Code (claude-code) — Anthropic');
    expect(text).toMatch(/^ {2}commit-trailer +strong +claude-code\/co-author-trailer: /m);
    expect(text.match(/^\S.* \([a-z0-9-]+\) — /gm)).toHaveLength(CATALOG.length);
  });

  it('lists only the chosen assistant with --assistant', async () => {
    const data = JSON.parse(String((await runCli(['catalog', '--format', 'json', '--assistant', 'cursor'])).stdout)) as CatalogJson;
    expect(data.assistants.map((a) => a.id)).toEqual(['cursor']);
  });

  it('exits 2 with one line for an unknown --assistant', async () => {
    const line = expectOneLineError(await runCli(['catalog', '--assistant', 'nope']), 2);
    expect(line).toContain('"nope"');
  });

  it('exits 2 with one line for an unknown --format', async () => {
    const line = expectOneLineError(await runCli(['catalog', '--format', 'yaml']), 2);
    expect(line).toContain('"yaml"');
  });

  it('exits 2 with one line for an unknown option', async () => {
    expectOneLineError(await runCli(['catalog', '--verbose']), 2);
  });
});
