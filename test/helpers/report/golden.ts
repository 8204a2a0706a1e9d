/** @fileoverview Compares report output with golden files in test/fixtures/expected/report; UPDATE_GOLDEN=1 rewrites them. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The folder that holds every report golden file, named `<format>-<case>.<ext>`. */
export const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/expected/report/', import.meta.url));

/** Asserts that `actual` equals the golden file `name`; with `UPDATE_GOLDEN=1` in the environment, writes it instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`Golden file ${file} does not exist; run the test with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual, `output differs from ${file}; if the change is intended, rerun with UPDATE_GOLDEN=1`).toBe(expected);
}
