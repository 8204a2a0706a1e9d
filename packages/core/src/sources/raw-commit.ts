/**
 * @fileoverview Turns a raw commit object (the bytes git stores) into a commit record: message bytes as stored, and
 * as decoded per its `encoding` header, so neither a NUL byte nor a re-encoding can hide a trailer.
 */
import type { CommitRecord, ContainingRefNames } from '../model/records.js';

const UTF8_NAMES = new Set(['utf-8', 'utf8']);

/**
 * Parses one commit object. The message is every byte after the header, read as UTF-8 (a NUL or an invalid byte
 * does not end it, unlike `git log %B`); when the header names another encoding that decodes, the decoded text is
 * `decodedMessage`. Identities are raw (no mailmap); dates are ISO 8601 in the form `git log %aI` prints, worked out
 * only when read (most commits of a history scan carry no evidence, and their dates are never needed). `refsOf`
 * gives `containingRefs` from the parents, for readers that learn them while walking.
 */
export function parseRawCommit(id: string, data: Buffer, refsOf?: (parents: readonly string[]) => ContainingRefNames): CommitRecord {
  const split = data.indexOf('\n\n');
  const headerEnd = split < 0 ? data.length : split;
  const header = data.toString('utf8', 0, headerEnd);
  const messageBytes = split < 0 ? data.subarray(data.length) : data.subarray(split + 2);
  const parents: string[] = [];
  let author = '';
  let committer = '';
  let encoding: string | undefined;
  // One pass over the header's lines; the field name is what precedes a line's first space.
  for (let at = 0; at <= header.length; ) {
    let end = header.indexOf('\n', at);
    if (end < 0) end = header.length;
    // Continuation lines (gpgsig, mergetag) start with a space and carry no field of ours.
    if (header.charCodeAt(at) !== 0x20) {
      if (isField(header, at, end, 'parent')) parents.push(valueOf(header, at, end, 'parent'));
      else if (author === '' && isField(header, at, end, 'author')) author = valueOf(header, at, end, 'author');
      else if (committer === '' && isField(header, at, end, 'committer')) committer = valueOf(header, at, end, 'committer');
      else if (encoding === undefined && isField(header, at, end, 'encoding')) encoding = valueOf(header, at, end, 'encoding').trim();
    }
    at = end + 1;
  }
  const authorIdentity = parseIdentity(author);
  const committerIdentity = parseIdentity(committer);
  const { message, decodedMessage } = decodeStoredText(messageBytes, encoding);
  const record = new RawCommitRecord(id, parents, authorIdentity, committerIdentity, message);
  if (decodedMessage !== undefined) record.decodedMessage = decodedMessage;
  if (refsOf) record.containingRefs = refsOf(parents);
  return record;
}

/**
 * A commit record whose dates are worked out when read. A class, not an object literal with getters: a literal's
 * accessors cost two closures per commit and doubled a 100k-commit scan's peak memory.
 */
class RawCommitRecord implements CommitRecord {
  readonly authorName: string;
  readonly authorEmail: string;
  readonly committerName: string;
  readonly committerEmail: string;
  declare decodedMessage?: string;
  declare containingRefs?: ContainingRefNames;
  readonly #authorWhen: string | undefined;
  readonly #committerWhen: string | undefined;

  constructor(
    readonly id: string,
    readonly parents: readonly string[],
    author: Identity,
    committer: Identity,
    readonly message: string,
  ) {
    this.authorName = author.name;
    this.authorEmail = author.email;
    this.committerName = committer.name;
    this.committerEmail = committer.email;
    this.#authorWhen = author.when;
    this.#committerWhen = committer.when;
  }

  get authorDate(): string {
    return identityDate(this.#authorWhen);
  }

  get committerDate(): string {
    return identityDate(this.#committerWhen);
  }
}

interface Identity {
  readonly name: string;
  readonly email: string;
  /** The `1700000000 +0100` after the email, as stored; undefined for a damaged identity without one. */
  readonly when: string | undefined;
}

/** Whether the line `[at, end)` is the header field `name`: the name alone, or the name and a space. */
function isField(header: string, at: number, end: number, name: string): boolean {
  return header.startsWith(name, at) && (end === at + name.length || header.charCodeAt(at + name.length) === 0x20);
}

function valueOf(header: string, at: number, end: number, name: string): string {
  return end === at + name.length ? '' : header.slice(at + name.length + 1, end);
}

/** Stored text as UTF-8 (every byte, NULs included), plus its decoding per `encoding` when that differs. */
export function decodeStoredText(bytes: Buffer, encoding: string | undefined): { message: string; decodedMessage?: string } {
  const message = bytes.toString('utf8');
  const decodedMessage = encoding === undefined ? undefined : decodeMessage(bytes, encoding);
  return decodedMessage !== undefined && decodedMessage !== message ? { message, decodedMessage } : { message };
}

/** `Name <email> 1700000000 +0100` as git writes it; tolerant of the damaged forms `hash-object --literally` accepts. */
function parseIdentity(value: string): Identity {
  const open = value.indexOf('<');
  const close = value.indexOf('>', open + 1);
  if (open < 0 || close < 0) return { name: value.trim(), email: '', when: undefined };
  return { name: value.slice(0, open).trim(), email: value.slice(open + 1, close), when: value.slice(close + 1) };
}

/** The ISO date of an identity's `1700000000 +0100` tail; empty when there is none or it does not read. */
function identityDate(when: string | undefined): string {
  if (when === undefined) return '';
  const [seconds, zone] = when.trim().split(/\s+/);
  return isoDate(seconds, zone);
}

/** The date as `%aI` shows it: local time in the commit's own zone, then `+hh:mm` (git 2.39 prints `+00:00`, not `Z`). */
export function isoDate(seconds: string | undefined, zone: string | undefined): string {
  if (seconds === undefined || !/^\d+$/.test(seconds)) return '';
  const tz = /^([+-])(\d\d)(\d\d)$/.exec(zone ?? '');
  const sign = tz ? tz[1]! : '+';
  const offsetMinutes = tz ? (sign === '-' ? -1 : 1) * (Number(tz[2]) * 60 + Number(tz[3])) : 0;
  const localSeconds = Number(seconds) + offsetMinutes * 60;
  const zoneText = `${sign}${tz ? `${tz[2]}:${tz[3]}` : '00:00'}`;
  // Years 1970-9999 by arithmetic: a Date and its toISOString per commit were the top function of a history scan.
  if (localSeconds >= 0 && localSeconds < YEAR_10000) return `${civilTime(localSeconds)}${zoneText}`;
  const local = new Date(localSeconds * 1000);
  if (Number.isNaN(local.getTime())) return '';
  return `${local.toISOString().slice(0, 19)}${zoneText}`;
}

const YEAR_10000 = 253402300800;
const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:MM:SS` for whole seconds since the epoch (0 <= t < year 10000), by Hinnant's civil-from-days. */
function civilTime(t: number): string {
  const days = Math.floor(t / 86400);
  const rest = t - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const time = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${time}`;
}

function decodeMessage(bytes: Buffer, encoding: string): string | undefined {
  const name = encoding.toLowerCase();
  if (UTF8_NAMES.has(name)) return undefined;
  // A bare UTF-16 carries its byte order in a BOM; TextDecoder's `utf-16` alone means little-endian.
  const label = (name === 'utf-16' || name === 'utf16') && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : encoding;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An encoding name Node does not know: the stored bytes are all there is, and they are matched as read.
    return undefined;
  }
}
