import { describe, expect, it } from 'vitest';
import { findBannedExtensions } from '../../src/extension-data';
import { catalog, policyOf } from './fixtures';

describe('findBannedExtensions', () => {
  const installed = ['ms-python.python', 'Anthropic.claude-code', 'GitHub.copilot-chat', 'saoudrizwan.claude-dev'];

  it('reports the extensions of blocked and warned assistants, matching ids case-insensitively', () => {
    const found = findBannedExtensions(installed, catalog, policyOf({ default: 'allow', assistants: { 'claude-code': 'block', cline: 'warn' } }));
    expect(found.map((f) => [f.extensionId, f.assistant, f.action])).toEqual([
      ['Anthropic.claude-code', 'claude-code', 'block'],
      ['saoudrizwan.claude-dev', 'cline', 'warn'],
    ]);
  });

  it('reports nothing when the policy allows everything', () => {
    expect(findBannedExtensions(installed, catalog, policyOf({ default: 'allow' }))).toEqual([]);
  });
});
