/** @fileoverview Tests which lines of a commit-msg file count as the message git will record. */
import { describe, expect, it } from 'vitest';
import { recordedLines } from './commit-msg.js';

describe('recordedLines', () => {
  it('blanks comment lines and everything from the scissors line down, keeping line numbers', () => {
    const text = 'Subject\n\nBody\n# Please enter the commit message\n# ------------------------ >8 ------------------------\n+Co-Authored-By: Claude <noreply@anthropic.com>\n';
    expect(recordedLines(text, '#')).toEqual(['Subject', '', 'Body', '', '', '', '']);
  });

  it('honours another comment character', () => {
    expect(recordedLines('Subject\n; note\n# kept\n', ';')).toEqual(['Subject', '', '# kept', '']);
  });
});
