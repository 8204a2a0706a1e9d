/**
 * @fileoverview Everything one commit shows about assistants, attributed to the right tool: message trailers and
 * markers, author and committer, bot addresses in any `*-by:` trailer, and branches named in merge messages.
 */
import { parseAttributionLine, parseFooterModels, type LineAttribution } from '../attribution/attribution-line.js';
import { resolveToolName } from '../attribution/tool-names.js';
import type { ModelMention } from '../model/model-mention.js';
import type { CommitRecord } from '../model/records.js';
import type { Signature } from '../model/signature.js';
import { foldLookalikes } from '../text/lookalikes.js';
import { restoreMessageForm } from '../text/message-forms.js';
import { detectIdentity } from './commit-identity.js';
import { detectMessage } from './commit-message.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';
import { findTrailerLines } from './message-lines.js';
import { detectRef } from './refs.js';

/** One signature seen in a commit, with the tool it shows (which can differ from the signature's own assistant). */
export interface CommitSighting {
  readonly entry: CatalogEntry<Signature>;
  /** The assistant this sighting counts for: the signature's, or the tool its line names (`... via Crush`). */
  readonly assistant: string;
  /** 1-based line in the message, for message sightings. */
  readonly line?: number;
  readonly role?: 'author' | 'committer';
  /** What to show as the excerpt. */
  readonly text: string;
  /** What the fingerprint hashes besides the signature id and commit key. */
  readonly contentKey: string;
  readonly models: readonly ModelMention[];
}

const ANY_AGENT = 'any-agent';
const GITHUB_NOREPLY = '@users.noreply.github.com';
// Merge subjects name branches: GitHub PRs, `git merge`, `git pull` and GitLab (quoted target).
const MERGE_PR = /^[\s*-]*Merge pull request #\d+ from [^/\s]+\/(\S+)/;
const MERGE_BRANCH = /^[\s*-]*Merge (?:remote-tracking )?branch(?:es)? '([^']+)'(?: of \S+)?(?: into '?([^'\s]+)'?)?/;
const IDENTITY_IN_TRAILER = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>/;

// A history repeats the same few trailer lines on thousands of commits; their (immutable) readings are kept, up to a bound.
const TRAILER_MEMO_LIMIT = 4096;
const TRAILER_MEMO_MAX_LINE = 512;
const trailerReadings = new Map<string, LineAttribution>();

/** `parseAttributionLine` of a trailer line, remembered: the same line reads the same way every time. */
function trailerAttribution(line: string): LineAttribution {
  // Long lines are read afresh: kept, a hostile history of long distinct lines would turn the memo into a store.
  if (line.length > TRAILER_MEMO_MAX_LINE) return parseAttributionLine(line);
  let said = trailerReadings.get(line);
  if (said === undefined) {
    if (trailerReadings.size >= TRAILER_MEMO_LIMIT) trailerReadings.clear();
    trailerReadings.set(line, (said = parseAttributionLine(line)));
  }
  return said;
}

/** Every sighting in `commit`, tools resolved; not yet grouped (see groupSightings). */
export function findCommitSightings(commit: CommitRecord, catalog: CompiledCatalog): CommitSighting[] {
  const sightings = findMessageSightings(commit.message, catalog);
  if (commit.decodedMessage !== undefined) {
    // The bytes as stored and the text the encoding header says they are: a UTF-16 message hides an ASCII trailer from one view.
    const seen = new Set(sightings.map((sighting) => sighting.entry.signature.id));
    for (const sighting of findMessageSightings(commit.decodedMessage, catalog)) if (!seen.has(sighting.entry.signature.id)) sightings.push(sighting);
  }
  for (const role of ['author', 'committer'] as const) {
    const name = role === 'author' ? commit.authorName : commit.committerName;
    const email = role === 'author' ? commit.authorEmail : commit.committerEmail;
    const entries = detectIdentity({ name, email }, catalog);
    if (entries.length === 0) continue;
    const models = parseAttributionLine(name, { isTrailer: false }).models;
    const shown = `${role === 'author' ? 'Author' : 'Committer'}: ${name} <${email}>`;
    for (const entry of entries) sightings.push({ entry, assistant: entry.assistant, role, text: shown, contentKey: role, models });
  }
  return sightings;
}

/** Every sighting in a commit message alone (trailers, markers, bot addresses in trailers, merged branches). */
export function findMessageSightings(message: string, catalog: CompiledCatalog): CommitSighting[] {
  const sightings: CommitSighting[] = [];
  for (const match of detectMessage(message, catalog)) {
    const isTrailer = match.entry.signature.kind === 'commit-trailer';
    const said = isTrailer ? trailerAttribution(match.text) : { models: parseFooterModels(match.text), hasEmail: false };
    const explicit = 'tool' in said && said.tool !== undefined && (!said.hasEmail || said.isToolExplicit === true);
    const other = 'otherTool' in said ? said.otherTool : undefined;
    const named = explicit ? (resolveToolName(said.tool!, catalog.assistants) ?? (other !== undefined ? resolveToolName(other, catalog.assistants) : undefined)) : undefined;
    sightings.push({
      entry: match.entry,
      assistant: named ?? match.entry.assistant,
      line: match.line,
      text: match.text,
      contentKey: match.text.trim(),
      models: said.models,
    });
  }
  if (message.includes(GITHUB_NOREPLY)) {
    // A trailer signature on the same line already says which tool it is, more precisely than the bare address.
    const matchedLines = new Set(sightings.flatMap((sighting) => (sighting.line !== undefined ? [sighting.line] : [])));
    sightings.push(...trailerIdentitySightings(message, catalog).filter((sighting) => !matchedLines.has(sighting.line!)));
  }
  if (message.includes('Merge ') && catalog.messagePrefilter.mayNameBranch(message)) sightings.push(...mergeBranchSightings(message, catalog));
  return sightings;
}

/**
 * One group per assistant, strongest sighting first, then the assistant's own signatures, then those naming a
 * provider, then message order, each signature once. The generic
 * `any-agent` group is dropped when a specific tool showed itself in the same commit.
 */
export function groupSightings(sightings: readonly CommitSighting[]): CommitSighting[][] {
  const groups = new Map<string, CommitSighting[]>();
  for (const sighting of sightings) {
    const group = groups.get(sighting.assistant) ?? [];
    if (group.some((seen) => seen.entry.signature.id === sighting.entry.signature.id)) continue;
    group.push(sighting);
    groups.set(sighting.assistant, group);
  }
  if (groups.size > 1) groups.delete(ANY_AGENT);
  return [...groups.values()].map((group) => group.map((sighting, index) => ({ sighting, index })).sort(byStrength).map(({ sighting }) => sighting));
}

const RANK = { strong: 0, shared: 1, weak: 2 } as const;

function byStrength(a: { sighting: CommitSighting; index: number }, b: { sighting: CommitSighting; index: number }): number {
  const foreign = (s: CommitSighting): number => (s.entry.assistant === s.assistant ? 0 : 1);
  // A signature that names the provider (aider's `claude-*` trailer) says more than the plain one on the same line.
  const generic = (s: CommitSighting): number => (s.entry.signature.provider ? 0 : 1);
  return (
    RANK[a.sighting.entry.signature.strength] - RANK[b.sighting.entry.signature.strength] ||
    foreign(a.sighting) - foreign(b.sighting) ||
    generic(a.sighting) - generic(b.sighting) ||
    a.index - b.index
  );
}

/** Catalogued GitHub bot addresses in any `*-by:` trailer, whatever display name goes with them. */
function trailerIdentitySightings(message: string, catalog: CompiledCatalog): CommitSighting[] {
  const sightings: CommitSighting[] = [];
  const lines = foldLookalikes(restoreMessageForm(message)).split('\n');
  for (const trailer of findTrailerLines(lines)) {
    if (!trailer.key.endsWith('-by')) continue;
    const identity = IDENTITY_IN_TRAILER.exec(trailer.value);
    if (!identity || !identity[2]!.toLowerCase().endsWith(GITHUB_NOREPLY)) continue;
    for (const entry of detectIdentity({ name: identity[1]!, email: identity[2]! }, catalog)) {
      sightings.push({ entry, assistant: entry.assistant, line: trailer.line, text: trailer.text, contentKey: trailer.text.trim(), models: [] });
    }
  }
  return sightings;
}

/** Branch signatures for the branches a merge message names (`Merge pull request #7 from owner/copilot/fix-x`). */
function mergeBranchSightings(message: string, catalog: CompiledCatalog): CommitSighting[] {
  const sightings: CommitSighting[] = [];
  const lines = message.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('Merge ')) continue;
    for (const branch of mergedBranches(line)) {
      for (const entry of detectRef(`refs/heads/${branch}`, catalog)) {
        sightings.push({ entry, assistant: entry.assistant, line: i + 1, text: line, contentKey: line.trim(), models: [] });
      }
    }
  }
  return sightings;
}

/** The branch names in one merge subject; `origin/x` counts as `x`. */
export function mergedBranches(line: string): string[] {
  const pr = MERGE_PR.exec(line);
  if (pr) return [pr[1]!];
  const merge = MERGE_BRANCH.exec(line);
  if (!merge) return [];
  const merged = /Merge remote-tracking branch/.test(line) || /^(?:origin|upstream)\//.test(merge[1]!) ? merge[1]!.replace(/^[^/]+\//, '') : merge[1]!;
  return merge[2] ? [merged, merge[2]] : [merged];
}
