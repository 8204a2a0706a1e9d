/** @fileoverview Cline: VS Code extension, JetBrains plugin, CLI and Cline cloud. Research §10, §31. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const CLINE = 'cline/cline@21cb8d2525';
const RULES_DOC = `${CLINE} docs/customization/cline-rules.mdx`;

export default defineAssistant({
  id: 'cline',
  name: 'Cline',
  vendor: 'Cline',
  providers: ['anthropic', 'openai', 'google', 'deepseek', 'mistral', 'xai', 'alibaba', 'moonshot', 'zhipu', 'amazon', 'local'],
  homepage: 'https://cline.bot',
  signatures: [
    {
      id: 'cline/cloud-bot-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Cline cloud commits as the cline-cloud[bot] GitHub App.',
      email: githubNoreplyEmail('cline-cloud[bot]'),
      source: { tag: 'O', url: 'https://github.com/cline/cline/tree/21cb8d2525', ref: `${CLINE} e7ba9323` },
      examples: {
        matches: ['cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>', 'Cline <cline-cloud[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'cline-cloud <9876+cline-cloud@users.noreply.github.com>', reason: 'a human login without the [bot] suffix' },
          { value: 'cline-cloud[bot] <jane@example.com>', reason: 'the display name alone proves nothing (§33.4)' },
          { value: 'Cline <cline@example.com>', reason: 'a placeholder test identity seen in real histories (§33.10)' },
        ],
      },
    },
    {
      id: 'cline/cloud-bot-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for cline-cloud[bot], left when its commits are squash-merged.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('cline-cloud[bot]'),
      source: { tag: 'O', url: 'https://github.com/cline/cline/tree/21cb8d2525', ref: `${CLINE} e7ba9323; squash-merge co-author copying per research §33.6` },
      examples: {
        matches: [
          'Co-authored-by: cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>',
          'CO-AUTHORED-BY: cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>',
          'Fix the diff view (#4210)\n\n* Fix the diff view\n\n* Address review\n\n---------\n\nCo-authored-by: cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Saoud Rizwan <7799382+saoudrizwan@users.noreply.github.com>', reason: 'a human contributor' },
          { value: 'Tried Cline for this refactor, then rewrote it by hand.', reason: 'prose that names Cline, not a trailer' },
          { value: 'Reviewed-by: cline-cloud[bot] <276134852+cline-cloud[bot]@users.noreply.github.com>', reason: 'a different trailer key' },
        ],
      },
    },
    {
      id: 'cline/bot-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'cline[bot] GitHub App (id 205137888), known only from a third-party detector list.',
      email: githubNoreplyEmail('cline[bot]'),
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go (only source)' },
      examples: {
        matches: ['cline[bot] <205137888+cline[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'cline-fan <42+cline-fan@users.noreply.github.com>', reason: 'a human login' }],
      },
    },
    {
      id: 'cline/clinerules',
      kind: 'repo-path',
      strength: 'strong',
      description: '.clinerules file or folder (rules and workflows) and .clineignore (.clinerules is also read by Roo, Kilo and Zed).',
      globs: ['**/.clinerules', '**/.clinerules/**', '**/.clineignore'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/docs/customization/cline-rules.mdx', ref: `${RULES_DOC}; ${CLINE} docs/customization/clineignore.mdx` },
      examples: {
        matches: ['.clinerules', '.clinerules/01-style.md', '.clinerules/workflows/release.md', 'web/.clineignore'],
        nonMatches: [
          { value: '.cursorrules', reason: 'Cursor\'s rules file, though Cline reads it too' },
          { value: 'docs/clinerules.md', reason: 'not a dot file' },
        ],
      },
    },
    {
      id: 'cline/global-rules',
      kind: 'home-path',
      strength: 'strong',
      description: 'Cline global rules folder in Documents (fallback ~/Cline/Rules).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['Documents/Cline/Rules', 'Documents/Cline/Rules/**', 'Cline/Rules', 'Cline/Rules/**'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/docs/customization/cline-rules.mdx', ref: RULES_DOC },
      examples: {
        matches: ['~/Documents/Cline/Rules', '~/Documents/Cline/Rules/python.md', '~/Cline/Rules/team.md'],
        nonMatches: [{ value: '~/Documents/Cline/notes.txt', reason: 'not the rules folder' }],
      },
    },
    {
      id: 'cline/data-dir',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.cline folder of the Cline CLI and SDK (data, sessions).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.cline', '.cline/**'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/src/commands/config.ts', ref: `${CLINE} apps/cli/src/commands/config.ts, program.ts` },
      examples: {
        matches: ['~/.cline', '~/.cline/data/tasks/1750000000/api_conversation_history.json'],
        nonMatches: [{ value: '~/.clinerules-backup', reason: 'a different name' }],
      },
    },
    {
      id: 'cline/extension-storage',
      kind: 'home-path',
      strength: 'strong',
      description: 'Cline extension state in a VS Code-family editor\'s globalStorage.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['**/User/globalStorage/saoudrizwan.claude-dev', '**/User/globalStorage/saoudrizwan.claude-dev/**'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/src/mdm/agents/cline.rs', ref: 'git-ai-project/git-ai@55a1d728f src/mdm/agents/cline.rs' },
      examples: {
        matches: [
          '~/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json',
          '~/Library/Application Support/Cursor/User/globalStorage/saoudrizwan.claude-dev',
          '~/AppData/Roaming/Code/User/globalStorage/saoudrizwan.claude-dev/tasks',
        ],
        nonMatches: [{ value: '~/.config/Code/User/globalStorage/anthropic.claude-code/state.json', reason: 'Claude Code\'s storage' }],
      },
    },
    {
      id: 'cline/process',
      kind: 'process',
      strength: 'strong',
      description: 'Cline CLI running from its npm package or a cline launcher (matched by path).',
      pattern: /(?:@cline[/\\]cli[/\\]|^\S*[/\\]cline(?:\.exe|\.cmd)?\s|\snode(?:\.exe)?\s+\S*[/\\]bin[/\\]cline(?:\s|$))/i,
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/package.json', ref: `${CLINE} apps/cli/package.json (bin cline)` },
      examples: {
        matches: [
          '/usr/bin/node node /usr/lib/node_modules/@cline/cli/dist/cli.mjs task "fix tests"',
          '/usr/bin/node node /usr/local/bin/cline',
          '/home/ana/.npm-global/bin/cline cline auth',
        ],
        nonMatches: [
          { value: '/usr/bin/git git -C /src/cline status', reason: 'a folder named cline, not the program' },
          { value: '/usr/bin/vim vim .clinerules', reason: 'editing a rules file is not running the tool' },
        ],
      },
    },
    {
      id: 'cline/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Cline VS Code extension (historic id claude-dev).',
      editor: 'vscode',
      ids: ['saoudrizwan.claude-dev'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/vscode/package.json', ref: `${CLINE} apps/vscode/package.json` },
      examples: {
        matches: ['saoudrizwan.claude-dev', 'SaoudRizwan.Claude-Dev'],
        nonMatches: [{ value: 'anthropic.claude-code', reason: 'Claude Code, a different assistant' }],
      },
    },
    {
      id: 'cline/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'The Cline CLI npm package.',
      ecosystem: 'npm',
      names: ['@cline/cli'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/package.json', ref: `${CLINE} apps/cli/package.json` },
      examples: {
        matches: ['npm:@cline/cli'],
        nonMatches: [{ value: 'npm:cli', reason: 'an unrelated package' }],
      },
    },
    {
      id: 'cline/binary',
      kind: 'package',
      strength: 'strong',
      description: 'The cline command on PATH.',
      ecosystem: 'binary',
      names: ['cline', 'cline.cmd', 'cline.exe'],
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/package.json', ref: `${CLINE} apps/cli/package.json (bin cline)` },
      examples: {
        matches: ['binary:cline', 'binary:cline.cmd'],
        nonMatches: [{ value: 'binary:clinfo', reason: 'the OpenCL info tool' }],
      },
    },
    {
      id: 'cline/active-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CLINE_ACTIVE=true, set in the terminals Cline spawns.',
      name: 'CLINE_ACTIVE',
      value: /^true$/i,
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/vscode/src/hosts/vscode/terminal/VscodeTerminalRegistry.ts', ref: `${CLINE} apps/vscode/src/hosts/vscode/terminal/VscodeTerminalRegistry.ts; 3P vercel/detect-agent@3ab1df1 agents.json` },
      examples: {
        matches: ['CLINE_ACTIVE=true'],
        nonMatches: [{ value: 'CLINE_ACTIVE=false', reason: 'explicitly off' }],
      },
    },
    {
      id: 'cline/dir-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CLINE_DIR, overriding where the Cline CLI keeps its data.',
      name: 'CLINE_DIR',
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/src/commands/config.ts', ref: `${CLINE} apps/cli/src/commands/config.ts, program.ts` },
      examples: {
        matches: ['CLINE_DIR=/srv/cline'],
        nonMatches: [{ value: 'CLINE_DIRECTORY=/srv', reason: 'a different variable' }],
      },
    },
    {
      id: 'cline/data-dir-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'CLINE_DATA_DIR, overriding the Cline CLI data folder.',
      name: 'CLINE_DATA_DIR',
      source: { tag: 'V', url: 'https://github.com/cline/cline/blob/21cb8d2525/apps/cli/src/commands/config.ts', ref: `${CLINE} apps/cli/src/commands/config.ts, program.ts` },
      examples: {
        matches: ['CLINE_DATA_DIR=/tmp/cline-data'],
        nonMatches: [{ value: 'XDG_DATA_DIR=/tmp', reason: 'not a Cline variable' }],
      },
    },
    {
      id: 'cline/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'The Cline CLI started in a terminal (`cline`, or `npx @cline/cli`).',
      programs: ['cline'],
      packages: ['@cline/cli'],
      source: { tag: 'V', url: 'https://github.com/cline/cline', ref: 'cline/cline CLI package @cline/cli, binary cline' },
      examples: {
        matches: ['cline', 'npx @cline/cli'],
        nonMatches: [{ value: 'incline', reason: 'a different program' }],
      },
    },
  ],
});
