/** @fileoverview Tests that findRepository, which reads plain layouts from their files, answers exactly as git does. */
import { execFileSync } from 'node:child_process';
import { chownSync, cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepositoryLayouts, type RepositoryLayouts } from '../../../../test/helpers/repository-layouts.js';
import { findRepository, findRepositoryWithGit, type RepositoryInfo } from './git-repository.js';

let tree: RepositoryLayouts;
beforeAll(() => {
  tree = makeRepositoryLayouts();
});
afterAll(() => tree.cleanup());

/** An answer or the failure's message; git prints the common dir as it found it, so real paths are compared. */
async function answer(find: () => Promise<RepositoryInfo>): Promise<unknown> {
  try {
    const info = await find();
    return { ...info, commonDir: info.commonDir && realpathSync(info.commonDir) };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

describe('findRepository from files', () => {
  it('answers every layout, and a subfolder of each, exactly as git does', async () => {
    for (const [name, { path }] of Object.entries(tree.layouts)) {
      const folders = [path, ...readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(path, entry.name))];
      for (const folder of folders) {
        expect(await answer(() => findRepository(folder, { env: tree.env })), `${name}: ${folder}`).toEqual(await answer(() => findRepositoryWithGit(folder, { env: tree.env })));
      }
    }
  });

  it('starts one git (config) for a plain layout, and more for the others', async () => {
    const bin = join(tree.root, '..', 'logging-git');
    const log = join(bin, 'calls.log');
    mkdirSync(bin);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const env = { ...tree.env, PATH: `${bin}:${tree.env.PATH ?? process.env.PATH}` };
    for (const [name, { path, isPlain }] of Object.entries(tree.layouts)) {
      writeFileSync(log, '');
      await findRepository(path, { env }).catch(() => undefined);
      const calls = readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
      if (isPlain) expect(calls.map((call) => call.split(' ').find((word, index, words) => words[index - 1] !== '-c' && word !== '-c')), name).toEqual(['config']);
      else expect(calls.length, name).toBeGreaterThan(1);
    }
  });

  it("follows the user's conditional includes as git does: a promisor remote set for one repository only", async () => {
    const loose = realpathSync(tree.layouts['loose refs']!.path);
    const other = realpathSync(tree.layouts['detached HEAD']!.path);
    const home = join(tree.root, '..', 'home-with-include-if');
    mkdirSync(home);
    writeFileSync(join(home, 'partial.inc'), '[remote "origin"]\n\tpromisor = true\n');
    writeFileSync(join(home, '.gitconfig'), `[includeIf "gitdir:${loose}/"]\n\tpath = ${join(home, 'partial.inc')}\n`);
    const env = { ...tree.env, GIT_CONFIG_GLOBAL: join(home, '.gitconfig') };
    const byFiles = await answer(() => findRepository(loose, { env }));
    expect(byFiles).toMatchObject({ isPartial: true });
    expect(byFiles).toEqual(await answer(() => findRepositoryWithGit(loose, { env })));
    const untouched = await answer(() => findRepository(other, { env }));
    expect(untouched).not.toHaveProperty('isPartial');
    expect(untouched).toEqual(await answer(() => findRepositoryWithGit(other, { env })));
  });

  it.runIf(process.getuid?.() === 0)('answers a repository another user owns as git does (scans pass safe.directory=*)', async () => {
    const copy = join(tree.root, '..', 'owned-by-nobody');
    mkdirSync(copy);
    cpSync(tree.layouts['loose refs']!.path, copy, { recursive: true });
    chownSync(copy, 65534, 65534);
    chownSync(join(copy, '.git'), 65534, 65534);
    expect(statSync(copy).uid).toBe(65534);
    const byGit = await answer(() => findRepositoryWithGit(copy, { env: tree.env }));
    expect(byGit).toMatchObject({ hasHead: true });
    expect(await answer(() => findRepository(copy, { env: tree.env }))).toEqual(byGit);
  });
});
