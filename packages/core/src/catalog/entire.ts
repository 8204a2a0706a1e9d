/** @fileoverview Entire: session tooling that records agent sessions in Entire-* commit trailers. Research §30. */
import { defineAssistant } from './define.js';

export default defineAssistant({
  id: 'entire',
  name: 'Entire',
  vendor: 'Entire',
  providers: [],
  homepage: 'https://entire.io',
  signatures: [
    {
      id: 'entire/session-trailers',
      kind: 'commit-trailer',
      strength: 'weak',
      description: 'Entire-Session / Entire-Agent / Entire-Checkpoint / Entire-Metadata trailers (known from one detector list only).',
      keys: ['entire-session', 'entire-agent', 'entire-checkpoint', 'entire-metadata'],
      value: /\S/,
      source: { tag: '3P', url: 'https://github.com/chaoss/disclosure/blob/90877f4/detection/constants.go', ref: 'chaoss/disclosure@90877f4 detection/constants.go' },
      examples: {
        matches: [
          'Entire-Checkpoint: a1b2c3d4e5f6',
          'ENTIRE-AGENT: Claude Code',
          'Add search (#40)\n\n* Add index\n\n---------\n\nEntire-Session: 2026-08-01-5f0c2a9e',
        ],
        nonMatches: [
          { value: 'Entire-Session:', reason: 'an empty value is not a trailer' },
          { value: 'Rewrote the entire session handling.', reason: 'prose, not a trailer' },
        ],
      },
    },
  ],
});
