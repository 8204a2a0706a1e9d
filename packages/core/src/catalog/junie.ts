/** @fileoverview Junie, JetBrains' coding agent (IDE plugin). Research §21. */
import { defineAssistant, valueWithEmail } from './define.js';

const HELP = 'jetbrains.com/help/junie customize-guidelines, project-settings; JetBrains/junie-guidelines README';

export default defineAssistant({
  id: 'junie',
  name: 'Junie',
  vendor: 'JetBrains',
  providers: ['jetbrains', 'anthropic', 'openai', 'google'],
  homepage: 'https://www.jetbrains.com/junie/',
  signatures: [
    {
      id: 'junie/plugin',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Junie JetBrains plugin.',
      editor: 'jetbrains',
      ids: ['org.jetbrains.junie'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/agent-support/intellij/build.gradle.kts', ref: 'git-ai-project/git-ai@55a1d728f agent-support/intellij/build.gradle.kts' },
      examples: {
        matches: ['org.jetbrains.junie'],
        nonMatches: [{ value: 'com.intellij.ml.llm', reason: 'AI Assistant, reported by jetbrains-ai' }],
      },
    },
    {
      id: 'junie/guidelines',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Junie guidelines in the .junie folder (guidelines.md by default, or .junie/AGENTS.md).',
      globs: ['**/.junie/guidelines.md', '**/.junie/AGENTS.md'],
      source: { tag: 'V', url: 'https://jetbrains.com/help/junie', ref: HELP },
      examples: {
        matches: ['.junie/guidelines.md', 'apps/api/.junie/guidelines.md', '.junie/AGENTS.md'],
        nonMatches: [
          { value: 'AGENTS.md', reason: 'the shared root file, not Junie-specific' },
          { value: 'docs/junie/guidelines.md', reason: 'not the dot folder' },
        ],
      },
    },
    {
      id: 'junie/mcp-config',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Junie project MCP configuration.',
      globs: ['**/.junie/mcp/mcp.json'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['.junie/mcp/mcp.json'],
        nonMatches: [{ value: '.mcp.json', reason: 'the shared MCP file (any-agent)' }],
      },
    },
    {
      id: 'junie/guidelines-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'JUNIE_GUIDELINES_FILENAME, which points Junie at a custom guidelines file.',
      name: 'JUNIE_GUIDELINES_FILENAME',
      source: { tag: '3P', url: 'https://www.jetbrains.com/junie/', ref: 'agent-config crate docs' },
      examples: {
        matches: ['JUNIE_GUIDELINES_FILENAME=CONTRIBUTING.md'],
        nonMatches: [{ value: 'GUIDELINES_FILENAME=x.md', reason: 'not a Junie variable' }],
      },
    },
    {
      id: 'junie/data-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'JUNIE_DATA in processes Junie runs (from a detector list only).',
      name: 'JUNIE_DATA',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json' },
      examples: {
        matches: ['JUNIE_DATA=/home/ana/.junie'],
        nonMatches: [{ value: 'JUNIE=1', reason: 'a different variable' }],
      },
    },
    {
      id: 'junie/shim-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'JUNIE_SHIM_PATH in processes Junie runs (from a detector list only).',
      name: 'JUNIE_SHIM_PATH',
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json' },
      examples: {
        matches: ['JUNIE_SHIM_PATH=/tmp/junie-shim'],
        nonMatches: [{ value: 'SHIM_PATH=/tmp/shim', reason: 'not a Junie variable' }],
      },
    },
    {
      id: 'junie/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Co-authored-by: Junie <junie@jetbrains.com>, a convention repos ask for in their instructions (not a Junie default).',
      keys: ['co-authored-by'],
      value: valueWithEmail('junie@jetbrains.com'),
      source: { tag: '3P', url: 'https://github.com/search?type=commits&q=%22junie%40jetbrains.com%22', ref: 'code search, user instructions only (research §21, §33.8; unconfirmed as default)' },
      examples: {
        matches: [
          'Co-authored-by: Junie <junie@jetbrains.com>',
          'CO-AUTHORED-BY: Junie <Junie@JetBrains.com>',
          'Fix flaky test (#301)\n\n* Retry once\n\n---------\n\nCo-authored-by: Junie <junie@jetbrains.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Junie Moon <junie.moon@jetbrains.com>', reason: 'a human at jetbrains.com' },
          { value: 'Tried Junie (junie@jetbrains.com) on this bug.', reason: 'prose, not a trailer' },
        ],
      },
    },
  ],
});
