/** @fileoverview Goose (Block, now under the AAIF): the open-source CLI and desktop agent. Research §20. */
import { defineAssistant, valueWithEmail, valueWithGithubNoreply } from './define.js';

const CONFIG_DOCS = 'block/goose documentation/docs/guides/config-files.md';
const AIT = 'block/aittributor@f8c4839';

export default defineAssistant({
  id: 'goose',
  name: 'Goose',
  vendor: 'Block',
  providers: ['anthropic', 'openai', 'google', 'local'],
  homepage: 'https://block.github.io/goose',
  signatures: [
    {
      id: 'goose/config-dir',
      kind: 'home-path',
      strength: 'strong',
      description: 'Goose configuration folder (config.yaml, permission.yaml, secrets.yaml, permissions/, prompts/) on macOS and Linux.',
      platforms: ['linux', 'darwin'],
      globs: ['.config/goose', '.config/goose/**'],
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['~/.config/goose/config.yaml', '~/.config/goose/permissions/tool_permissions.json', '~/.config/goose/prompts/system.md'],
        nonMatches: [{ value: '~/.config/goosebumps/config.yaml', reason: 'a different folder' }],
      },
    },
    {
      id: 'goose/config-dir-windows',
      kind: 'home-path',
      strength: 'strong',
      description: 'Goose configuration folder on Windows (%APPDATA%\\Block\\goose\\config).',
      platforms: ['win32'],
      globs: ['AppData/Roaming/Block/goose/config', 'AppData/Roaming/Block/goose/config/**'],
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['~/AppData/Roaming/Block/goose/config/config.yaml'],
        nonMatches: [{ value: '~/AppData/Roaming/Block/other/config.yaml', reason: 'another Block product folder' }],
      },
    },
    {
      id: 'goose/data-dir',
      kind: 'home-path',
      strength: 'strong',
      description: 'Goose data folder: sessions and saved recipes.',
      platforms: ['linux', 'darwin'],
      globs: ['.local/share/goose', '.local/share/goose/**'],
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: `${CONFIG_DOCS} (recipe path example)` },
      examples: {
        matches: ['~/.local/share/goose/sessions/20260801.jsonl', '~/.local/share/goose/recipes/release.yaml'],
        nonMatches: [{ value: '~/.local/share/goose-migrations/001.sql', reason: 'a different folder' }],
      },
    },
    {
      id: 'goose/hints-files',
      kind: 'repo-path',
      strength: 'strong',
      description: '.goosehints context file and .gooseignore ignore file.',
      globs: ['**/.goosehints', '**/.gooseignore'],
      source: { tag: 'V', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'block/goose docs using-goosehints.md, using-gooseignore.md; 3P intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['.goosehints', 'services/api/.goosehints', '.gooseignore'],
        nonMatches: [
          { value: 'docs/goosehints.md', reason: 'not the dot file' },
          { value: 'db/migrations/goose.sql', reason: 'a migration file, not Goose the agent' },
        ],
      },
    },
    {
      id: 'goose/provider-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'GOOSE_PROVIDER, the model provider Goose uses.',
      name: 'GOOSE_PROVIDER',
      source: { tag: 'V', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: `${CONFIG_DOCS}; 3P vercel/detect-agent@3ab1df1 agents.json` },
      examples: {
        matches: ['GOOSE_PROVIDER=anthropic'],
        nonMatches: [{ value: 'GOOSE_DRIVER=postgres', reason: 'the pressly/goose database migration tool, not the agent' }],
      },
    },
    {
      id: 'goose/model-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'GOOSE_MODEL, the model Goose uses.',
      name: 'GOOSE_MODEL',
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['GOOSE_MODEL=claude-sonnet-4-6'],
        nonMatches: [{ value: 'GOOSE_DBSTRING=postgres://localhost/app', reason: 'the pressly/goose database migration tool' }],
      },
    },
    {
      id: 'goose/mode-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'GOOSE_MODE, Goose\'s approval mode.',
      name: 'GOOSE_MODE',
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['GOOSE_MODE=auto'],
        nonMatches: [{ value: 'GOOSE_MIGRATION_DIR=./db', reason: 'the pressly/goose database migration tool' }],
      },
    },
    {
      id: 'goose/allowlist-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'GOOSE_ALLOWLIST, the URL of an enterprise extension allowlist for Goose.',
      name: 'GOOSE_ALLOWLIST',
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['GOOSE_ALLOWLIST=https://example.internal/goose-allowlist.yaml'],
        nonMatches: [{ value: 'ALLOWLIST=https://example.internal/list.yaml', reason: 'not a Goose variable' }],
      },
    },
    {
      id: 'goose/disable-keyring-env',
      kind: 'env-var',
      strength: 'strong',
      description: 'GOOSE_DISABLE_KEYRING, which makes Goose keep secrets in a file.',
      name: 'GOOSE_DISABLE_KEYRING',
      source: { tag: 'V', url: 'https://github.com/block/goose/blob/HEAD/documentation/docs/guides/config-files.md', ref: CONFIG_DOCS },
      examples: {
        matches: ['GOOSE_DISABLE_KEYRING=1'],
        nonMatches: [{ value: 'DISABLE_KEYRING=1', reason: 'not a Goose variable' }],
      },
    },
    {
      id: 'goose/desktop-process',
      kind: 'process',
      strength: 'weak',
      description: 'A process running from the Goose.app bundle (com.block.goose) on macOS; known from a detector lead only.',
      pattern: /\/Goose\.app\/Contents\//,
      source: { tag: '3P', url: 'https://github.com/block/aittributor/blob/f8c4839/src/agent.rs', ref: 'ronaldbradford/aiapp-scanner scanner_config.json (bundle com.block.goose); block/aittributor@f8c4839 src/agent.rs' },
      examples: {
        matches: ['/Applications/Goose.app/Contents/MacOS/Goose /Applications/Goose.app/Contents/MacOS/Goose'],
        nonMatches: [
          { value: '/usr/local/bin/goose goose postgres up', reason: 'the bare `goose` name also belongs to a database migration tool' },
          { value: '/Applications/Mongoose.app/Contents/MacOS/Mongoose', reason: 'a different app whose name ends in goose' },
        ],
      },
    },
    {
      id: 'goose/aaif-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Co-authored-by trailer for the aaif-goose GitHub identity (seen in code search; not confirmed as a default).',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('aaif-goose'),
      source: { tag: '3P', url: 'https://github.com/search?type=commits&q=%22271095942%2Baaif-goose%40users.noreply.github.com%22', ref: 'code-search hits (271095942+aaif-goose); unconfirmed as a default' },
      examples: {
        matches: [
          'Co-authored-by: goose <271095942+aaif-goose@users.noreply.github.com>',
          'CO-AUTHORED-BY: goose <271095942+aaif-goose@users.noreply.github.com>',
          'Add recipe loader (#88)\n\n* Add loader\n\n* Fix lint\n\n---------\n\nCo-authored-by: goose <271095942+aaif-goose@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: goose <12345+goose-fan@users.noreply.github.com>', reason: 'a human login, matched by email not name' },
          { value: 'Ran goose on this; see aaif-goose@users.noreply.github.com.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'goose/aittributor-trailer',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Co-authored-by: Goose <opensource@block.xyz>, written by the block/aittributor hook (not by Goose itself).',
      keys: ['co-authored-by'],
      value: valueWithEmail('opensource@block.xyz'),
      source: { tag: 'V', url: 'https://github.com/block/aittributor/blob/f8c4839/README.md', ref: `${AIT} README.md, src/agent.rs (research §33.8: hook-chosen email, weight lower)` },
      examples: {
        matches: ['Co-authored-by: Goose <opensource@block.xyz>', 'co-authored-by: Goose <OpenSource@Block.xyz>'],
        nonMatches: [
          { value: 'Co-authored-by: Jack Example <jack@block.xyz>', reason: 'a human at block.xyz, a shared domain' },
          { value: 'Co-authored-by: Goose <noreply@anthropic.com>', reason: 'Anthropic\'s address; the display name is not matched (§33.4)' },
        ],
      },
    },
    {
      id: 'goose/cli-command',
      kind: 'command',
      strength: 'weak',
      description: "`goose` started in a terminal: Block's goose CLI, but pressly/goose database migrations use the same name.",
      programs: ['goose'],
      source: { tag: '3P', url: 'https://block.github.io/goose', ref: 'research/signatures.md goose CLI (goose name weak)' },
      examples: {
        matches: ['goose session'],
        nonMatches: [{ value: 'mongoose --version', reason: 'a different program' }],
      },
    },
  ],
});
