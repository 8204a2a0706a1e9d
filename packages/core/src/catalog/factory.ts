/** @fileoverview Factory: the Droid agents (CLI and the factory-droid[bot] GitHub App). Research §28. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const GEM = 'google-gemini/gemini-cli';
const RULER = 'intellectronica/ruler@0fa2cae README.md';
const GITAI = 'git-ai-project/git-ai@55a1d728f src/mdm/agents/droid.rs';

export default defineAssistant({
  id: 'factory',
  name: 'Factory Droid',
  vendor: 'Factory',
  providers: ['factory', 'anthropic', 'openai'],
  homepage: 'https://factory.ai',
  signatures: [
    {
      id: 'factory/bot-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for factory-droid[bot] (138933559).',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('factory-droid[bot]'),
      source: { tag: 'O', url: 'https://github.com/google-gemini/gemini-cli/commit/92abff7c', ref: `${GEM} 92abff7c; many repos via code search` },
      examples: {
        matches: [
          'Co-authored-by: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>',
          'CO-AUTHORED-BY: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>',
          'Fix race in cache (#77)\n\n* Lock writes\n\n---------\n\nCo-authored-by: factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: droid-fan <5+droid-fan@users.noreply.github.com>', reason: 'a human login' },
          { value: 'Asked factory-droid[bot] to fix the race.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'factory/bot-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'factory-droid[bot] as author or committer.',
      email: githubNoreplyEmail('factory-droid[bot]'),
      source: { tag: 'O', url: 'https://github.com/google-gemini/gemini-cli/commit/92abff7c', ref: `${GEM} 92abff7c (research summary: bot identity 138933559)` },
      examples: {
        matches: ['factory-droid[bot] <138933559+factory-droid[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'Droid Dev <droid@factory.ai>', reason: 'a human at factory.ai' }],
      },
    },
    {
      id: 'factory/home-dir',
      kind: 'home-path',
      strength: 'strong',
      description: '~/.factory folder: settings.json and sessions.',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.factory', '.factory/**'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/src/mdm/agents/droid.rs', ref: GITAI },
      examples: {
        matches: ['~/.factory/settings.json', '~/.factory/sessions/abc.jsonl'],
        nonMatches: [{ value: '~/.factorio/config.ini', reason: 'a game\'s folder' }],
      },
    },
    {
      id: 'factory/repo-files',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Factory project MCP config and skills (.factory/mcp.json, .factory/skills/).',
      globs: ['**/.factory/mcp.json', '**/.factory/skills/**'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: RULER },
      examples: {
        matches: ['.factory/mcp.json', '.factory/skills/deploy/SKILL.md'],
        nonMatches: [
          { value: 'src/factory/mcp.json', reason: 'not the dot folder (factory is a common code word)' },
          { value: 'AGENTS.md', reason: 'Droid reads it, but it is shared (any-agent)' },
        ],
      },
    },
    {
      id: 'factory/droid-binary',
      kind: 'package',
      strength: 'weak',
      description: 'droid binary on PATH (a generic name).',
      ecosystem: 'binary',
      names: ['droid'],
      source: { tag: '3P', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/src/mdm/agents/droid.rs', ref: GITAI },
      examples: {
        matches: ['binary:droid'],
        nonMatches: [{ value: 'binary:android', reason: 'a different binary' }],
      },
    },
    {
      id: 'factory/cli-command',
      kind: 'command',
      strength: 'weak',
      description: "`droid` started in a terminal: Factory's CLI, but `droid` is a generic program name.",
      programs: ['droid'],
      source: { tag: '3P', url: 'https://factory.ai', ref: 'research/signatures.md Factory binary droid (3P gitai)' },
      examples: {
        matches: ['droid'],
        nonMatches: [{ value: 'android', reason: 'a different program' }],
      },
    },
  ],
});
