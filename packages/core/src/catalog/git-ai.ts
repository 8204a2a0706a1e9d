/** @fileoverview git-ai: the attribution tool that records which lines any agent wrote, in git notes. Research §30, §31. */
import { defineAssistant } from './define.js';

const GITAI = 'git-ai-project/git-ai@55a1d728f';

export default defineAssistant({
  id: 'git-ai',
  name: 'git-ai',
  vendor: 'git-ai project',
  providers: [],
  homepage: 'https://github.com/git-ai-project/git-ai',
  signatures: [
    {
      id: 'git-ai/notes-ref',
      kind: 'notes-ref',
      strength: 'strong',
      description: 'refs/notes/ai, where git-ai keeps per-commit AI authorship notes (authorship/3.0.0); not pushed by default.',
      pattern: /^refs\/notes\/ai$/,
      source: { tag: 'V', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/AGENTS.md', ref: `${GITAI} AGENTS.md, docs/` },
      examples: {
        matches: ['refs/notes/ai'],
        nonMatches: [
          { value: 'refs/notes/ai-attribution', reason: 'Qwen Code\'s notes ref' },
          { value: 'refs/heads/ai', reason: 'a branch named ai' },
        ],
      },
    },
    {
      id: 'git-ai/remote-notes-ref',
      kind: 'notes-ref',
      strength: 'strong',
      description: 'refs/notes/ai-remote/<remote>, git-ai\'s tracking copy of a remote\'s authorship notes.',
      pattern: /^refs\/notes\/ai-remote\/[^/]+$/,
      source: { tag: 'V', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/AGENTS.md', ref: `${GITAI} AGENTS.md, docs/` },
      examples: {
        matches: ['refs/notes/ai-remote/origin', 'refs/notes/ai-remote/upstream'],
        nonMatches: [{ value: 'refs/notes/ai-remote', reason: 'no remote name' }],
      },
    },
    {
      id: 'git-ai/notes-merge-marker',
      kind: 'commit-marker',
      strength: 'strong',
      description: 'Notes-merge commit git-ai makes when it folds a remote\'s notes into refs/notes/ai.',
      pattern: /Merged notes from refs\/notes\/ai-remote\/\S+ into refs\/notes\/ai(?:\s|$)/,
      source: { tag: 'V', url: 'https://github.com/git-ai-project/git-ai/blob/55a1d728f/AGENTS.md', ref: `${GITAI} AGENTS.md; O ${GITAI.split('@')[0]} b192a29a` },
      examples: {
        matches: ['Merged notes from refs/notes/ai-remote/origin into refs/notes/ai'],
        nonMatches: [
          { value: 'Merged notes from refs/notes/commits into refs/notes/review', reason: 'an ordinary notes merge' },
          { value: 'Merged notes from refs/notes/ai-remote/origin into refs/notes/ai-attribution', reason: 'not git-ai\'s target ref' },
        ],
      },
    },
    {
      id: 'git-ai/vscode-extension',
      kind: 'editor-extension',
      strength: 'strong',
      description: 'git-ai VS Code extension.',
      editor: 'vscode',
      ids: ['git-ai.git-ai-vscode'],
      source: { tag: 'V', url: 'https://github.com/git-ai-project/git-ai/tree/55a1d728f', ref: GITAI },
      examples: {
        matches: ['git-ai.git-ai-vscode'],
        nonMatches: [{ value: 'eamodio.gitlens', reason: 'GitLens, not an AI attribution tool' }],
      },
    },
  ],
});
