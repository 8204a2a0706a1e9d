/**
 * @fileoverview The sources an audit's repository scans use: a repository found by the walk is read from its files
 * (HEAD, refs, config) where its layout is plain, so git runs only for what needs it (paths, history).
 */
import type { RefRecord } from './model/records.js';
import { GIT_SOURCES, type RepositorySources } from './scan.js';
import { findRepository, readRepositoryPaths } from './sources/git-repository.js';
import { readRepositoryFiles } from './sources/repository-files.js';

/**
 * Sources for scanning one repository the walk found: findRepository and readRefs answer from the repository's
 * files when they can (the refs are read once, on the way to HEAD, and give a bare repository's branch tips), else
 * from git as any scan does.
 */
export function auditRepositorySources(env: NodeJS.ProcessEnv = process.env): Pick<RepositorySources, 'findRepository' | 'readRefs' | 'readPaths'> {
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
    // A bare repository's files are its branch tips' trees: the tips come from the refs already read.
    readPaths(repository, warnings) {
      const branchTips = repository.isBare && refs !== undefined ? refs.filter((ref) => ref.name.startsWith('refs/heads/')).map((ref) => ref.target) : undefined;
      return readRepositoryPaths(repository, { warnings, ...(branchTips ? { branchTips } : {}) });
    },
  };
}

async function* listRefs(refs: readonly RefRecord[]): AsyncGenerator<RefRecord> {
  yield* refs;
}
