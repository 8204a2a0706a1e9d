/** @fileoverview Kiro (AWS): the Kiro IDE and CLI. Amazon Q Developer is amazon-q.ts. Research §15. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

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
    {
      id: 'kiro/agent-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Kiro Agent, the autonomous agent\'s GitHub identity (user id 244629292), as author or committer.',
      email: githubNoreplyEmail('kiro-agent'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22244629292%2Bkiro-agent%40users.noreply.github.com%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Kiro Agent <244629292+kiro-agent@users.noreply.github.com>', 'Kiro AI (Claude Opus 4.6) <244629292+kiro-agent@users.noreply.github.com>'],
        nonMatches: [{ value: 'Kiro Fan <1+kiro-fan@users.noreply.github.com>', reason: 'a different login' }],
      },
    },
    {
      id: 'kiro/agent-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'A co-author trailer naming the Kiro Agent identity, whatever display name it carries.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('kiro-agent'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22244629292%2Bkiro-agent%40users.noreply.github.com%22', ref: 'squash merges of the agent\'s commits (research §33.6)' },
      examples: {
        matches: ['Co-authored-by: Kiro AI (Claude Opus 4.6) <244629292+kiro-agent@users.noreply.github.com>'],
        nonMatches: [{ value: 'Co-authored-by: Kiro Example <kiro@example.org>', reason: 'a person named Kiro' }],
      },
    },
    {
      id: 'kiro/branch',
      kind: 'branch',
      strength: 'weak',
      description: 'kiro/<slug> branch made by the Kiro autonomous agent (a human can type it too).',
      pattern: /^kiro\/[A-Za-z0-9][\w./-]*$/,
      source: { tag: 'O', url: 'https://kiro.dev/docs', ref: 'research/signatures-update.md (Kiro agent branches kiro/...)' },
      examples: { matches: ['kiro/add-login-form', 'refs/remotes/origin/kiro/fix-1'], nonMatches: [{ value: 'feature/kiro', reason: 'kiro only as a later segment' }] },
    },
    {
      id: 'kiro/ide-bundle-env',
      kind: 'env-var',
      strength: 'strong',
      description: '__CFBundleIdentifier=dev.kiro.desktop, inherited by processes the Kiro IDE starts on macOS.',
      name: '__CFBundleIdentifier',
      value: /^dev\.kiro\.desktop$/i,
      source: { tag: '3P', url: 'https://www.npmjs.com/package/@ai-coding-workshop/commit-msg', ref: 'research/signatures-update.md (IDE env __CFBundleIdentifier=dev.kiro.desktop)' },
      examples: { matches: ['__CFBundleIdentifier=dev.kiro.desktop'], nonMatches: [{ value: '__CFBundleIdentifier=com.todesktop.230313mzl4w4u92', reason: 'Cursor' }] },
    },
  ],
});
