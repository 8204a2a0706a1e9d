/** @fileoverview Tests readCommitGraphCount on commit-graph files that real git writes, single and split, and on files git did not write. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type FixtureRepo } from '../../../../test/helpers/git-fixture.js';
import { readCommitGraphCount } from './commit-graph.js';

let repo: FixtureRepo | undefined;
afterEach(() => repo?.cleanup());

function repoWithCommits(count: number): FixtureRepo {
  repo = createRepo();
  for (let i = 0; i < count; i++) repo.commit({ message: `change ${i}\n` });
  return repo;
}

const objects = (fixture: FixtureRepo): string => join(fixture.path, '.git', 'objects');
const graphCount = (fixture: FixtureRepo) => readCommitGraphCount({ gitDir: join(fixture.path, '.git') });

describe('readCommitGraphCount', () => {
  it('reads the number of commits from the commit-graph file git writes', async () => {
    const fixture = repoWithCommits(7);
    fixture.git('commit-graph', 'write', '--reachable');
    expect(await graphCount(fixture)).toBe(7);
  });

  it('adds up the layers of a split commit-graph chain', async () => {
    const fixture = repoWithCommits(4);
    fixture.git('commit-graph', 'write', '--reachable', '--split=no-merge');
    for (let i = 0; i < 3; i++) fixture.commit({ message: `later ${i}\n` });
    fixture.git('commit-graph', 'write', '--reachable', '--split=no-merge');
    expect(readdirSync(join(objects(fixture), 'info', 'commit-graphs')).filter((name) => name.endsWith('.graph'))).toHaveLength(2);
    expect(await graphCount(fixture)).toBe(7);
  });

  it('knows nothing when git has written no commit-graph', async () => {
    expect(await graphCount(repoWithCommits(2))).toBeUndefined();
  });

  it('knows nothing from a file that is not a commit-graph, or whose count could not fit in it', async () => {
    const fixture = repoWithCommits(3);
    fixture.git('commit-graph', 'write', '--reachable');
    const file = join(objects(fixture), 'info', 'commit-graph');
    const graph = readFileSync(file);
    writeFileSync(file, Buffer.concat([Buffer.from('XXXX'), graph.subarray(4)]));
    expect(await graphCount(fixture)).toBeUndefined();
    // The fanout's last entry claims a billion commits in a file of a few hundred bytes.
    const forged = Buffer.from(graph);
    const chunks = forged[6]!;
    for (let i = 0; i < chunks; i++) {
      if (forged.toString('latin1', 8 + i * 12, 12 + i * 12) === 'OIDF') forged.writeUInt32BE(1e9, Number(forged.readBigUInt64BE(12 + i * 12)) + 255 * 4);
    }
    writeFileSync(file, forged);
    expect(await graphCount(fixture)).toBeUndefined();
  });

  it('knows nothing from a chain file that names something other than graph hashes', async () => {
    const fixture = repoWithCommits(2);
    fixture.git('commit-graph', 'write', '--reachable', '--split=no-merge');
    writeFileSync(join(objects(fixture), 'info', 'commit-graphs', 'commit-graph-chain'), '../../../../etc/passwd\n');
    expect(await graphCount(fixture)).toBeUndefined();
  });
});
