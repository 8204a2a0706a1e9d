/** @fileoverview Windsurf (Codeium), rebranded Devin Desktop in June 2026, and the Codeium plugin for other editors. Research §14, §31. */
import { defineAssistant, githubNoreplyEmail, valueWithEmail, valueWithGithubNoreply } from './define.js';

const OSQ = 'osquery/osquery@a5b14f63d osquery/tables/applications/vscode_extensions.cpp';
const MEMORIES = 'docs.windsurf.com cascade/memories';

export default defineAssistant({
  id: 'windsurf',
  name: 'Windsurf (Devin Desktop)',
  vendor: 'Cognition',
  providers: ['codeium', 'cognition', 'anthropic', 'openai', 'google', 'xai', 'deepseek', 'alibaba', 'moonshot', 'zhipu'],
  homepage: 'https://windsurf.com',
  signatures: [
    {
      id: 'windsurf/co-author-trailer-convention',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Windsurf co-author trailer set by user conventions or third-party hooks (Windsurf itself adds none, as far as known).',
      keys: ['co-authored-by'],
      value: valueWithEmail('noreply@codeium.com', 'cascade@windsurf.ai'),
      source: { tag: '3P', url: 'https://github.com/block/aittributor/blob/f8c4839/src/agent.rs', ref: 'block/aittributor@f8c4839 src/agent.rs; detector test fixtures (research §14, §33.8: unconfirmed as a vendor default)' },
      examples: {
        matches: [
          'Co-authored-by: Windsurf <noreply@codeium.com>',
          'CO-AUTHORED-BY: Windsurf Cascade <cascade@windsurf.ai>',
          'Add search page (#31)\n\n* Add page\n\n* Styles\n\n---------\n\nCo-authored-by: Windsurf <noreply@codeium.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Varun <varun@codeium.com>', reason: 'a human at codeium.com' },
          { value: 'Written in Windsurf, reviewed by Cascade and by me.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'windsurf/rules-dir',
      kind: 'repo-path',
      strength: 'strong',
      description: '.windsurf/rules and .windsurf/workflows project folders.',
      globs: ['**/.windsurf/rules/**', '**/.windsurf/workflows/**'],
      source: { tag: 'V', url: 'https://docs.windsurf.com', ref: MEMORIES },
      examples: {
        matches: ['.windsurf/rules/style.md', 'web/.windsurf/workflows/deploy.md'],
        nonMatches: [{ value: '.cursor/rules/style.mdc', reason: 'Cursor\'s rules folder' }],
      },
    },
    {
      id: 'windsurf/windsurfrules',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Legacy .windsurfrules file (also read by Cline and Zed).',
      globs: ['**/.windsurfrules'],
      source: { tag: '3P', url: 'https://github.com/cline/cline/blob/21cb8d2525/docs/customization/cline-rules.mdx', ref: 'legacy file per research §14; read by cline/cline@21cb8d2525 docs/customization/cline-rules.mdx and zed crates/prompt_store/src/prompts.rs' },
      examples: {
        matches: ['.windsurfrules', 'packages/app/.windsurfrules'],
        nonMatches: [{ value: '.cursorrules', reason: 'Cursor\'s legacy rules file' }],
      },
    },
    {
      id: 'windsurf/codeiumignore',
      kind: 'repo-path',
      strength: 'strong',
      description: '.codeiumignore file that hides paths from Windsurf and Codeium.',
      globs: ['**/.codeiumignore'],
      source: { tag: '3P', url: 'https://windsurf.com', ref: 'awesome-agent-conventions' },
      examples: {
        matches: ['.codeiumignore'],
        nonMatches: [{ value: '.gitignore', reason: 'git\'s ignore file' }],
      },
    },
    {
      id: 'windsurf/global-config',
      kind: 'home-path',
      strength: 'strong',
      description: 'Windsurf global rules, MCP config and hooks under ~/.codeium/windsurf.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.codeium/windsurf/memories/global_rules.md', '.codeium/windsurf/mcp_config.json', '.codeium/windsurf/hooks.json'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/tree/55a1d728f', ref: 'installer scripts via code search; surrealdb docs; git-ai-project/git-ai@55a1d728f' },
      examples: {
        matches: ['~/.codeium/windsurf/memories/global_rules.md', '~/.codeium/windsurf/mcp_config.json', '~/.codeium/windsurf/hooks.json'],
        nonMatches: [{ value: '~/.codeium/windsurf/notes.md', reason: 'not a file Windsurf reads' }],
      },
    },
    {
      id: 'windsurf/editor-dirs',
      kind: 'home-path',
      strength: 'strong',
      description: 'Windsurf editor and remote-server extension folders.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.windsurf/extensions', '.windsurf/extensions/**', '.windsurf-server', '.windsurf-server/**'],
      source: { tag: 'V', url: 'https://github.com/osquery/osquery/blob/a5b14f63d/osquery/tables/applications/vscode_extensions.cpp', ref: OSQ },
      examples: {
        matches: ['~/.windsurf/extensions/extensions.json', '~/.windsurf-server/extensions/codeium.windsurf-1.0.0'],
        nonMatches: [{ value: '~/.vscode/extensions/extensions.json', reason: 'VS Code\'s folder' }],
      },
    },
    {
      id: 'windsurf/devin-desktop-dir',
      kind: 'home-path',
      strength: 'strong',
      description: 'Devin Desktop (the June 2026 Windsurf rebrand) extension folder.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.devin/extensions', '.devin/extensions/**'],
      source: { tag: 'V', url: 'https://github.com/osquery/osquery/blob/a5b14f63d/osquery/tables/applications/vscode_extensions.cpp', ref: `${OSQ} comment, commit 7f97ccd4 (2026-07-08)` },
      examples: {
        matches: ['~/.devin/extensions', '~/.devin/extensions/extensions.json'],
        nonMatches: [{ value: '~/.devin-notes/extensions', reason: 'a different folder' }],
      },
    },
    {
      id: 'windsurf/codeium-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Codeium (Windsurf plugin) VS Code extension.',
      editor: 'vscode',
      ids: ['Codeium.codeium'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=Codeium.codeium', ref: 'nix VS Code extension list (publisher codeium, name codeium)' },
      examples: {
        matches: ['Codeium.codeium', 'codeium.codeium'],
        nonMatches: [{ value: 'TabNine.tabnine-vscode', reason: 'Tabnine' }],
      },
    },
    {
      id: 'windsurf/bot-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'windsurf-bot[bot], the GitHub app identity of Windsurf\'s cloud agent, as author or committer.',
      email: githubNoreplyEmail('windsurf-bot[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22windsurf-bot%5Bbot%5D%40users.noreply.github.com%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['windsurf-bot[bot] <189301087+windsurf-bot[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'windsurf-bot <7+windsurf-bot@users.noreply.github.com>', reason: 'a human login without [bot]' }],
      },
    },
    {
      id: 'windsurf/bot-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'A co-author trailer naming windsurf-bot[bot], whatever display name it carries.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('windsurf-bot[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22windsurf-bot%5Bbot%5D%40users.noreply.github.com%22', ref: 'squash merges of the app\'s commits (research §33.6)' },
      examples: {
        matches: ['Co-authored-by: Windsurf <189301087+windsurf-bot[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'Co-authored-by: Surfer <3+surfer@users.noreply.github.com>', reason: 'a human' }],
      },
    },
  ],
});
