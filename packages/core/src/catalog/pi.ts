/** @fileoverview Pi coding agent: a minimal terminal agent that keeps its state in ~/.pi/agent. Research §30. */
import { defineAssistant, exactEmail, valueWithEmail } from './define.js';

const LEADS = 'block/aittributor@f8c4839 src/agent.rs; vercel/detect-agent@3ab1df1 agents.json';

export default defineAssistant({
  id: 'pi',
  name: 'Pi coding agent',
  vendor: 'Mario Zechner (pi-mono)',
  providers: ['anthropic', 'openai', 'google', 'local'],
  homepage: 'https://github.com/badlogic/pi-mono',
  signatures: [
    {
      id: 'pi/sessions',
      kind: 'home-path',
      strength: 'weak',
      description: 'Pi agent session logs in ~/.pi/agent/sessions/ (known from detector leads only).',
      platforms: ['linux', 'darwin', 'win32'],
      globs: ['.pi/agent/sessions/*.jsonl', '.pi/agent/sessions/**/*.jsonl'],
      source: { tag: '3P', url: 'https://github.com/block/aittributor/blob/f8c4839/src/agent.rs', ref: LEADS },
      examples: {
        matches: ['~/.pi/agent/sessions/2026-08-01.jsonl', '~/.pi/agent/sessions/--work-app--/1.jsonl'],
        nonMatches: [{ value: '~/.pi/config.json', reason: 'outside the agent folder (pi is a generic name)' }],
      },
    },
    {
      id: 'pi/path-env',
      kind: 'env-var',
      strength: 'weak',
      description: 'PATH containing the .pi/agent folder, as in shells Pi starts (known from detector leads only).',
      name: 'PATH',
      value: /(?:^|[:;])[^:;]*[/\\]\.pi[/\\]agent(?:[/\\:;]|$)/,
      source: { tag: '3P', url: 'https://github.com/block/aittributor/blob/f8c4839/src/agent.rs', ref: LEADS },
      examples: {
        matches: ['PATH=/home/ana/.pi/agent/bin:/usr/local/bin:/usr/bin', 'PATH=/usr/bin:/home/ana/.pi/agent'],
        nonMatches: [
          { value: 'PATH=/usr/local/bin:/usr/bin', reason: 'an ordinary PATH' },
          { value: 'PATH=/home/ana/.pi/bin:/usr/bin', reason: 'a .pi folder that is not the agent\'s' },
        ],
      },
    },
    {
      id: 'pi/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by: Pi <noreply@pi.dev>, the trailer Pi writes.',
      keys: ['co-authored-by'],
      value: valueWithEmail('noreply@pi.dev'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22noreply%40pi.dev%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: {
        matches: ['Co-authored-by: Pi <noreply@pi.dev>', 'Fix\n\nCo-Authored-By: pi <NOREPLY@pi.dev>'],
        nonMatches: [{ value: 'Co-authored-by: Mario <mario@pi.dev>', reason: 'a human at pi.dev' }],
      },
    },
    {
      id: 'pi/identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Pi <noreply@pi.dev> as author or committer.',
      email: exactEmail('noreply@pi.dev'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22noreply%40pi.dev%22', ref: 'commits in public repositories (research/signatures-update.md)' },
      examples: { matches: ['Pi <noreply@pi.dev>'], nonMatches: [{ value: 'Pi Fan <pi@example.org>', reason: 'a person whose name is Pi' }] },
    },
  ],
});
