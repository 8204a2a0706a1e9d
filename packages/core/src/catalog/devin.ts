/** @fileoverview Devin (Cognition): the cloud software agent and its GitHub integration. Devin Desktop is windsurf.ts. Research §18. */
import { defineAssistant, githubNoreplyEmail, valueWithGithubNoreply } from './define.js';

const OBSERVED = 'antiwork/gum.new 170ab4c0; cline/cline 904cb906';

export default defineAssistant({
  id: 'devin',
  name: 'Devin',
  vendor: 'Cognition',
  providers: ['cognition'],
  homepage: 'https://devin.ai',
  signatures: [
    {
      id: 'devin/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for the devin-ai-integration[bot] GitHub App.',
      keys: ['co-authored-by'],
      value: valueWithGithubNoreply('devin-ai-integration[bot]'),
      source: { tag: 'O', url: 'https://github.com/antiwork/gum.new/commit/170ab4c0', ref: `109 trailers in mirrored repos; ${OBSERVED}` },
      examples: {
        matches: [
          'Co-authored-by: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
          'co-AUTHORED-by: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
          'Update prompts (#214)\n\n* Preserve text\n\n* Fix test\n\n---------\n\nCo-authored-by: Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>\nCo-authored-by: Jane <jane@example.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: Devin Example <devin@example.com>', reason: 'a human named Devin' },
          { value: 'Co-authored-by: Scott <scott@cognition.ai>', reason: 'a human at cognition.ai' },
          { value: 'Asked Devin to draft this, then rewrote it.', reason: 'prose, not a trailer' },
        ],
      },
    },
    {
      id: 'devin/github-app-identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'Devin commits as Devin AI <…+devin-ai-integration[bot]@users.noreply.github.com>.',
      email: githubNoreplyEmail('devin-ai-integration[bot]'),
      source: { tag: 'O', url: 'https://github.com/antiwork/gum.new/commit/170ab4c0', ref: `${OBSERVED} (1,017 author rows)` },
      examples: {
        matches: ['Devin AI <158243242+devin-ai-integration[bot]@users.noreply.github.com>', 'devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Devin AI <devin@example.org>', reason: 'the display name alone proves nothing (§33.4)' },
          { value: 'devin-ai <77+devin-ai@users.noreply.github.com>', reason: 'a human login' },
        ],
      },
    },
    {
      id: 'devin/branch',
      kind: 'branch',
      strength: 'weak',
      description: 'devin/<unix-epoch>-<slug> branch made by Devin (a human can type it too).',
      pattern: /^devin\/\d{10}-[A-Za-z0-9][A-Za-z0-9._-]*$/,
      source: { tag: 'O', url: 'https://github.com/antiwork/gum.new', ref: 'antiwork/gum.new refs (e.g. devin/1740489885-update-prompts-preserve-text)' },
      examples: {
        matches: ['devin/1740489885-update-prompts-preserve-text', 'refs/remotes/origin/devin/1751234567-fix-login'],
        nonMatches: [
          { value: 'devin/fix-login', reason: 'no epoch: a hand-made branch' },
          { value: 'feature/devin-1740489885', reason: 'devin only in a later segment' },
        ],
      },
    },
    {
      id: 'devin/session-link',
      kind: 'commit-marker',
      strength: 'strong',
      description: 'A link to a Devin session (app.devin.ai/sessions/...), as Devin writes in the PRs and commits it makes.',
      pattern: /app\.devin\.ai\/sessions\/[0-9a-f]{8}/i,
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22app.devin.ai%2Fsessions%22', ref: 'Devin Session: lines in commits and PR bodies (research/signatures-update.md)' },
      examples: {
        matches: ['Link to Devin run: https://app.devin.ai/sessions/4f8a2c1e9b7d4e6f8a1b2c3d4e5f6a7b', 'Devin Session: https://app.devin.ai/sessions/0123abcd4567'],
        nonMatches: [{ value: 'https://app.devin.ai/settings', reason: 'not a session' }],
      },
    },
  ],
});
