/** @fileoverview Matches model ids against a policy's `models` globs (`claude-*`, `gpt-5.?`), compiled once per policy file. */

const compiled = new WeakMap<Readonly<Record<string, unknown>>, readonly (readonly [string, RegExp])[]>();

/** The globs of `models` that `modelId` matches, in the file's order. Case-insensitive; `*` any run, `?` one character. */
export function matchingModelGlobs(models: Readonly<Record<string, unknown>>, modelId: string): string[] {
  let patterns = compiled.get(models);
  if (!patterns) {
    patterns = Object.keys(models).map((glob) => [glob, globToRegExp(glob)] as const);
    compiled.set(models, patterns);
  }
  return patterns.filter(([, pattern]) => pattern.test(modelId)).map(([glob]) => glob);
}

function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}
