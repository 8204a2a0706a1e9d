/** @fileoverview Happy: the mobile and web client that drives Claude Code sessions. Research §30. */
import { defineAssistant, valueWithEmail } from './define.js';

export default defineAssistant({
  id: 'happy',
  name: 'Happy',
  vendor: 'Happy Engineering',
  providers: ['anthropic'],
  homepage: 'https://happy.engineering',
  signatures: [
    {
      id: 'happy/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      description: 'Co-Authored-By: Happy <yesreply@happy.engineering> trailer.',
      keys: ['co-authored-by'],
      value: valueWithEmail('yesreply@happy.engineering'),
      source: { tag: 'O', url: 'https://github.com/search?type=commits&q=%22yesreply%40happy.engineering%22', ref: 'anthropics/claude-code refs (research §30)' },
      examples: {
        matches: [
          'Co-Authored-By: Happy <yesreply@happy.engineering>',
          'co-authored-by: Happy <YesReply@Happy.Engineering>',
          'Polish onboarding (#14)\n\n* Copy\n\n---------\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nCo-Authored-By: Happy <yesreply@happy.engineering>',
        ],
        nonMatches: [
          { value: 'Co-Authored-By: Happy Gilmore <happy@example.org>', reason: 'a human named Happy' },
          { value: 'Happy to merge; ping yesreply@happy.engineering.', reason: 'prose, not a trailer' },
        ],
      },
    },
  ],
});
