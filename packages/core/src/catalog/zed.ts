/**
 * @fileoverview Zed: the editor and its built-in agent. Research §23.
 * Co-authored-by trailers with @zed.dev addresses are Zed staff (humans), never AI evidence; see any-agent's examples.
 */
import { defineAssistant } from './define.js';

const RULER = 'intellectronica/ruler@0fa2cae README.md';

export default defineAssistant({
  id: 'zed',
  name: 'Zed',
  vendor: 'Zed Industries',
  providers: ['anthropic', 'openai', 'google', 'local'],
  homepage: 'https://zed.dev',
  signatures: [
    {
      id: 'zed/rules-file',
      kind: 'repo-path',
      strength: 'strong',
      description: '.rules, the agent rules file only Zed reads first (its other rules files are shared).',
      globs: ['**/.rules'],
      source: { tag: 'V', url: 'https://github.com/zed-industries/zed/blob/HEAD/crates/prompt_store/src/prompts.rs', ref: 'zed-industries/zed crates/prompt_store/src/prompts.rs RULES_FILE_NAMES (via code search)' },
      examples: {
        matches: ['.rules', 'crates/app/.rules'],
        nonMatches: [
          { value: '.cursorrules', reason: 'Cursor\'s file, which Zed also reads' },
          { value: 'firestore.rules', reason: 'Firebase security rules, not the agent rules file' },
        ],
      },
    },
    {
      id: 'zed/project-settings',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Zed project settings (.zed/settings.json).',
      globs: ['**/.zed/settings.json'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: RULER },
      examples: {
        matches: ['.zed/settings.json', 'web/.zed/settings.json'],
        nonMatches: [{ value: 'docs/zed/settings.json', reason: 'not the dot folder' }],
      },
    },
    {
      id: 'zed/user-settings',
      kind: 'home-path',
      strength: 'weak',
      description: 'Zed user settings (~/.config/zed/settings.json); location unconfirmed.',
      platforms: ['linux', 'darwin'],
      globs: ['.config/zed/settings.json'],
      source: { tag: '3P', url: 'https://zed.dev', ref: 'research §23 user settings row (unconfirmed)' },
      examples: {
        matches: ['~/.config/zed/settings.json'],
        nonMatches: [{ value: '~/.config/zeditor/settings.json', reason: 'a different folder' }],
      },
    },
    {
      id: 'zed/app-process',
      kind: 'process',
      strength: 'weak',
      description: 'A process running from the Zed.app bundle (dev.zed.Zed) on macOS; known from a detector lead only.',
      pattern: /\/Zed\.app\/Contents\//,
      source: { tag: '3P', url: 'https://github.com/ronaldbradford/aiapp-scanner', ref: 'ronaldbradford/aiapp-scanner scanner_config.json (bundle dev.zed.Zed)' },
      examples: {
        matches: ['/Applications/Zed.app/Contents/MacOS/zed /Applications/Zed.app/Contents/MacOS/zed'],
        nonMatches: [{ value: '/usr/local/bin/zed zed .', reason: 'the bare `zed` name is too generic' }],
      },
    },
  ],
});
