/** @fileoverview Kiro (AWS): the Kiro IDE and CLI. Amazon Q Developer is amazon-q.ts. Research §15. */
import { defineAssistant } from './define.js';

const KIRO_DOCS = 'kiro.dev/docs (cli/chat/configuration, mcp/configuration)';

export default defineAssistant({
  id: 'kiro',
  name: 'Kiro',
  vendor: 'Amazon',
  providers: ['anthropic', 'amazon'],
  homepage: 'https://kiro.dev',
  signatures: [
    {
      id: 'kiro/project-dir',
      kind: 'repo-path',
      strength: 'strong',
      description: '.kiro/ project folder: steering, specs, hooks, MCP settings, agents, prompts, skills.',
      globs: [
        '**/.kiro/steering/**',
        '**/.kiro/specs/**',
        '**/.kiro/hooks/**',
        '**/.kiro/settings/mcp.json',
        '**/.kiro/agents/**',
        '**/.kiro/prompts/**',
        '**/.kiro/skills/**',
      ],
      source: { tag: 'V', url: 'https://kiro.dev/docs', ref: KIRO_DOCS },
      examples: {
        matches: ['.kiro/steering/product.md', '.kiro/specs/login/requirements.md', '.kiro/settings/mcp.json', 'app/.kiro/hooks/lint.kiro.hook'],
        nonMatches: [
          { value: '.kiro/README.md', reason: 'not a file Kiro reads' },
          { value: 'docs/kiro/steering/x.md', reason: 'not a dot folder' },
        ],
      },
    },
    {
      id: 'kiro/kiroignore',
      kind: 'repo-path',
      strength: 'strong',
      description: '.kiroignore file.',
      globs: ['**/.kiroignore'],
      source: { tag: 'V', url: 'https://kiro.dev/docs', ref: KIRO_DOCS },
      examples: {
        matches: ['.kiroignore'],
        nonMatches: [{ value: '.kiro-ignore.txt', reason: 'a different name' }],
      },
    },
    {
      id: 'kiro/home-dir',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.kiro user folder (MCP and CLI settings, steering, prompts, agents).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.kiro', '.kiro/**'],
      source: { tag: 'V', url: 'https://kiro.dev/docs/cli/chat/configuration', ref: 'kiro.dev/docs/cli/chat/configuration' },
      examples: {
        matches: ['~/.kiro', '~/.kiro/settings/mcp.json', '~/.kiro/settings/cli.json'],
        nonMatches: [{ value: '~/.kirogi/config', reason: 'a different folder' }],
      },
    },
    {
      id: 'kiro/term-program-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'TERM_PROGRAM=kiro in terminals of the Kiro IDE.',
      name: 'TERM_PROGRAM',
      value: /^kiro$/i,
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json' },
      examples: {
        matches: ['TERM_PROGRAM=kiro'],
        nonMatches: [{ value: 'TERM_PROGRAM=vscode', reason: 'VS Code\'s terminal' }],
      },
    },
  ],
});
