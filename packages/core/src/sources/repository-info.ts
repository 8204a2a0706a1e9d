/** @fileoverview The answer findRepository gives, shared by its git and file readers. */

/** A repository as git sees it from some folder inside it. */
export interface RepositoryInfo {
  /** The work tree root, or the git dir for a bare repository. */
  readonly root: string;
  readonly gitDir: string;
  readonly isBare: boolean;
  /** False for a repository with no commit yet. */
  readonly hasHead: boolean;
  /** The commit HEAD points at, when it does. */
  readonly head?: string;
  /** The git dir shared by linked worktrees (refs, shallow, worktree HEADs live there). @default gitDir */
  readonly commonDir?: string;
  /** True for a shallow clone (`--depth`): history stops at the graft points, so older commits cannot be read. */
  readonly isShallow?: boolean;
  /** True for a partial clone (`--filter`): some objects are not here and git would fetch them (aiguard never does). */
  readonly isPartial?: boolean;
}
