/** @fileoverview Tests for finding compaction: the compact copy has exactly the fields and values of the finding. */
import { describe, expect, test } from 'vitest';
import { SAMPLE_SCAN } from '../../../test/helpers/report/sample-scan.js';
import { createFindingCompactor } from './finding-compaction.js';
import type { Finding } from './model/finding.js';

describe('createFindingCompactor', () => {
  test('copies every sample finding to an equal value with the same keys in the same order', () => {
    const compact = createFindingCompactor();
    for (const finding of SAMPLE_SCAN.findings) {
      const copy = compact(finding);
      expect(copy).toStrictEqual(finding);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(finding));
      expect(copy).not.toBe(finding);
    }
  });

  test('keeps hostile text code unit for code unit: lone surrogates, controls, long non-ASCII runs', () => {
    const [trailer] = SAMPLE_SCAN.findings.filter((finding) => finding.commit) as [Finding];
    const excerpt = `Co-Authored-By: \uD800 lone \uDFFF, \u0000\u001b[31m, ${'日本語 '.repeat(40)}\u2028`;
    const hostile: Finding = { ...trailer, excerpt, commit: { ...trailer.commit!, subject: `${'\uD83E'}${'x'.repeat(30)}`, authorName: 'Zoë Ünïcødé-Name' } };
    const copy = createFindingCompactor()(hostile);
    expect(copy.excerpt).toBe(excerpt);
    expect(copy.commit!.subject).toBe(hostile.commit!.subject);
    expect(copy.commit!.authorName).toBe('Zoë Ünïcødé-Name');
  });

  test('keeps fields that are present but undefined, and leaves the policy decision object shared', () => {
    const [first] = SAMPLE_SCAN.findings as [Finding];
    const finding = { ...first, date: undefined } as Finding;
    const copy = createFindingCompactor()(finding);
    expect(Object.keys(copy)).toEqual(Object.keys(finding));
    expect(copy.decidedBy).toBe(finding.decidedBy);
  });

  test('gives equal names from different findings back equal, past the size of its shared table', () => {
    const compact = createFindingCompactor();
    const [, , trailer] = SAMPLE_SCAN.findings as [Finding, Finding, Finding];
    const copies = Array.from({ length: 5000 }, (_, i) => compact({ ...trailer, commit: { ...trailer.commit!, authorEmail: `person-${i}@example.com` } }));
    expect(copies.map((copy) => copy.commit!.authorEmail)).toEqual(Array.from({ length: 5000 }, (_, i) => `person-${i}@example.com`));
  });
});
