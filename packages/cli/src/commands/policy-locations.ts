/** @fileoverview Finds the repository a policy command is about, so it sees the same layers a scan would. */
import { resolve } from 'node:path';
import { findRepository } from '@aiguard/core';

/** The repository root containing `path`, or `path` itself outside a repository (only the other layers apply). */
export async function repositoryRootFor(path: string): Promise<string> {
  const folder = resolve(path);
  try {
    return (await findRepository(folder)).root;
  } catch (error) {
    if ((error as Error).name === 'NotARepositoryError') return folder;
    throw error;
  }
}
