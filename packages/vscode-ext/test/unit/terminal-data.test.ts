import { CATALOG } from '@aiguard/core';
import { describe, expect, it } from 'vitest';
import { buildCliIndex, KNOWN_CLI_NAMES, matchCommandLine } from '../../src/terminal-data';

const index = buildCliIndex(CATALOG);
const assistants = (line: string) => matchCommandLine(line, index).map((m) => m.assistant);

describe('matchCommandLine', () => {
  it.each([
    ['claude', 'claude-code'],
    ['claude --dangerously-skip-permissions', 'claude-code'],
    ['/usr/local/bin/claude -p "fix it"', 'claude-code'],
    ['ANTHROPIC_MODEL=x DEBUG=1 claude', 'claude-code'],
    ['sudo -E codex exec', 'openai-codex'],
    ['npx @openai/codex@latest', 'openai-codex'],
    ['npx -y @google/gemini-cli', 'gemini-cli'],
    ['pnpm dlx @anthropic-ai/claude-code', 'claude-code'],
    ['cd src && aider --model x', 'aider'],
    ['cursor-agent', 'cursor'],
    ['uvx --from x aider-chat', undefined],
  ])('%s -> %s', (line, expected) => {
    expect(assistants(line)[0]).toBe(expected);
  });

  it('does not flag ordinary commands that mention an assistant', () => {
    expect(assistants('git commit -m "ask claude later"')).toEqual([]);
    expect(assistants('echo claude')).toEqual([]);
    expect(assistants('ls ~/.claude')).toEqual([]);
    expect(assistants('code .')).toEqual([]);
  });

  it('finds each assistant once across segments', () => {
    expect(assistants('claude; claude && gemini | cat')).toEqual(['claude-code', 'gemini-cli']);
  });
});

describe('buildCliIndex', () => {
  it('maps only to assistants the catalog has', () => {
    const ids = new Set<string>(CATALOG.map((a) => a.id));
    for (const id of index.binaries.values()) expect(ids.has(id)).toBe(true);
    for (const id of index.packages.values()) expect(ids.has(id)).toBe(true);
  });

  it('drops table entries whose assistant is not in the catalog', () => {
    const only = buildCliIndex(CATALOG.filter((a) => a.id === 'claude-code'));
    expect([...only.binaries.keys()]).toEqual(['claude']);
    expect(Object.keys(KNOWN_CLI_NAMES).length).toBeGreaterThan(only.binaries.size);
  });
});
