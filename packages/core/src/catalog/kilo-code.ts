/** @fileoverview Kilo Code: VS Code extension, Kilo CLI and the kiloconnect GitHub App. Research §12, §31. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const RULES_DOC = 'kilo.ai/docs custom-rules';
const RULER = '3P intellectronica/ruler@0fa2cae README.md';

export default defineAssistant({
  id: 'kilo-code',
  name: 'Kilo Code',
  vendor: 'Kilo Code',
  providers: ['anthropic', 'openai', 'google', 'deepseek', 'mistral', 'xai', 'alibaba', 'moonshot', 'zhipu', 'amazon', 'local'],
  homepage: 'https://kilo.ai',
  signatures: [
    {
      id: 'kilo-code/kiloconnect-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for the kiloconnect[bot] GitHub App.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('kiloconnect[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22240665456%2Bkiloconnect%5Bbot%5D%40users.noreply.github.com%22', ref: '1 trailer in mirrored repos (research §12)' },
      examples: {
        matches: [
          'Co-authored-by: kiloconnect[bot] <240665456+kiloconnect[bot]@users.noreply.github.com>',
          'CO-AUTHORED-by: kiloconnect[bot] <240665456+KiloConnect[bot]@users.noreply.github.com>',
          'Add retry to uploads (#88)\n\n* Add retry\n\n* Tests\n\n---------\n\nCo-authored-by: kiloconnect[bot] <240665456+kiloconnect[bot]@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: kilo-dev <31+kilo-dev@users.noreply.github.com>', reason: 'a human login' },
          { value: 'Compared Kilo Code and Cline on this task before merging.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'kilo-code/kiloconnect-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Commits authored by the kiloconnect[bot] GitHub App.',
      email: githubNoreplyEmail('kiloconnect[bot]'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22240665456%2Bkiloconnect%5Bbot%5D%40users.noreply.github.com%22', ref: '1 trailer in mirrored repos (research §12)' },
      examples: {
        matches: ['kiloconnect[bot] <240665456+kiloconnect[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'kiloconnect <12+kiloconnect@users.noreply.github.com>', reason: 'a human login without [bot]' }],
      },
    },
    {
      id: 'kilo-code/rules',
      kind: 'repo-path',
      strength: 'strong',
      description: '.kilocode/rules and per-mode rules folders, .kilocodemodes and the legacy .kilocoderules.',
      globs: ['**/.kilocode/rules/**', '**/.kilocode/rules-*/**', '**/.kilocodemodes', '**/.kilocoderules'],
      source: { tag: 'V', url: 'https://kilo.ai/docs', ref: `${RULES_DOC}, custom-modes` },
      examples: {
        matches: ['.kilocode/rules/formatting.md', '.kilocode/rules-code/tests.md', '.kilocodemodes', '.kilocoderules'],
        nonMatches: [
          { value: '.roorules', reason: 'Roo\'s legacy rules file, though Kilo reads it too' },
          { value: 'docs/kilocode/rules.md', reason: 'not a dot folder' },
        ],
      },
    },
    {
      id: 'kilo-code/mcp-config',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Kilo Code project MCP config.',
      globs: ['**/.kilocode/mcp.json'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: RULER },
      examples: {
        matches: ['.kilocode/mcp.json'],
        nonMatches: [{ value: '.mcp.json', reason: 'the shared MCP file many tools read' }],
      },
    },
    {
      id: 'kilo-code/global-rules',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.kilocode/rules global rules folder.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.kilocode/rules', '.kilocode/rules/**'],
      source: { tag: 'V', url: 'https://kilo.ai/docs', ref: RULES_DOC },
      examples: {
        matches: ['~/.kilocode/rules', '~/.kilocode/rules/global.md'],
        nonMatches: [{ value: '~/.kilo/rules/global.md', reason: 'a different folder' }],
      },
    },
    {
      id: 'kilo-code/process',
      kind: 'process',
      strength: 'strong',
      description: 'Kilo CLI running from its npm package (the bare `kilo` name is too generic).',
      pattern: /@kilocode[/\\]cli[/\\]/i,
      source: { tag: 'V', url: 'https://kilo.ai/docs/cli', ref: 'kilo.ai/docs/cli (npm @kilocode/cli, command kilo)' },
      examples: {
        matches: ['/usr/bin/node node /usr/lib/node_modules/@kilocode/cli/bin/kilo run'],
        nonMatches: [{ value: '/usr/bin/kilo kilo notes.txt', reason: 'kilo is also a small text editor; a bare name is too generic' }],
      },
    },
    {
      id: 'kilo-code/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'Kilo Code VS Code extension.',
      editor: 'vscode',
      ids: ['kilocode.Kilo-Code'],
      source: { tag: '3P', url: 'https://marketplace.visualstudio.com/items?itemName=kilocode.Kilo-Code', ref: 'READMEs and nix package (itemName=kilocode.Kilo-Code)' },
      examples: {
        matches: ['kilocode.Kilo-Code', 'kilocode.kilo-code'],
        nonMatches: [{ value: 'RooVeterinaryInc.roo-cline', reason: 'Roo Code, which Kilo forked' }],
      },
    },
    {
      id: 'kilo-code/npm-package',
      kind: 'package',
      strength: 'strong',
      description: 'The Kilo CLI npm package.',
      ecosystem: 'npm',
      names: ['@kilocode/cli'],
      source: { tag: 'V', url: 'https://kilo.ai/docs/cli', ref: 'kilo.ai/docs/cli' },
      examples: {
        matches: ['npm:@kilocode/cli'],
        nonMatches: [{ value: 'npm:kilo', reason: 'an unrelated package' }],
      },
    },
    {
      id: 'kilo-code/cli-command',
      kind: 'command',
      strength: 'strong',
      description: 'The Kilo Code CLI started through a package runner (`npx @kilocode/cli`).',
      programs: [],
      packages: ['@kilocode/cli'],
      source: { tag: 'V', url: 'https://github.com/Kilo-Org/kilocode', ref: 'Kilo-Org/kilocode CLI package @kilocode/cli' },
      examples: {
        matches: ['npx @kilocode/cli'],
        nonMatches: [{ value: 'npx kilo', reason: 'another package' }],
      },
    },
  ],
});
