/** @fileoverview Tongyi Lingma (Alibaba Cloud): the coding assistant for VS Code, JetBrains, Visual Studio and Lingma IDE. Research §26. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'tongyi-lingma',
  name: 'Tongyi Lingma',
  vendor: 'Alibaba',
  providers: ['alibaba'],
  homepage: 'https://www.alibabacloud.com/help/en/lingma',
  signatures: [
    {
      id: 'tongyi-lingma/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Tongyi Lingma VS Code extension.',
      editor: 'vscode',
      ids: ['Alibaba-Cloud.tongyi-lingma'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=Alibaba-Cloud.tongyi-lingma', ref: 'many READMEs linking the Marketplace item' },
      examples: {
        matches: ['Alibaba-Cloud.tongyi-lingma', 'alibaba-cloud.tongyi-lingma'],
        nonMatches: [{ value: 'alibaba-cloud.toolkit', reason: 'another Alibaba Cloud extension, not the assistant' }],
      },
    },
    {
      id: 'tongyi-lingma/project-rules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Lingma project rules in .lingma/rules/.',
      globs: ['**/.lingma/rules/**'],
      source: { tag: 'V', url: 'https://alibabacloud.com/help/en/lingma/user-guide/rules', ref: 'alibabacloud.com/help/en/lingma/user-guide/rules' },
      examples: {
        matches: ['.lingma/rules/project_rule.md', 'svc/.lingma/rules/java.md'],
        nonMatches: [{ value: 'docs/lingma/rules/java.md', reason: 'not the dot folder' }],
      },
    },
    {
      id: 'tongyi-lingma/user-dir',
      kind: 'home-path',
      strength: 'weak',
      description: '~/.lingma user folder (location unconfirmed).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.lingma', '.lingma/**'],
      source: { tag: '3P', url: 'https://www.alibabacloud.com/help/en/lingma', ref: 'research §26 user dir row (unconfirmed)' },
      examples: {
        matches: ['~/.lingma', '~/.lingma/logs/lingma.log'],
        nonMatches: [{ value: '~/.lingmax/config', reason: 'a different folder' }],
      },
    },
  ],
});
