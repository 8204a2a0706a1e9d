/**
 * @fileoverview The sources an audit's repository scans use: a repository found by the walk is read from its files
 * (HEAD, refs, config) where its layout is plain, so git runs only for what needs it (paths, history).
 */
import type { RefRecord } from './model/records.js';
import { GIT_SOURCES, type RepositorySources } from './scan.js';
import { findRepository } from './sources/git-repository.js';
import { readRepositoryFiles } from './sources/repository-files.js';

/**
 * Sources for scanning one repository the walk found at `folder`: findRepository and readRefs answer from the
 * repository's files when they can (the refs are read once, on the way to HEAD), else from git as any scan does.
 */
export function auditRepositorySources(env: NodeJS.ProcessEnv = process.env): Pick<RepositorySources, 'findRepository' | 'readRefs'> {
  let refs: readonly RefRecord[] | undefined;
  return {
    async findRepository(path) {
      const read = await readRepositoryFiles(path, env);
      if (read === undefined) return findRepository(path);
      refs = read.refs;
      return read.repository;
    },
    readRefs(repository) {
      return refs !== undefined ? listRefs(refs) : GIT_SOURCES.readRefs(repository);
    },
  };
}

async function* listRefs(refs: readonly RefRecord[]): AsyncGenerator<RefRecord> {
  yield* refs;
}
