/**
 * @fileoverview Property-based differential test against git itself: for thousands of generated messages, whenever
 * `git interpret-trailers --parse` sees a Claude Code co-author trailer, aiguard's message detector must see it too.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../packages/core/src/catalog/index.js';
import { detectMessage } from '../../packages/core/src/detectors/commit-message.js';
import { compileCatalog } from '../../packages/core/src/detectors/compiled-catalog.js';

const CATALOG_INDEX = compileCatalog(CATALOG);
const AI_ADDRESS = /<\s*noreply@anthropic\.com\s*>/i;

/** The trailers git reads from `message`, unfolded, as `key: value` lines. */
function gitTrailers(message: string): { key: string; value: string }[] {
  const output = execFileSync('git', ['-c', 'trailer.separators=:', 'interpret-trailers', '--parse'], { input: message, encoding: 'utf8' });
  return output
    .split('\n')
    .filter((line) => line.includes(':'))
    .map((line) => ({ key: line.slice(0, line.indexOf(':')).trim(), value: line.slice(line.indexOf(':') + 1).trim() }));
}

const key = fc.constantFrom('Co-authored-by', 'co-authored-by', 'CO-AUTHORED-BY', 'Co-Authored-By', 'Co-authored-By');
const separator = fc.constantFrom(': ', ':', ' : ', '\t: ', ':  ', ':\t');
const name = fc.constantFrom('Claude', 'Claude Opus 4.6', 'Claude Sonnet 4.6 (1M context)', 'claude', '');
const banned = fc.tuple(key, separator, name, fc.constantFrom('<noreply@anthropic.com>', '< noreply@anthropic.com >', '<NoReply@Anthropic.com>'), fc.boolean()).map(
  ([k, sep, n, address, folded]) => (folded ? `${k}${sep}${n}\n ${address}` : `${k}${sep}${n}${n ? ' ' : ''}${address}`),
);
const otherTrailer = fc.constantFrom('Signed-off-by: Ana Human <ana@example.com>', 'Reviewed-by: Bo <bo@example.org>', 'Change-Id: I0123456789abcdef', 'Fixes: #12', '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)');
const prose = fc.string({ maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, ' '));
const line = fc.oneof(
  { weight: 3, arbitrary: prose },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: otherTrailer },
  { weight: 2, arbitrary: banned },
  { weight: 1, arbitrary: fc.constantFrom('---', '# a comment', '    indented body', 'Key without colon', 'Co-authored-by Claude <noreply@anthropic.com>') },
);
const message = fc.tuple(prose, fc.array(line, { maxLength: 12 })).map(([subject, body]) => `${subject}\n\n${body.join('\n')}\n`);

describe('differential: git interpret-trailers --parse vs aiguard', () => {
  it('finds the Claude Code co-author trailer whenever git sees one', () => {
    let gitSawOne = 0;
    fc.assert(
      fc.property(message, (text) => {
        const seenByGit = gitTrailers(text).some((trailer) => trailer.key.toLowerCase() === 'co-authored-by' && AI_ADDRESS.test(trailer.value));
        if (!seenByGit) return true;
        gitSawOne++;
        return detectMessage(text, CATALOG_INDEX).some((match) => match.entry.signature.id === 'claude-code/co-author-trailer');
      }),
      { numRuns: 2000 },
    );
    // The generator must really exercise the property: git saw the trailer in a good share of the messages.
    expect(gitSawOne).toBeGreaterThan(200);
  }, 120_000);
});
