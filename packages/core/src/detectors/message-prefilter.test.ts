/**
 * @fileoverview Proves the message prefilter safe: on messages built from every catalog example and mangled with
 * look-alikes, case, invisible characters, hyphens, escapes and line breaks, results never change when it is on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { foldLookalikes } from '../text/lookalikes.js';
import { restoreMessageForm } from '../text/message-forms.js';
import type { CompiledCatalog } from './catalog-index.js';
import { findMessageSightings } from './commit-sightings.js';
import { compileCatalog } from './compiled-catalog.js';
import { chooseMessageLiterals, compileMessagePrefilter } from './message-prefilter.js';

const compiled = compileCatalog(CATALOG);
// Built at once (no warm-up), so that every message below goes through the prefilter.
const trailers = [...new Set([...compiled.trailersByKey.values()].flat())];
const catalog: CompiledCatalog = { ...compiled, messagePrefilter: compileMessagePrefilter(trailers, compiled.markers, compiled.branches, 0) };
const unfiltered: CompiledCatalog = { ...catalog, messagePrefilter: { mayMatch: () => true, mayNameBranch: () => true } };
const sightingsOf = (message: string, from: CompiledCatalog) => findMessageSightings(message, from).map((s) => [s.entry.signature.id, s.assistant, s.line, s.text]);

// Every example in the form a commit message carries it: message lines, identities as trailers, branches as merges.
const fragments: string[] = CATALOG.flatMap((assistant) =>
  assistant.signatures.flatMap((signature) => {
    const examples = [...signature.examples.matches, ...signature.examples.nonMatches.map((example) => example.value)];
    if (signature.kind === 'commit-trailer' || signature.kind === 'commit-marker') return examples;
    if (signature.kind === 'commit-identity') return examples.map((example) => `Co-authored-by: ${example}`);
    if (signature.kind === 'branch') return examples.flatMap((ref) => [`Merge pull request #7 from someone/${ref.replace(/^refs\/(?:heads|remotes\/[^/]+)\//, '')}`, `Merge branch '${ref.replace(/^refs\/heads\//, '')}'`]);
    return [];
  }),
);
const prose = ['Fix the parser', 'feat(core): change number 12', 'Signed-off-by: Ana <ana@example.com>', 'Co-authored-by: Bo <bo@users.noreply.github.com>', 'See https://example.com/x', ''];

// Look-alikes derived from the folding itself: every character in these blocks that folds to one ASCII letter or sign.
const lookalikes = new Map<string, string[]>();
for (const [from, to] of [[0x370, 0x52f], [0x2010, 0x2212], [0xff01, 0xff5e], [0x1d400, 0x1d433], [0x130, 0x131], [0x17f, 0x17f], [0x212a, 0x212a], [0x3002, 0x3002], [0xfe55, 0xfe6b]] as const) {
  for (let code = from; code <= to; code++) {
    const char = String.fromCodePoint(code);
    const folded = foldLookalikes(char);
    if (folded.length === 1 && folded !== char && folded.charCodeAt(0) < 0x80) lookalikes.set(folded, [...(lookalikes.get(folded) ?? []), char]);
  }
}
const INVISIBLE = ['\u200b', '\u00ad', '\u2060', '\ufeff', '\u0301', '\u034f', '\u{e0041}'];

type Mutation = (text: string, at: number, pick: number) => string;
const MUTATIONS: Mutation[] = [
  (t, i) => t.slice(0, i) + (t[i] === t[i]?.toUpperCase() ? t[i]?.toLowerCase() : t[i]?.toUpperCase()) + t.slice(i + 1),
  (t, i, p) => {
    const twins = lookalikes.get(t[i] ?? '') ?? lookalikes.get((t[i] ?? '').toUpperCase()) ?? [];
    return twins.length > 0 ? t.slice(0, i) + twins[p % twins.length] + t.slice(i + 1) : t;
  },
  (t, i, p) => t.slice(0, i) + INVISIBLE[p % INVISIBLE.length] + t.slice(i),
  (t, i) => `${t.slice(0, i)}-${t.slice(i)}`,
  (t, i) => (t[i] === '-' ? t.slice(0, i) + t.slice(i + 1) : t),
  (t) => t.replace('<', '&lt;').replace('>', '&gt;'),
  (t, i, p) => t.slice(0, i) + ['\n', '\n  ', '\\n', '\r\n', '\u2028'][p % 5] + t.slice(i),
  (t, i, p) => t.slice(0, i) + ['> ', '* ', '**', '- ', '\t'][p % 5] + t.slice(i),
  (t) => t.toUpperCase(),
  (t, i) => t.slice(0, i) + t.slice(i + 1),
];

const mutated = fc
  .tuple(fc.constantFrom(...fragments, ...prose), fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(200), fc.nat(50)), { maxLength: 4 }))
  .map(([text, steps]) => steps.reduce((acc, [kind, at, pick]) => MUTATIONS[kind]!(acc, acc.length === 0 ? 0 : at % acc.length, pick), text));
const messages = fc.array(mutated, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom('\n', '\n\n').map((joiner) => parts.join(joiner)));

describe('the message prefilter', () => {
  it('never changes what a message shows, however the evidence in it is disguised', () => {
    fc.assert(
      fc.property(messages, (message) => {
        expect(sightingsOf(message, catalog)).toEqual(sightingsOf(message, unfiltered));
      }),
      { numRuns: 4000 },
    );
  });

  it('lets every catalog example through that a detector finds', () => {
    for (const fragment of fragments) {
      const found = sightingsOf(fragment, unfiltered);
      if (found.length > 0) expect(sightingsOf(fragment, catalog), fragment).toEqual(found);
    }
  });

  it('turns away ordinary human messages without running a signature', () => {
    for (const message of ['Fix the parser\n\nSigned-off-by: Ana <ana@example.com>', 'feat(core): change number 12\n\nRefactor the request pipeline.', 'Merge branch \'feature/login\'']) {
      expect(catalog.messagePrefilter.mayMatch(foldLookalikes(restoreMessageForm(message))), message).toBe(false);
    }
    expect(catalog.messagePrefilter.mayNameBranch("Merge branch 'feature/login'")).toBe(false);
    expect(catalog.messagePrefilter.mayNameBranch("Merge branch 'claude/fix-x-AbCdE'")).toBe(true);
  });

  it('finds a trailer key however hyphens are added or dropped', () => {
    for (const key of ['Entire-Session', 'EntireSession', 'Entire--Ses-sion', 'ENTIRE-SESSION']) {
      expect(catalog.messagePrefilter.mayMatch(`x\n\n${key}: abc`), key).toBe(true);
    }
  });

  it('answers "maybe" for the first messages, before it is worth building', () => {
    const lazy = compileMessagePrefilter(trailers, compiled.markers, compiled.branches, 2);
    expect([lazy.mayMatch('fix the parser'), lazy.mayMatch('fix the parser'), lazy.mayMatch('fix the parser')]).toEqual([true, true, false]);
  });

  it('sees into every message signature of the catalog, so it filters at all', () => {
    const trailers = [...new Set([...catalog.trailersByKey.values()].flat())];
    const chosen = chooseMessageLiterals(trailers, catalog.markers);
    expect(chosen.complete).toBe(true);
    for (const literal of [...chosen.text, ...chosen.keys]) expect(literal.length, literal).toBeGreaterThanOrEqual(4);
  });
});
