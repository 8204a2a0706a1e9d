/** @fileoverview Meta-tests over the whole catalog: every example behaves as declared through the real matcher. */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchesExample } from '../detectors/example.js';
import { SIGNATURE_KINDS } from '../detectors/kinds/index.js';
import type { Signature } from '../model/signature.js';
import { CATALOG } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_ASSISTANTS = new Set(['index.ts', 'define.ts']);

describe('the catalog', () => {
  it('registers every assistant file in catalog/ exactly once, sorted by id', () => {
    const files = readdirSync(here)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_ASSISTANTS.has(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    const ids = CATALOG.map((assistant) => assistant.id);
    expect(ids).toEqual(files);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives each assistant a vendor, a homepage and at least one signature', () => {
    for (const assistant of CATALOG) {
      expect(assistant.vendor, assistant.id).not.toBe('');
      expect(assistant.homepage, assistant.id).toMatch(/^https:\/\//);
      expect(assistant.signatures.length, assistant.id).toBeGreaterThan(0);
    }
  });

  it('uses unique signature ids prefixed with their assistant file name', () => {
    const seen = new Set<string>();
    for (const assistant of CATALOG) {
      for (const signature of assistant.signatures) {
        expect(signature.id, signature.id).toMatch(new RegExp(`^${assistant.id}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
        expect(seen.has(signature.id), `duplicate id ${signature.id}`).toBe(false);
        seen.add(signature.id);
      }
    }
  });

  it('gives every signature a known kind, a source, a description and stateless patterns', () => {
    for (const assistant of CATALOG) {
      for (const signature of assistant.signatures) {
        expect(SIGNATURE_KINDS, signature.id).toContain(signature.kind);
        expect(['V', 'O', '3P'], signature.id).toContain(signature.source.tag);
        expect(signature.source.ref.length, signature.id).toBeGreaterThan(5);
        // Provenance is a public page anyone can open (semgrep-rules' source-rule-url), never a private note.
        expect(signature.source.url, signature.id).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/);
        expect(() => new URL(signature.source.url), signature.id).not.toThrow();
        expect(signature.description.length, signature.id).toBeGreaterThan(5);
        if (signature.kind === 'commit-marker') {
          // The marker prefilter widens each pattern with the i and m flags; negative lookaround would make it narrower.
          expect(signature.pattern.source, signature.id).not.toMatch(/\(\?<?!/);
          expect(signature.pattern.flags, signature.id).toMatch(/^[im]*$/);
        }
        for (const value of Object.values(signature)) {
          // A global or sticky RegExp keeps lastIndex between tests and would skip matches.
          if (value instanceof RegExp) expect(value.flags, signature.id).not.toMatch(/[gy]/);
        }
      }
    }
  });

  const signatures: readonly Signature[] = CATALOG.flatMap((assistant): readonly Signature[] => assistant.signatures);
  describe.each(signatures.map((signature) => [signature.id, signature] as const))('%s', (_id, signature) => {
    it('has at least one match and one non-match with a reason', () => {
      expect(signature.examples.matches.length).toBeGreaterThan(0);
      expect(signature.examples.nonMatches.length).toBeGreaterThan(0);
      for (const nonMatch of signature.examples.nonMatches) expect(nonMatch.reason.length).toBeGreaterThan(3);
    });

    it('matches each of its matches', () => {
      for (const example of signature.examples.matches) expect(matchesExample(signature, example), example).toBe(true);
    });

    it('stays silent on each of its non-matches', () => {
      for (const { value } of signature.examples.nonMatches) expect(matchesExample(signature, value), value).toBe(false);
    });
  });
});
