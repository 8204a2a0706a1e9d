/** @fileoverview Unit tests for updating the cached containing refs from the new commits alone, on small hand-made graphs. */
import { describe, expect, it } from 'vitest';
import { tagsToPeel, updateContainingRefs, type CachedContainment } from './containing-refs-update.js';

// Old history: a <- b (main, also tag v1 at a), c on side branched from a.
const id = (name: string): string => name.repeat(40);
const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map(id) as [string, string, string, string, string];
const cached: CachedContainment = {
  refs: new Map([
    ['refs/heads/main', b],
    ['refs/heads/side', c],
    ['refs/tags/v1', a],
    ['refs/pull/1/head', c],
  ]),
  containing: new Map([
    [a, ['refs/heads/main', 'refs/heads/side', 'refs/tags/v1']],
    [b, ['refs/heads/main']],
    [c, ['refs/heads/side']],
  ]),
};
const refsNow = (changes: Record<string, string | undefined>): Map<string, string> => {
  const refs = new Map(cached.refs);
  for (const [name, target] of Object.entries(changes)) {
    if (target === undefined) refs.delete(name);
    else refs.set(name, target);
  }
  return refs;
};

describe('updateContainingRefs', () => {
  it('keeps the cached refs when no ref moved', () => {
    const found = updateContainingRefs(cached, { refs: cached.refs, newCommits: new Map(), evidenceCommits: [a, b, c] });
    expect(found).toEqual(cached.containing);
  });

  it('drops a deleted ref from every commit', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/side': undefined }), newCommits: new Map(), evidenceCommits: [a, b, c] });
    expect(found).toEqual(new Map([[a, ['refs/heads/main', 'refs/tags/v1']], [b, ['refs/heads/main']]]));
  });

  it('follows a fast-forward through the new commits to the old tip', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/main': e }), newCommits: new Map([[e, [d]], [d, [b]]]), evidenceCommits: [a, b, c, d] });
    expect(found?.get(d)).toEqual(['refs/heads/main']);
    expect(found?.get(a)).toEqual(['refs/heads/main', 'refs/heads/side', 'refs/tags/v1']);
    expect(found?.get(b)).toEqual(['refs/heads/main']);
    expect(found?.has(e)).toBe(false);
  });

  it('gives a merge of two old tips the commits of both', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/main': d }), newCommits: new Map([[d, [b, c]]]), evidenceCommits: [a, b, c, d] });
    expect(found?.get(c)).toEqual(['refs/heads/main', 'refs/heads/side']);
    expect(found?.get(d)).toEqual(['refs/heads/main']);
  });

  it('gives a new ref at an old tip what that tip contained', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/remotes/origin/side': c }), newCommits: new Map(), evidenceCommits: [a, c] });
    expect(found?.get(c)).toEqual(['refs/heads/side', 'refs/remotes/origin/side']);
    expect(found?.get(a)).toEqual(['refs/heads/main', 'refs/heads/side', 'refs/remotes/origin/side', 'refs/tags/v1']);
  });

  it('names no ref for new commits only HEAD reaches, and ignores refs git does not decorate', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/pull/2/head': d, 'refs/notes/commits': e }), newCommits: new Map([[d, [b]]]), evidenceCommits: [b, d] });
    expect(found).toEqual(new Map([[b, ['refs/heads/main']]]));
  });

  it('places a new annotated tag at the commit it peels to', () => {
    const tag = id('9');
    const change = { refs: refsNow({ 'refs/tags/v2': tag }), newCommits: new Map([[d, [b]]]), evidenceCommits: [a, b, d] };
    expect(tagsToPeel(cached, change)).toEqual([tag]);
    expect(updateContainingRefs(cached, change)).toBeUndefined();
    const found = updateContainingRefs(cached, { ...change, peeled: new Map([[tag, d]]) });
    expect(found?.get(d)).toEqual(['refs/tags/v2']);
    expect(found?.get(b)).toEqual(['refs/heads/main', 'refs/tags/v2']);
    expect(tagsToPeel(cached, { refs: refsNow({ 'refs/tags/v3': d, 'refs/tags/v4': b, 'refs/heads/x': tag }), newCommits: new Map([[d, [b]]]) })).toEqual([]);
  });

  it('places a ref reset to a commit that another cached ref pointed at', () => {
    const found = updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/main': a, 'refs/tags/v1': undefined }), newCommits: new Map(), evidenceCommits: [a, b] });
    expect(found).toEqual(new Map([[a, ['refs/heads/main', 'refs/heads/side']]]));
  });

  it('cannot tell when a ref moves to a commit no cached ref pointed at, or the new commits join old history there', () => {
    expect(updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/main': id('f') }), newCommits: new Map(), evidenceCommits: [a, b] })).toBeUndefined();
    expect(updateContainingRefs(cached, { refs: refsNow({ 'refs/heads/new': id('f') }), newCommits: new Map(), evidenceCommits: [a] })).toBeUndefined();
    // c is the target of refs/pull/1/head only after side is deleted: not a ref the cache knows the commits of.
    const withoutSide: CachedContainment = { refs: new Map([...cached.refs].filter(([name]) => name !== 'refs/heads/side')), containing: cached.containing };
    expect(updateContainingRefs(withoutSide, { refs: new Map([...withoutSide.refs, ['refs/heads/x', d]]), newCommits: new Map([[d, [c]]]), evidenceCommits: [d] })).toBeUndefined();
  });
});
