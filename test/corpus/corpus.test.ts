/**
 * @fileoverview Runs the regression corpus of real commit excerpts (commits.json) through the real scanner: each
 * excerpt becomes a commit in a real repository, and `aiguard scan` must name exactly the tools, models and
 * providers a careful reader names, and nothing for the look-alikes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo, type Identity } from '../helpers/git-fixture.js';
import { findingsFor, scanJson, type JsonReport } from '../helpers/scan-report.js';

interface Attribution {
  readonly assistant: string;
  readonly model?: string;
  readonly provider?: string;
}

interface CorpusCommit {
  /** The public commit the excerpt comes from. */
  readonly source: string;
  readonly note: string;
  /** Lines copied verbatim from that commit's message. */
  readonly lines: readonly string[];
  /** True when `lines` is the commit's whole message, committed as is (a one-line message with literal `\n`). */
  readonly isWholeMessage?: boolean;
  /** The commit's author, when the identity is the signal (or the look-alike). */
  readonly author?: Identity;
  /** One entry per tool a careful reader sees; empty for a look-alike. */
  readonly expect: readonly Attribution[];
}

const corpus = (JSON.parse(readFileSync(new URL('./commits.json', import.meta.url), 'utf8')) as { commits: CorpusCommit[] }).commits;

describe('the regression corpus of real commits', () => {
  let repo: FixtureRepo;
  let report: JsonReport;
  const ids = new Map<CorpusCommit, string>();

  beforeAll(async () => {
    repo = createRepo({ prefix: 'aiguard-corpus-' });
    for (const entry of corpus) {
      const message = entry.isWholeMessage ? entry.lines.join('\n') : `Corpus excerpt\n\n${entry.lines.join('\n')}\n`;
      ids.set(entry, repo.commit({ message, ...(entry.author ? { author: entry.author } : {}) }));
    }
    report = await scanJson(repo.path);
  });
  afterAll(() => repo.cleanup());

  it('holds real excerpts with a public source, and look-alikes as well as attributions', () => {
    expect(corpus.length).toBeGreaterThan(30);
    for (const entry of corpus) expect(entry.source, entry.note).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/commit\/[0-9a-f]{40}$/);
    expect(corpus.filter((entry) => entry.expect.length === 0).length).toBeGreaterThan(5);
  });

  it.each(corpus.map((entry) => [entry.note, entry] as const))('%s', (_note, entry) => {
    const found = findingsFor(report, ids.get(entry)!).map((finding) => ({
      assistant: finding.assistant,
      ...(finding.model ? { model: finding.model.id } : {}),
      ...(finding.provider ? { provider: finding.provider } : {}),
    }));
    const order = (a: Attribution, b: Attribution): number => a.assistant.localeCompare(b.assistant);
    expect([...found].sort(order), `${entry.source}\n${entry.lines.join('\n')}`).toEqual([...entry.expect].sort(order));
  });
});
