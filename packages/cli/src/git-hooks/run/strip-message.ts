/**
 * @fileoverview Strip mode of the commit-msg hook: removes banned trailer and footer lines until none is left (a fixed
 * point), but only lines it can prove are nothing but the marker. A human sentence that merely contains a footer
 * phrase, or a trailer folded onto indented lines, is left alone and the commit is blocked with the reason.
 */
import type { Finding } from '@aiguard/core/git-hooks';

/** One line the strip mode will not remove, and why. */
export interface StripRefusal {
  readonly finding: Finding;
  readonly reason: string;
}

/** What strip mode did to a message. */
export interface StripOutcome {
  /** Findings left in the stripped message (warnings, info), plus refused blocked ones. */
  readonly findings: readonly Finding[];
  /** 0-based indexes of removed lines. */
  readonly removed: ReadonlySet<number>;
  /** Removed lines (1-based) with what they carried, in order. */
  readonly strippedLines: readonly { readonly line: number; readonly finding: Finding }[];
  /** Set when a blocked line could not be proven to be only the marker: the commit must be blocked. */
  readonly refusal?: StripRefusal;
}

/** How the hook judges a message and tells marker-only lines apart (the marker's pattern by signature id). */
export interface StripJudge {
  judgeMessage(message: string): Finding[];
  /** The line with the evidence of `finding` cut out, folded as detection folds it; undefined when it cannot be cut. */
  remainderOf(finding: Finding, line: string): string | undefined;
}

// What may be left of a footer line once the marker and links are cut out: blanks, emoji, brackets, punctuation.
const DECORATION_ONLY = /^[^\p{L}\p{N}]*$/u;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)>\]]*/gi;
const CONTINUATION = /^[ \t]+\S/;

/**
 * Removes blocked lines until the message has none (each round removes at least one line, so this ends within the
 * message's line count), or stops at the first blocked line it cannot prove is only the marker.
 */
export function stripBanned(lines: readonly string[], judge: StripJudge): StripOutcome {
  const removed = new Set<number>();
  const strippedLines: { line: number; finding: Finding }[] = [];
  for (let round = 0; round <= lines.length; round++) {
    const findings = judge.judgeMessage(lines.map((line, index) => (removed.has(index) ? '' : line)).join('\n'));
    const blocked = findings.filter((finding) => finding.verdict === 'block');
    if (blocked.length === 0) return { findings, removed, strippedLines: strippedLines.sort((a, b) => a.line - b.line) };
    for (const finding of blocked) {
      const index = (finding.location.line ?? 0) - 1;
      const reason = refusalReason(finding, lines, index, judge);
      if (reason !== undefined) return { findings, removed, strippedLines, refusal: { finding, reason } };
      removed.add(index);
      strippedLines.push({ line: index + 1, finding });
      // A trailer that needs its indented continuation lines to match is one folded trailer: they go with it.
      if (finding.kind === 'commit-trailer') for (let next = index + 1; next < lines.length && CONTINUATION.test(lines[next]!); next++) removed.add(next);
    }
  }
  // Unreachable: every round removes a line or returns. A bug must block the commit, never let it through.
  throw new Error('strip mode did not reach a fixed point');
}

function refusalReason(finding: Finding, lines: readonly string[], index: number, judge: StripJudge): string | undefined {
  const line = lines[index];
  if (line === undefined) return 'the finding has no line to remove';
  if (finding.kind === 'commit-trailer') {
    const next = lines[index + 1];
    if (next === undefined || !CONTINUATION.test(next)) return undefined;
    // Indented lines after a trailer that matches on its own may be the body's own text (a code block): not provably the trailer's.
    const alone = judge.judgeMessage(line).some((other) => other.signature === finding.signature && other.verdict === 'block');
    return alone ? 'indented lines follow the trailer and may be part of the body; remove the trailer by hand' : undefined;
  }
  const remainder = judge.remainderOf(finding, line);
  if (remainder === undefined) return 'the footer spans several lines; remove it by hand';
  if (!DECORATION_ONLY.test(remainder.replace(URL, ''))) return 'the line holds other text besides the footer; remove the footer by hand';
  return undefined;
}
