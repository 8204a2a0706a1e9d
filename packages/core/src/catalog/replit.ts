/** @fileoverview Replit Agent and Assistant: the AI that edits Repls and commits checkpoints. Research §27. */
import { defineAssistant } from './define.js';

const DISC = 'chaoss/disclosure@90877f4 detection/constants.go, commit b90a1f05';

export default defineAssistant({
  id: 'replit',
  name: 'Replit Agent',
  vendor: 'Replit',
  providers: ['replit', 'anthropic'],
  homepage: 'https://replit.com',
  signatures: [
    {
      id: 'replit/commit-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Replit-Commit-Author: Agent (or Assistant) on checkpoint commits Replit\'s AI makes.',
      keys: ['replit-commit-author'],
      value: /^\s*(?:agent|assistant)\b/i,
      source: { tag: 'O', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: `many exported commit logs (code search); 3P ${DISC}` },
      examples: {
        matches: [
          'Replit-Commit-Author: Agent',
          'replit-commit-author: Assistant',
          'Build the landing page (#12)\n\n* Checkpoint\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 5f0c2a9e-0d7b-4c1e-9a3f-2b8d7e6c1a40',
        ],
        nonMatches: [
          { value: 'Replit-Commit-Author: Deployment', reason: 'a deployment checkpoint, not AI authorship' },
          { value: 'Commit-Author: Agent', reason: 'a different trailer key' },
        ],
      },
    },
    {
      id: 'replit/checkpoint-trailers',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Replit-Commit-* checkpoint trailers (session, checkpoint type, event, screenshot) on Replit workspace commits.',
      keys: ['replit-commit-session-id', 'replit-commit-checkpoint-type', 'replit-commit-event-id', 'replit-commit-screenshot-url'],
      value: /\S/,
      source: { tag: 'O', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: `many exported commit logs (code search); 3P ${DISC}` },
      examples: {
        matches: [
          'Replit-Commit-Checkpoint-Type: full_checkpoint',
          'REPLIT-COMMIT-EVENT-ID: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
          'Merge agent work\n\n* Add auth\n\nReplit-Commit-Screenshot-Url: https://storage.googleapis.com/screenshot-production-us-central1/x.png',
        ],
        nonMatches: [
          { value: 'Replit-Commit-Session-Id:', reason: 'an empty value is not a trailer' },
          { value: 'Session-Id: 5f0c2a9e-0d7b-4c1e-9a3f-2b8d7e6c1a40', reason: 'a different trailer key' },
        ],
      },
    },
    {
      id: 'replit/deployment-trailer',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Replit-Commit-Deployment-Build-Id on deployment checkpoints: the Replit platform, not necessarily AI.',
      keys: ['replit-commit-deployment-build-id'],
      value: /\S/,
      source: { tag: 'O', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: `many exported commit logs (code search); 3P ${DISC}` },
      examples: {
        matches: ['Replit-Commit-Deployment-Build-Id: 7a8b9c0d-1e2f-4a5b-8c6d-7e8f9a0b1c2d'],
        nonMatches: [{ value: 'Deployment-Build-Id: 7a8b9c0d', reason: 'a different trailer key' }],
      },
    },
    {
      id: 'replit/agent-memory',
      kind: 'repo-path',
      strength: 'strong',
      description: 'replit.md, the Agent memory file Replit creates at the project root.',
      globs: ['replit.md'],
      source: { tag: 'V', url: 'https://docs.replit.com/features/project-setup/replit-dot-md', ref: 'docs.replit.com/features/project-setup/replit-dot-md' },
      examples: {
        matches: ['replit.md'],
        nonMatches: [
          { value: 'docs/deploy/replit.md', reason: 'a page about Replit inside docs, not the root memory file' },
          { value: 'README.md', reason: 'an ordinary readme' },
        ],
      },
    },
    {
      id: 'replit/platform-files',
      kind: 'repo-path',
      strength: 'weak',
      description: '.replit and replit.nix: the Replit platform (not only its AI); unconfirmed.',
      globs: ['.replit', 'replit.nix'],
      source: { tag: '3P', url: 'https://replit.com', ref: 'research §27 repo files row (unconfirmed)' },
      examples: {
        matches: ['.replit', 'replit.nix'],
        nonMatches: [{ value: 'shell.nix', reason: 'an ordinary Nix file' }],
      },
    },
    {
      id: 'replit/repl-env',
      kind: 'env-var',
      strength: 'weak',
      description: 'REPL_ID, set in every Replit workspace (the platform, not only its AI; from a detector list).',
      name: 'REPL_ID',
      value: /\S/,
      source: { tag: '3P', url: 'https://github.com/vercel/detect-agent/blob/3ab1df1/agents.json', ref: 'vercel/detect-agent@3ab1df1 agents.json' },
      examples: {
        matches: ['REPL_ID=3f2a1b4c-5d6e-7f80-91a2-b3c4d5e6f708'],
        nonMatches: [
          { value: 'REPL_ID=', reason: 'empty' },
          { value: 'REPL_HOME=/home/runner', reason: 'a different variable' },
        ],
      },
    },
  ],
});
