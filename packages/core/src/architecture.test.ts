/**
 * @fileoverview The house rules about core's own imports, checked on the source: no import cycle (type-only imports
 * included, except between the type files of model/, which describe each other), detectors and policy never import
 * sources/, and model/ imports only model/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.includes('.test-helper.') ? [path] : [];
  });
}

/** Relative imports of each file, as src-relative paths (`.js` specifiers mapped to their `.ts` files). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const from = relative(SRC, file);
    const imports = [...text.matchAll(/(?:^|\n)\s*(import type|import|export type|export)\b[^'"]*?from\s+'(\.[^']+)'/g)].flatMap((match) => {
      const target = relative(SRC, resolve(dirname(file), match[2]!.replace(/\.js$/, '.ts')));
      const isTypeOnly = match[1]!.endsWith('type');
      return isTypeOnly && from.startsWith('model/') && target.startsWith('model/') ? [] : [target];
    });
    graph.set(from, imports);
  }
  return graph;
}

/** One cycle of the graph as a path `a -> b -> a`, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node].join(' -> ');
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('core architecture', () => {
  const graph = importGraph();

  test('has no import cycle, type-only imports included', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  test('the cycle check can fail', () => {
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toBe('a.ts -> b.ts -> a.ts');
  });

  test('detectors and policy never import sources/', () => {
    const offenders = [...graph].flatMap(([file, imports]) =>
      /^(detectors|policy)\//.test(file) ? imports.filter((target) => target.startsWith('sources/')).map((target) => `${file} -> ${target}`) : [],
    );
    expect(offenders).toEqual([]);
  });

  test('model/ holds types and imports only model/', () => {
    const offenders = [...graph].flatMap(([file, imports]) => (file.startsWith('model/') ? imports.filter((target) => !target.startsWith('model/')).map((target) => `${file} -> ${target}`) : []));
    expect(offenders).toEqual([]);
  });
});
