import { describe, expect, it } from 'vitest';
import { findBannedExtensions } from '../../src/extension-data';
import { catalog, enforcerOf } from './fixtures';

const HOST = { user: 'ana', home: '/home/ana', product: 'VS Code' };
const installed = ['ms-python.python', 'Anthropic.claude-code', 'GitHub.copilot-chat', 'saoudrizwan.claude-dev'].map((id) => ({ id, path: `/home/ana/.vscode/extensions/${id}` }));

describe('findBannedExtensions', () => {
  it('reports the extensions of blocked and warned assistants, matching ids case-insensitively', () => {
    const found = findBannedExtensions(installed, HOST, catalog, enforcerOf({ default: 'allow', assistants: { 'claude-code': 'block', cline: 'warn' } }));
    expect(found.map((f) => [f.extensionId, f.assistant, f.verdict])).toEqual([
      ['Anthropic.claude-code', 'claude-code', 'block'],
      ['saoudrizwan.claude-dev', 'cline', 'warn'],
    ]);
  });

  it('reports nothing when the policy allows everything', () => {
    expect(findBannedExtensions(installed, HOST, catalog, enforcerOf({ default: 'allow' }))).toEqual([]);
  });

  it('honours the policy\'s ignores, as audit does (an ignored extension used to block in the editor)', () => {
    const enforcer = enforcerOf({ default: 'block', ignores: [{ assistant: 'claude-code', reason: 'approved pilot' }] });
    expect(findBannedExtensions(installed, HOST, catalog, enforcer).map((f) => f.assistant)).not.toContain('claude-code');
  });
});
