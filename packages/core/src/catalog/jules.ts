/** @fileoverview Google Jules: the asynchronous coding agent that commits as google-labs-jules[bot]. Research §8. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const GEM = 'google-gemini/gemini-cli';

export default defineAssistant({
  id: 'jules',
  name: 'Jules',
  vendor: 'Google',
  providers: ['google'],
  homepage: 'https://jules.google',
  signatures: [
    {
      id: 'jules/identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Jules authors and commits as google-labs-jules[bot] (161369871).',
      email: githubNoreplyEmail('google-labs-jules[bot]'),
      name: /^google-labs-jules\[bot\]$/i,
      source: { tag: 'O', url: 'https://github.com/google-gemini/gemini-cli/commit/d6e648f2', ref: `${GEM} d6e648f2 (267 author rows across mirrors)` },
      examples: {
        matches: ['google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Jules Verne <jules@example.org>', reason: 'a human named Jules' },
          { value: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>', reason: 'the Actions bot, not AI authorship' },
        ],
      },
    },
    {
      id: 'jules/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for google-labs-jules[bot], left when its pull requests are squash-merged.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('google-labs-jules[bot]'),
      source: { tag: 'O', url: 'https://github.com/google-gemini/gemini-cli/commit/d6e648f2', ref: `${GEM} d6e648f2 (125 trailers)` },
      examples: {
        matches: [
          'Co-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>',
          'Refactor config loader (#2210)\n\n* Refactor loader\n\n* Address review\n\n---------\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: octocat <583231+octocat@users.noreply.github.com>', reason: 'the human requester Jules credits' },
          { value: 'Co-authored-by: Jules Roe <jules@google.com>', reason: 'a human at google.com' },
          { value: 'Asked Jules to write the tests.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'jules/branch',
      kind: 'branch',
      strength: 'strong',
      description: 'jules-<numeric session id>-<8 hex> branch Jules pushes.',
      pattern: /^jules-\d{16,20}-[0-9a-f]{8}$/,
      source: { tag: 'O', url: 'https://github.com/Hiroki-org/jules-extension', ref: 'Hiroki-org/jules-extension refs (e.g. jules-10819364073168121538-df3264cb)' },
      examples: {
        matches: ['jules-10819364073168121538-df3264cb', 'refs/remotes/origin/jules-10819364073168121538-df3264cb'],
        nonMatches: [
          { value: 'jules-fix-login', reason: 'a human branch without the session id' },
          { value: 'feature/jules-10819364073168121538-df3264cb', reason: 'not at the start of the branch name' },
        ],
      },
    },
    {
      id: 'jules/other-bot-identity',
      kind: 'commit-identity',
      strength: 'weak',
      description: 'jules-fleet[bot], a Jules identity known only from a detector lead.',
      email: githubNoreplyEmail('jules-fleet[bot]'),
      source: { tag: '3P', url: 'https://github.com/search?type=commits&q=%22jules-fleet%5Bbot%5D%40users.noreply.github.com%22', ref: 'research §8 other identities (3P detector lead only, unconfirmed)' },
      examples: {
        matches: ['jules-fleet[bot] <jules-fleet[bot]@users.noreply.github.com>'],
        nonMatches: [{ value: 'jules-fleet <42+jules-fleet@users.noreply.github.com>', reason: 'a human login without [bot]' }],
      },
    },
    {
      id: 'jules/task-link',
      kind: 'commit-marker',
      strength: 'strong',
      description: 'A link to a Jules task (jules.google.com/task/...), as Jules writes in the PRs it opens.',
      pattern: /jules\.google\.com\/task\/\d{6}/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22jules.google.com%2Ftask%22', ref: 'task links in commits and PR bodies (research/signatures-update.md)' },
      examples: {
        matches: ['*PR created automatically by Jules for task [1234567890123456789](https://jules.google.com/task/1234567890123456789)*'],
        nonMatches: [{ value: 'Try https://jules.google.com for this', reason: 'the product page, not a task' }],
      },
    },
  ],
});
