/** @fileoverview The provider evidence implies on its own, on repository and workstation findings alike. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectPathEvidence } from './repository-evidence.js';
import { detectEnvironmentEvidence, detectExtensionEvidence } from './workstation-evidence.js';

const catalog = compileCatalog(CATALOG);
const extension = (id: string) => detectExtensionEvidence({ user: 'ana', home: '/home/ana', editor: 'vscode', product: 'VS Code', id, path: `/home/ana/.vscode/extensions/${id}` }, catalog);

describe('the provider on evidence outside commits', () => {
  it('names the only provider of a tool tied to one (Claude Code, Tongyi Lingma), and none for a tool that can use several', () => {
    expect(extension('anthropic.claude-code').map((e) => e.provider)).toEqual(['anthropic']);
    expect(extension('Alibaba-Cloud.tongyi-lingma').map((e) => e.provider)).toEqual(['alibaba']);
    expect(extension('saoudrizwan.claude-dev').map((e) => e.provider)).toEqual([undefined]);
    expect(detectPathEvidence({ path: 'CLAUDE.md', origin: 'worktree' }, catalog, '/r').map((e) => e.provider)).toEqual(['anthropic']);
  });

  it('names the provider a signature itself implies, such as an Anthropic API key in the environment', () => {
    expect(detectEnvironmentEvidence([{ name: 'ANTHROPIC_API_KEY', value: 'x' }], catalog).map((e) => [e.signature, e.provider])).toContainEqual(['any-agent/anthropic-api-key-env', 'anthropic']);
  });
});
