/** @fileoverview `aiguard scan` still finds Claude Code when the footprint is disguised: case, model names, squash bodies, mailmap, look-alikes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { findingsFor, scanJson, type JsonReport } from '../helpers/scan-report.js';

describe('aiguard scan on disguised Claude Code footprints', () => {
  let repo: FixtureRepo;
  let report: JsonReport;
  const commits: Record<string, string> = {};

  beforeAll(async () => {
    repo = createRepo();
    commits.lowerCaseKey = repo.commit({ message: 'Lower-case key\n\nco-authored-by: claude <noreply@anthropic.com>\n' });
    commits.assistedBy = repo.commit({ message: 'Kernel style\n\nAssisted-by: Claude Opus 4.6\n' });
    commits.modelSuffix = repo.commit({ message: 'Long context\n\nCo-Authored-By: Claude Sonnet 4.6 (1M context) <noreply@anthropic.com>\n' });
    commits.squash = repo.commit({
      message:
        'Add flags (#12)\n\n* Add the flag parser\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n* Document the flags\n\n* Fix review comments\n\nSigned-off-by: Ana Human <ana@example.com>\n',
    });
    commits.mailmapped = repo.commit({
      message: 'Add mailmap\n',
      author: 'Claude <noreply@anthropic.com>',
      files: { '.mailmap': 'Ana Human <ana@example.com> Claude <noreply@anthropic.com>\n' },
    });
    commits.cyrillicTrailer = repo.commit({ message: 'Look-alike\n\nCo-Authored-By: Claude <noreply@\u0430nthropic.com>\n' });
    commits.cyrillicAuthor = repo.commit({ message: 'Look-alike author\n', author: 'Claude <noreply@\u0430nthropic.com>' });
    commits.zeroWidth = repo.commit({ message: 'Hidden space\n\nCo-Authored\u200B-By: Claude <noreply@anthropic.com>\n' });
    report = await scanJson(repo.path);
  });
  afterAll(() => repo.cleanup());

  const signaturesOf = (key: string): string[] => findingsFor(report, commits[key]!).map((f) => f.signature);

  it('finds a co-author trailer with a lower-case key', () => {
    expect(signaturesOf('lowerCaseKey')).toEqual(['claude-code/co-author-trailer']);
  });

  it('finds Assisted-by: Claude Opus 4.6', () => {
    expect(signaturesOf('assistedBy')).toContain('claude-code/assisted-by-trailer');
  });

  it('finds a model-suffixed name such as Claude Sonnet 4.6 (1M context)', () => {
    expect(signaturesOf('modelSuffix')).toEqual(['claude-code/co-author-trailer']);
  });

  it('finds a trailer buried in a squash-merge body, on its own line', () => {
    const [finding] = findingsFor(report, commits.squash!);
    expect(finding).toMatchObject({ signature: 'claude-code/co-author-trailer', location: { line: 5 } });
  });

  it("finds Claude's identity even though .mailmap maps it to a human (mailmap is off)", () => {
    const [finding] = findingsFor(report, commits.mailmapped!);
    expect(finding).toMatchObject({ signature: 'claude-code/web-identity', location: { role: 'author' } });
    expect(finding!.evidence).toContain('noreply@anthropic.com');
    expect(finding!.evidence).not.toContain('Ana Human');
  });

  it('finds a Cyrillic а in the trailer email, and shows the email as written', () => {
    const [finding] = findingsFor(report, commits.cyrillicTrailer!);
    expect(finding!.signature).toBe('claude-code/co-author-trailer');
    expect(finding!.evidence).toContain('\u0430nthropic');
  });

  it('finds a Cyrillic а in the author email', () => {
    expect(signaturesOf('cyrillicAuthor')).toEqual(['claude-code/web-identity']);
  });

  it('finds a Co-Authored-By key with a zero-width space inside it', () => {
    expect(signaturesOf('zeroWidth')).toEqual(['claude-code/co-author-trailer']);
  });
});
