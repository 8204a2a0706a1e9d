/** @fileoverview Tool names as written resolve to catalog ids, unknown names to nothing. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { resolveToolName } from './tool-names.js';

describe('resolveToolName', () => {
  it.each([
    ['Crush', 'crush'],
    ['Claude', 'claude-code'],
    ['claude code', 'claude-code'],
    ['Codex', 'openai-codex'],
    ['GitHub Copilot', 'github-copilot'],
    ['Kiro AI', 'kiro'],
    ['OpenCode', 'opencode'],
  ])('resolves %s to %s', (name, id) => {
    expect(resolveToolName(name, CATALOG)).toBe(id);
  });

  it('knows no tool called coccinelle, nor the generic any-agent entry', () => {
    expect(resolveToolName('coccinelle', CATALOG)).toBeUndefined();
    expect(resolveToolName('any-agent', CATALOG)).toBeUndefined();
  });
});
