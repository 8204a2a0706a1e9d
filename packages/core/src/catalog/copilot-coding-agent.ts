/** @fileoverview GitHub Copilot coding agent (the cloud agent that opens pull requests), apart from Copilot so a policy can treat it alone. Research §3. */
import { defineAssistant, githubNoreplyEmail } from './define.js';

const CC = 'anthropics/claude-code';
const OBSERVED_BRANCHES = 'RaspberryPiFoundation/editor-ui, WilliamJudge94/fairshare refs, STranslate/.github PR #3; 3P github/gh-aw skill';

export default defineAssistant({
  id: 'copilot-coding-agent',
  name: 'GitHub Copilot coding agent',
  vendor: 'GitHub',
  providers: ['github', 'anthropic', 'openai', 'google'],
  homepage: 'https://docs.github.com/en/copilot/concepts/agents/coding-agent',
  signatures: [
    {
      id: 'copilot-coding-agent/identity',
      kind: 'commit-identity',
      strength: 'strong',
      description: 'The coding agent authors and commits as copilot-swe-agent[bot] with the Copilot noreply address (id 198982749).',
      email: githubNoreplyEmail('Copilot'),
      name: /^copilot-swe-agent\[bot\]$/i,
      source: { tag: 'O', url: 'https://github.com/anthropics/claude-code/commit/c1c3231a', ref: `${CC} c1c3231a (1,153 author rows across mirrors); 3P git-ai-project/git-ai@55a1d728f, chaoss/disclosure@90877f4` },
      examples: {
        matches: ['copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>', 'Copilot <198982749+copilot@users.noreply.github.com>'],
        nonMatches: [
          { value: 'Mona Lisa <mona@github.com>', reason: 'a human at github.com' },
          { value: 'copilot-fan <4242+copilot-fan@users.noreply.github.com>', reason: 'a different GitHub login' },
          { value: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>', reason: 'the Actions bot, not AI authorship' },
        ],
      },
    },
    {
      id: 'copilot-coding-agent/squash-co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-authored-by trailer for copilot-swe-agent[bot], left when a coding-agent pull request is squash-merged.',
      keys: ['co-authored-by'],
      value: /<\s*198982749\+copilot@users\.noreply\.github\.com\s*>|^\s*copilot-swe-agent\[bot\]\s*</i,
      source: { tag: 'O', url: 'https://github.com/anthropics/claude-code/commit/c1c3231a', ref: `${CC} c1c3231a (agent identity); research §33.6 (squash copies authors into trailers)` },
      examples: {
        matches: [
          'Fix flaky login test (#4410)\n\n* Initial plan\n\n* Fix race in login test\n\n---------\n\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>',
          'co-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>',
        ],
        nonMatches: [
          { value: 'Co-authored-by: octocat <583231+octocat@users.noreply.github.com>', reason: 'the human requester the agent credits' },
          { value: 'Co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>', reason: 'Copilot CLI, reported by github-copilot' },
        ],
      },
    },
    {
      id: 'copilot-coding-agent/logs-url-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Agent-Logs-Url trailer linking the coding agent session that made the commit.',
      keys: ['agent-logs-url'],
      value: /^https?:\/\/\S+\/sessions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
      source: { tag: 'O', url: 'https://github.com/anthropics/claude-code/commit/c1c3231a', ref: `${CC} c1c3231a, 5019cc84 (104 commits, 2026-03-23 → 2026-05-21)` },
      examples: {
        matches: [
          'Agent-Logs-Url: https://github.com/acme/web/sessions/5b0c7f1e-2d3a-4c8b-9e61-0a7f3d2b9c14',
          'Add dark mode (#77)\n\n* Initial plan\n\n* Add theme toggle\n\nAgent-Logs-Url: https://github.com/acme/web/sessions/0e9d2c41-7b6a-4f3e-8d21-c5b4a3f2e1d0\n\nCo-authored-by: octocat <583231+octocat@users.noreply.github.com>',
          'agent-logs-URL : https://github.com/acme/web/sessions/5B0C7F1E-2D3A-4C8B-9E61-0A7F3D2B9C14',
        ],
        nonMatches: [
          { value: 'Logs-Url: https://github.com/acme/web/sessions/5b0c7f1e-2d3a-4c8b-9e61-0a7f3d2b9c14', reason: 'a different trailer key' },
          { value: 'Agent-Logs-Url: see the CI run', reason: 'no session link' },
        ],
      },
    },
    {
      id: 'copilot-coding-agent/initial-plan-subject',
      kind: 'commit-marker',
      strength: 'weak',
      description: 'The empty "Initial plan" commit the agent opens with (also a squash bullet or a squashed "Initial plan (#N)"; a human can write it).',
      pattern: /^(?:\* )?Initial plan(?: \(#\d+\))?[ \t]*$/m,
      source: { tag: 'O', url: 'https://github.com/github/gh-aw/pull/1543', ref: 'github/gh-aw PR #1543 patch' },
      examples: {
        matches: ['Initial plan', 'Add dark mode (#77)\n\n* Initial plan\n\n* Add theme toggle', 'Initial plan (#81)'],
        nonMatches: [
          { value: 'Initial planning notes for Q3', reason: 'different wording' },
          { value: 'Initial plan for OTLP telemetry headers feature', reason: 'a longer subject a human could write' },
        ],
      },
    },
    {
      id: 'copilot-coding-agent/branch',
      kind: 'branch',
      strength: 'weak',
      description: 'copilot/<slug> branch the coding agent works on (a human can type it too).',
      pattern: /^copilot\/[A-Za-z0-9][\w.-]*$/,
      source: { tag: 'O', url: 'https://github.com/RaspberryPiFoundation/editor-ui', ref: OBSERVED_BRANCHES },
      examples: {
        matches: ['copilot/fix-3a6f1b2c-7d4e-4f5a-9b8c-1d2e3f4a5b6c', 'refs/remotes/origin/copilot/setup-copilot-instructions'],
        nonMatches: [
          { value: 'feature/copilot', reason: 'copilot only as a later path segment' },
          { value: 'copilot-docs', reason: 'no copilot/ prefix' },
        ],
      },
    },
    {
      id: 'copilot-coding-agent/setup-steps',
      kind: 'repo-path',
      strength: 'strong',
      description: 'Coding agent environment setup: copilot-setup-steps.yml workflow or .github/copilot/environment.yml.',
      globs: ['.github/workflows/copilot-setup-steps.yml', '.github/copilot/environment.yml'],
      source: { tag: 'V', url: 'https://github.com/dotnet/runtime/pull/115834', ref: 'docs.github.com "customize the agent environment"; O dotnet/runtime PR #115834, github/gh-aw PR #1543' },
      examples: {
        matches: ['.github/workflows/copilot-setup-steps.yml', '.github/copilot/environment.yml'],
        nonMatches: [
          { value: '.github/workflows/setup-steps.yml', reason: 'an ordinary workflow' },
          { value: '.github/copilot-instructions.md', reason: 'Copilot instructions, reported by github-copilot' },
        ],
      },
    },
  ],
});
