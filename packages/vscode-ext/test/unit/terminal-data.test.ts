import { describe, expect, it } from 'vitest';
import { findTerminalHits } from '../../src/terminal-data';
import { catalog, enforcerOf } from './fixtures';

const hits = (line: string, enforcer = enforcerOf({ default: 'block' })) => findTerminalHits(line, 'bash', catalog, enforcer).map((h) => [h.assistant, h.verdict]);

describe('findTerminalHits', () => {
  it('judges CLI starts with the catalog\'s command signatures and the policy', () => {
    expect(hits('cd src && npx @openai/codex@latest', enforcerOf({ assistants: { 'openai-codex': 'warn' } }))).toEqual([['openai-codex', 'warn']]);
    expect(hits('sudo -E claude')).toEqual([['claude-code', 'block']]);
  });

  it('warns, not blocks, on a generic program name the catalog marks weak (goose is also a migration tool)', () => {
    expect(hits('goose session')).toEqual([['goose', 'warn']]);
  });

  it('honours the policy\'s ignores and allows', () => {
    expect(hits('claude', enforcerOf({ default: 'block', ignores: [{ assistant: 'claude-code', reason: 'pilot' }] }))).toEqual([]);
    expect(hits('claude', enforcerOf({ default: 'allow' }))).toEqual([]);
  });

  it('reports nothing for ordinary commands', () => {
    expect(hits('git commit -m "ask claude later"')).toEqual([]);
  });
});
