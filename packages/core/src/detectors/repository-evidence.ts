/** @fileoverview Turns repository records (commits, refs, paths) into evidence, using the per-kind detectors. */
import { hash } from 'node:crypto';
import type { CommitDetails, Evidence } from '../model/evidence.js';
import type { AnnotationRecord, CommitRecord, PathRecord, RefRecord } from '../model/records.js';
import type { Signature } from '../model/signature.js';
import { makeExcerpt } from '../text/excerpt.js';
import { detectMessage } from './commit-message.js';
import type { ModelMention } from '../model/model-mention.js';
import { findCommitSightings, findMessageSightings, groupSightings, type CommitSighting } from './commit-sightings.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';
import { detectConfigContent } from './config-content.js';
import { impliedProvider, soleProvider } from './evidence-provider.js';
import { detectRef } from './refs.js';
import { detectRepoPath } from './repo-paths.js';

/**
 * Evidence in one commit: one item per tool, carrying every signature that showed it (`signatures`), the models
 * named and the provider. Generic "some agent" evidence only when no specific tool showed itself.
 */
export function detectCommitEvidence(commit: CommitRecord, catalog: CompiledCatalog, repository?: string): Evidence[] {
  const sightings = findCommitSightings(commit, catalog);
  // Most commits carry no evidence: no key, date or details are built for them (a 100k history is mostly these).
  if (sightings.length === 0) return [];
  // A record works its dates out on each read, so they are read once here and handed on.
  const { authorDate, committerDate } = commit;
  // The fingerprint must survive rebase, cherry-pick and amend: author and author date are kept by all three; the SHA is not.
  const commitKey = `${commit.authorEmail.toLowerCase()}\n${authorDate}`;
  // Whoever commits sets both dates; a ban date is measured against the later, so back-dating the author date alone does not help.
  const date = laterDate(authorDate, committerDate);
  const found = groupedEvidence(sightings, catalog, (first) => {
    const location = { repository, commit: commit.id, ...(first.line !== undefined ? { line: first.line } : {}), ...(first.role ? { role: first.role } : {}) };
    return evidence(first.entry, location, first.text, date, `${commitKey}\n${first.contentKey}`);
  });
  if (found.length === 0) return found;
  const details = commitDetails(commit, authorDate, committerDate);
  return found.map((item) => ({ ...item, commit: details }));
}

/** Trailers and markers in an annotated tag's message or a note, located by the ref they were reached from. */
export function detectAnnotationEvidence(record: AnnotationRecord, catalog: CompiledCatalog, repository?: string): Evidence[] {
  const found: Evidence[] = [];
  const seen = new Set<string>();
  for (const message of record.decodedMessage === undefined ? [record.message] : [record.message, record.decodedMessage]) {
    for (const match of detectMessage(message, catalog)) {
      if (seen.has(match.entry.signature.id)) continue;
      seen.add(match.entry.signature.id);
      const where = `${record.kind} ${record.kind === 'note' ? `on ${record.object.slice(0, 12)}` : record.ref.replace(/^refs\/tags\//, '')}`;
      found.push(evidence(match.entry, { repository, ref: record.ref, line: match.line }, `${where}: ${match.text}`, undefined, `${record.ref}\n${record.object}\n${match.text.trim()}`));
    }
  }
  return found;
}

/**
 * Evidence in a commit message not yet committed (the commit-msg hook, the editor's commit box): one item per tool
 * as for a commit, located by line only, fingerprinted by the line's text.
 */
export function detectMessageEvidence(message: string, catalog: CompiledCatalog): Evidence[] {
  const sightings = findMessageSightings(message, catalog);
  return groupedEvidence(sightings, catalog, (first) => evidence(first.entry, { line: first.line }, first.text, undefined, `message\n${first.contentKey}`));
}

/** One evidence item per group of sightings (one tool), with its models, provider and every signature. */
function groupedEvidence(sightings: readonly CommitSighting[], catalog: CompiledCatalog, locate: (first: CommitSighting) => Evidence): Evidence[] {
  return groupSightings(sightings).map((group) => {
    const first = group[0]!;
    const found = locate(first);
    const models = uniqueModels(group.flatMap((sighting) => sighting.models));
    // The first sighting's tool may differ from its signature's (`... via Crush`): its sole provider is the group's.
    const provider =
      models.find((model) => model.provider)?.provider ??
      group.find((s) => s.entry.signature.provider)?.entry.signature.provider ??
      soleProvider(first.assistant, catalog);
    return {
      ...found,
      assistant: first.assistant,
      ...(models[0] ? { model: models[0] } : {}),
      ...(models.length > 1 ? { models } : {}),
      ...(provider ? { provider } : {}),
      signatures: group.map((sighting) => ({
        signature: sighting.entry.signature.id,
        kind: sighting.entry.signature.kind,
        strength: sighting.entry.signature.strength,
        ...(sighting.line !== undefined ? { line: sighting.line } : {}),
        ...(sighting.role ? { role: sighting.role } : {}),
        excerpt: makeExcerpt(sighting.text),
      })),
    };
  });
}

function uniqueModels(models: readonly ModelMention[]): ModelMention[] {
  const seen = new Set<string>();
  return models.filter((model) => !seen.has(model.id) && seen.add(model.id));
}

/** Adds the provider the signature implies, or the assistant's only one, so every repository finding names it when known. */
function withProvider(found: Evidence, entry: CatalogEntry<Signature>, catalog: CompiledCatalog): Evidence {
  const provider = impliedProvider(entry, catalog);
  return provider ? { ...found, provider } : found;
}

/** Evidence in one ref name (branches and notes refs). */
export function detectRefEvidence(ref: RefRecord, catalog: CompiledCatalog, repository?: string): Evidence[] {
  return detectRef(ref.name, catalog).map((entry) => withProvider(evidence(entry, { repository, ref: ref.name }, ref.name, undefined, ref.name), entry, catalog));
}

/** Evidence in one repository path. */
export function detectPathEvidence(record: PathRecord, catalog: CompiledCatalog, repository?: string): Evidence[] {
  return detectRepoPath(record.path, catalog).map((entry) =>
    withProvider(evidence(entry, { repository, path: record.path, ...(record.commit ? { commit: record.commit } : {}) }, record.path, undefined, record.path), entry, catalog),
  );
}

/** Config-content evidence in the text of the file at `record.path` (a `claude-*` model in `.aider.conf.yml`). */
export function detectConfigEvidence(record: PathRecord, text: string, catalog: CompiledCatalog, repository?: string): Evidence[] {
  return detectConfigContent(record.path, text, catalog).map((match) =>
    withProvider(evidence(match.entry, { repository, path: record.path, line: match.line }, match.text.trim(), undefined, `${record.path}\n${match.text.trim()}`), match.entry, catalog),
  );
}

function evidence(
  entry: CatalogEntry<Signature>,
  location: Evidence['location'],
  text: string,
  date: string | undefined,
  contentKey: string,
): Evidence {
  const { signature } = entry;
  // Built key by key: entries-filter-fromEntries allocated three arrays per finding on a history full of evidence.
  const cleanLocation: Evidence['location'] = {};
  for (const key in location) {
    const value = location[key as keyof typeof location];
    if (value !== undefined) (cleanLocation as Record<string, unknown>)[key] = value;
  }
  return {
    assistant: entry.assistant,
    signature: signature.id,
    kind: signature.kind,
    strength: signature.strength,
    location: cleanLocation,
    excerpt: makeExcerpt(text),
    fingerprint: fingerprint(signature.id, contentKey),
    ...(date ? { date } : {}),
  };
}

/** The commit's identities and subject as evidence carries them; built once per commit, shared by its findings. */
function commitDetails(commit: CommitRecord, authorDate: string, committerDate: string): CommitDetails {
  // The subject as people read it: decoded per the encoding header when there is one.
  const message = commit.decodedMessage ?? commit.message;
  const newline = message.indexOf('\n');
  return {
    authorName: commit.authorName,
    authorEmail: commit.authorEmail,
    authorDate,
    committerName: commit.committerName,
    committerEmail: commit.committerEmail,
    committerDate,
    subject: makeExcerpt(newline === -1 ? message : message.slice(0, newline)),
  };
}

/** The later of two ISO dates; either may be empty or unreadable, and then the other stands. */
function laterDate(a: string, b: string): string {
  // Most commits are committed as authored: equal dates need no parsing.
  if (a === b) return a;
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(tb)) return a;
  if (Number.isNaN(ta)) return b;
  return tb > ta ? b : a;
}

/** A stable 32-hex fingerprint of a signature id and the content it was seen in (no commit SHA, no absolute path). */
export function fingerprint(signatureId: string, contentKey: string): string {
  // The one-shot hash (Node 20.12+, so VS Code 1.93's Electron too) makes no Hash object: a third of the time per finding.
  return hash('sha256', `${signatureId}\n${contentKey}`, 'hex').slice(0, 32);
}
