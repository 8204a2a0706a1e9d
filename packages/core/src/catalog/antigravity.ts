/** @fileoverview Google Antigravity: Google's agentic IDE. Research §30, §31. */
import { defineAssistant } from './define.js';

const VDA = 'vercel/detect-agent@3ab1df1 agents.json';

export default defineAssistant({
  id: 'antigravity',
  name: 'Google Antigravity',
  vendor: 'Google',
  providers: ['google', 'anthropic', 'openai'],
  homepage: 'https://antigravity.google',
  signatures: [
    {
      id: 'antigravity/rules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Antigravity workspace rules in .agent/rules/.',
      globs: ['**/.agent/rules/**'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['.agent/rules/style.md', 'web/.agent/rules/testing.md'],
        nonMatches: [
          { value: '.agents/skills/deploy/SKILL.md', reason: 'the shared .agents folder (any-agent)' },
          { value: 'AGENT.md', reason: 'a shared instructions file' },
        ],
      },
    },
    {
      id: 'antigravity/agent-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'ANTIGRAVITY_AGENT in processes the Antigravity agent runs (from a detector list only).',
      name: 'ANTIGRAVITY_AGENT',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: VDA },
      examples: {
        matches: ['ANTIGRAVITY_AGENT=1'],
        nonMatches: [{ value: 'ANTIGRAVITY=1', reason: 'a different variable' }],
      },
    },
    {
      id: 'antigravity/cli-alias-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'ANTIGRAVITY_CLI_ALIAS in Antigravity terminals (from a detector list only).',
      name: 'ANTIGRAVITY_CLI_ALIAS',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: VDA },
      examples: {
        matches: ['ANTIGRAVITY_CLI_ALIAS=agy'],
        nonMatches: [{ value: 'CLI_ALIAS=agy', reason: 'not an Antigravity variable' }],
      },
    },
    {
      id: 'antigravity/extensions-dir',
      kind: 'home-path',
      strength: 'weak',
      description: 'Antigravity editor extensions folder (location unconfirmed).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.antigravity/extensions', '.antigravity/extensions/**'],
      source: { tag: '3P', url: 'https://antigravity.google', ref: 'research §31 extension dirs (unconfirmed; not in osquery\'s list)' },
      examples: {
        matches: ['~/.antigravity/extensions/extensions.json'],
        nonMatches: [{ value: '~/.vscode/extensions/extensions.json', reason: 'VS Code\'s folder' }],
      },
    },
  ],
});
