/** @fileoverview Tests parseRawCommit on commit objects written byte for byte: NUL bytes, encodings, damaged identities, dates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, parseRawCommit } from './raw-commit.js';

const ID = 'a'.repeat(40);
const HEADER = `tree ${'b'.repeat(40)}\nparent ${'c'.repeat(40)}\nparent ${'d'.repeat(40)}\nauthor Ana Human <ana@example.com> 1767607200 +0100\ncommitter Bo Bot <bot@example.org> 1767607260 -0130\n`;

describe('parseRawCommit', () => {
  it('reads parents, raw identities and %aI-style dates from the header', () => {
    const commit = parseRawCommit(ID, Buffer.from(`${HEADER}\nSubject\n`));
    expect(commit).toMatchObject({
      id: ID,
      parents: ['c'.repeat(40), 'd'.repeat(40)],
      authorName: 'Ana Human',
      authorEmail: 'ana@example.com',
      authorDate: '2026-01-05T11:00:00+01:00',
      committerName: 'Bo Bot',
      committerEmail: 'bot@example.org',
      committerDate: '2026-01-05T08:31:00-01:30',
      message: 'Subject\n',
    });
    expect(commit.decodedMessage).toBeUndefined();
  });

  it('keeps every message byte after a NUL, where git log %B stops', () => {
    const commit = parseRawCommit(ID, Buffer.from(`${HEADER}\nf\0\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`));
    expect(commit.message).toContain('Co-Authored-By: Claude <noreply@anthropic.com>');
  });

  it('gives the stored bytes and the text the encoding header names when they differ', () => {
    const message = Buffer.from('f\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', 'utf16le');
    const commit = parseRawCommit(ID, Buffer.concat([Buffer.from(`${HEADER}encoding UTF-16LE\n\n`), message]));
    expect(commit.decodedMessage).toBe('f\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    const ascii = parseRawCommit(ID, Buffer.from(`${HEADER}encoding UTF-16\n\nf\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n`));
    expect(ascii.message).toContain('Co-Authored-By: Claude');
  });

  it('reads a big-endian UTF-16 message by its byte order mark', () => {
    const le = Buffer.from('\uFEFFhi there\n', 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(parseRawCommit(ID, Buffer.concat([Buffer.from(`${HEADER}encoding UTF-16\n\n`), be])).decodedMessage).toBe('hi there\n');
  });

  it('keeps the stored bytes alone when the encoding header names no known encoding', () => {
    const commit = parseRawCommit(ID, Buffer.from(`${HEADER}encoding no-such-charset\n\nbody\n`));
    expect(commit.message).toBe('body\n');
    expect(commit.decodedMessage).toBeUndefined();
  });

  it('skips signature continuation lines and tolerates damaged identities', () => {
    const raw = `tree ${'b'.repeat(40)}\nauthor no brackets here\ncommitter X <x@example.org> not-a-date\ngpgsig -----BEGIN PGP SIGNATURE-----\n parent ${'e'.repeat(40)}\n -----END PGP SIGNATURE-----\n\nmsg`;
    const commit = parseRawCommit(ID, Buffer.from(raw));
    expect(commit).toMatchObject({ parents: [], authorName: 'no brackets here', authorEmail: '', authorDate: '', committerEmail: 'x@example.org', committerDate: '', message: 'msg' });
  });
});

describe('parseRawCommit on damaged headers', () => {
  // The field rules as plainly as they can be said: split into lines, the name is what precedes the first space.
  const plainly = (header: string) => {
    const fields: Record<string, string[]> = {};
    for (const line of header.split('\n')) {
      if (line.startsWith(' ')) continue;
      const space = line.indexOf(' ');
      (fields[space < 0 ? line : line.slice(0, space)] ??= []).push(space < 0 ? '' : line.slice(space + 1));
    }
    return fields;
  };
  const line = fc.constantFrom('parent', 'author', 'committer', 'encoding', 'tree', ' gpgsig', ' author X <x@y> 1 +0000', 'parenthood x').chain((name) =>
    fc.constantFrom('', ' ', ' A <a@b> 1700000000 +0100', ' B <b@c>', ' UTF-16', ' x y').map((value) => `${name}${value}`),
  );

  it('reads the first non-empty author and committer, every parent and the first encoding, as the plain rules say', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const header = lines.filter((l) => l !== '').join('\n');
        const commit = parseRawCommit(ID, Buffer.from(`${header}\n\nmsg`));
        const fields = plainly(header);
        const first = (name: string) => fields[name]?.find((value) => value !== '') ?? '';
        expect(commit.parents).toEqual(fields.parent ?? []);
        expect(`${commit.authorName}<${commit.authorEmail}>`.replace(/\s/g, '')).toBe(first('author').replace(/\s\d+\s[+-]\d{4}$/, '').replace(/^(.*?)<(.*?)>.*$/, '$1<$2>').replace(/^([^<]*)$/, '$1<>').replace(/\s/g, ''));
        expect(commit.committerEmail).toBe(/<([^>]*)>/.exec(first('committer'))?.[1] ?? '');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isoDate', () => {
  it('prints the zone as +hh:mm, +00:00 for UTC, as git 2.39 %aI does', () => {
    expect(isoDate('1700000000', '+0000')).toBe('2023-11-14T22:13:20+00:00');
    expect(isoDate('1700000000', '-0130')).toBe('2023-11-14T20:43:20-01:30');
    expect(isoDate('x', '+0000')).toBe('');
  });

  it('prints what Date.toISOString prints, across leap days, century years and the year-10000 edge', () => {
    const viaDate = (seconds: number, offsetMinutes: number): string => {
      const local = new Date((seconds + offsetMinutes * 60) * 1000);
      return Number.isNaN(local.getTime()) ? '' : local.toISOString().slice(0, 19);
    };
    const edges = [0, 59, 86_399, 86_400, 951_782_400, 951_868_800, 4_107_542_400, 253_402_300_799, 253_402_300_800, 8_640_000_000_000, 8_640_000_000_001];
    const random = Array.from({ length: 5000 }, (_, i) => Math.floor(((i * 2_654_435_761) % 4_294_967_296) * 59.7));
    for (const seconds of [...edges, ...random]) {
      for (const [zone, minutes] of [['+0000', 0], ['-0500', -300], ['+0530', 330], ['+1400', 840]] as const) {
        const expected = viaDate(seconds, minutes);
        expect(isoDate(String(seconds), zone)).toBe(expected === '' ? '' : `${expected}${zone.slice(0, 3)}:${zone.slice(3)}`);
      }
    }
  });
});
