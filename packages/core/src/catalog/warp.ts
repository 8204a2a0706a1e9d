/** @fileoverview Warp: the terminal's built-in agent and the Oz cloud agent. Research §29. */
import { defineAssistant, valueWithEmail } from './define.js';

const CC = 'anthropics/claude-code';

export default defineAssistant({
  id: 'warp',
  name: 'Warp',
  vendor: 'Warp',
  providers: ['warp', 'anthropic', 'openai', 'google'],
  homepage: 'https://www.warp.dev',
  signatures: [
    {
      id: 'warp/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By: Warp <agent@warp.dev> trailer from Warp\'s agent.',
      keys: ['co-authored-by'],
      value: valueWithEmail('agent@warp.dev'),
      source: { tag: 'O', url: 'https://github.com/anthropics/claude-code/commit/baae8786', ref: `${CC} baae8786, d4e3b695; widely in repo guidance (code search)` },
      examples: {
        matches: [
          'Co-Authored-By: Warp <agent@warp.dev>',
          'co-authored-by: Warp <Agent@Warp.dev>',
          'Speed up startup (#5123)\n\n* Lazy-load plugins\n\n---------\n\nCo-Authored-By: Warp <agent@warp.dev>',
        ],
        nonMatches: [
          { value: 'Co-Authored-By: Zach Example <zach@warp.dev>', reason: 'a human at warp.dev' },
          { value: 'Co-Authored-By: Warp <secret-agent@warp.dev>', reason: 'a different address' },
          { value: 'Drafted in Warp, see agent@warp.dev docs.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'warp/oz-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By: Oz <oz-agent@warp.dev> trailer from Warp\'s Oz cloud agent.',
      keys: ['co-authored-by'],
      value: valueWithEmail('oz-agent@warp.dev'),
      source: { tag: 'O', url: 'https://github.com/anthropics/claude-code/commit/d4e3b695', ref: `${CC} d4e3b695` },
      examples: {
        matches: ['Co-Authored-By: Oz <oz-agent@warp.dev>', 'Tidy (#9)\n\n* a\n\nCO-AUTHORED-BY: Oz <oz-agent@warp.dev>'],
        nonMatches: [{ value: 'Co-Authored-By: Oz Example <oz@warp.dev>', reason: 'a human at warp.dev' }],
      },
    },
    {
      id: 'warp/context-file',
      kind: 'repo-path',
      strength: 'strong',
      description: 'WARP.md project rules file.',
      globs: ['**/WARP.md'],
      source: { tag: '3P', url: 'https://github.com/intellectronica/ruler/blob/0fa2cae/README.md', ref: 'intellectronica/ruler@0fa2cae README.md' },
      examples: {
        matches: ['WARP.md', 'services/WARP.md'],
        nonMatches: [{ value: 'docs/warp.md', reason: 'lower-case page about warp, not the rules file' }],
      },
    },
    {
      id: 'warp/app-process',
      kind: 'process',
      strength: 'weak',
      description: 'A process running from the Warp.app bundle (dev.warp.Warp-Stable); the terminal itself, known from a detector lead.',
      pattern: /\/Warp\.app\/Contents\//,
      source: { tag: '3P', url: 'https://github.com/ronaldbradford/aiapp-scanner', ref: 'ronaldbradford/aiapp-scanner scanner_config.json (bundle dev.warp.Warp-Stable)' },
      examples: {
        matches: ['/Applications/Warp.app/Contents/MacOS/stable /Applications/Warp.app/Contents/MacOS/stable'],
        nonMatches: [{ value: '/usr/bin/warp-cli warp-cli status', reason: 'Cloudflare WARP client, not the terminal' }],
      },
    },
    {
      id: 'warp/oz-footer',
      kind: 'commit-marker',
      strength: 'strong',
      description: '"generated with [Oz](https://warp.dev/oz)", the footer Warp\'s Oz agent puts in pull requests (kept by squash merges).',
      pattern: /generated with \[Oz\]\(https:\/\/(?:www\.)?warp\.dev\/oz/i,
      source: { tag: 'O', url: 'https://github.com/warpdotdev/warp/issues/10956', ref: 'warpdotdev/warp issues 9215, 10956 (Oz attribution forced on)' },
      examples: {
        matches: ['_This PR was generated with [Oz](https://warp.dev/oz)._', 'Add x (#4)\n\nGenerated with [Oz](https://www.warp.dev/oz)'],
        nonMatches: [{ value: 'The Wizard of Oz theme', reason: 'prose' }],
      },
    },
  ],
});
