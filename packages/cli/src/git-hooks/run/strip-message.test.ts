/** @fileoverview Tests strip mode's fixed point and its refusal to remove lines it cannot prove are only the marker. */
import type { Finding } from '@aiguard/core/git-hooks';
import { describe, expect, it } from 'vitest';
import { stripBanned, type StripJudge } from './strip-message.js';

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const FOOTER = 'Generated with Claude Code';

/** A judge that, like the real detector, reports each signature once: on the first line that carries it. */
const judge: StripJudge = {
  judgeMessage(message) {
    const lines = message.split('\n');
    const found: Finding[] = [];
    const trailer = lines.findIndex((line) => line === TRAILER || (line === 'Co-Authored-By: Claude' && lines[lines.indexOf(line) + 1] === '  <noreply@anthropic.com>'));
    if (trailer >= 0) found.push({ signature: 'claude-code/co-author-trailer', kind: 'commit-trailer', verdict: 'block', location: { line: trailer + 1 } } as Finding);
    const footer = lines.findIndex((line) => line.includes(FOOTER));
    if (footer >= 0) found.push({ signature: 'claude-code/generated-with-footer', kind: 'commit-marker', verdict: 'block', location: { line: footer + 1 } } as Finding);
    return found;
  },
  remainderOf: (_finding, line) => line.replace(FOOTER, ''),
};

describe('stripBanned', () => {
  it('removes every copy of a trailer however many rounds it takes (a fixed point, not 100 rounds)', () => {
    const lines = ['f', '', ...Array.from({ length: 250 }, () => TRAILER)];
    const outcome = stripBanned(lines, judge);
    expect(outcome.refusal).toBeUndefined();
    expect(outcome.removed.size).toBe(250);
  });

  it('removes a footer line that is only the footer and its decoration', () => {
    const outcome = stripBanned(['f', '', `🤖 ${FOOTER} (https://claude.com/claude-code)`], judge);
    expect([...outcome.removed]).toEqual([2]);
  });

  it('refuses a human sentence that contains the footer phrase', () => {
    const outcome = stripBanned(['f', '', `The draft was ${FOOTER} and then rewritten.`], judge);
    expect(outcome.refusal?.reason).toContain('other text besides the footer');
    expect(outcome.removed.size).toBe(0);
  });

  it('refuses a trailer followed by indented lines it does not need, and takes the ones it needs', () => {
    expect(stripBanned(['f', '', TRAILER, '    code'], judge).refusal?.reason).toContain('indented lines follow the trailer');
    const folded = stripBanned(['f', '', 'Co-Authored-By: Claude', '  <noreply@anthropic.com>', 'tail'], judge);
    expect(folded.refusal).toBeUndefined();
    expect([...folded.removed].sort()).toEqual([2, 3]);
  });
});
