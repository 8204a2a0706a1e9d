// esbuild plugins the CLI and hook bundles share, both about start-up: built-ins loaded on first call, and packages
// only one command uses kept in chunk files beside the bundle (bench/startup.mjs, bench/hook.mjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Built-ins that cost milliseconds to load and that most runs never call: node:crypto (about 6 ms: only findings need
 * a fingerprint) and node:readline (the history cache's file reader).
 */
export const LAZY_BUILTINS = ['crypto', 'readline'];

/**
 * Replaces each named import from a built-in in `names` with a function that requires the built-in on its first call.
 * Only functions whose names start lower-case are forwarded (createHash, randomUUID, createInterface): a class or a
 * constant imported from one of these built-ins fails the build, so nothing is wrapped that a plain call cannot stand for.
 */
export function lazyBuiltins(names = LAZY_BUILTINS) {
  const filter = new RegExp(`^(?:node:)?(?:${names.join('|')})$`);
  return {
    name: 'lazy-builtins',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        const name = args.path.replace(/^node:/, '');
        // The shim's own require reaches the real built-in.
        if (args.namespace === 'lazy-builtin') return { path: `node:${name}`, external: true };
        return { path: name, namespace: 'lazy-builtin' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
        const functions = Object.entries(require(args.path)).filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name));
        const lines = [
          `// node:${args.path}, required on the first call of one of its functions.`,
          'let loaded;',
          `const load = () => (loaded ??= require('node:${args.path}'));`,
          ...functions.map(([name]) => `export function ${name}(...args) { return load().${name}(...args); }`),
        ];
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/** Packages only one command loads (chokidar: `watch`; simple-git: `hook install`), each bundled into dist/chunks/<name>.cjs. */
export const CHUNKED_PACKAGES = ['chokidar', 'simple-git'];

/**
 * Leaves each package in `names` out of the bundle, as a require of its own chunk file (`./chunks/<name>.cjs`, relative
 * to the bundle in dist/): a command that never imports it never reads or compiles it.
 */
export function packagesAsChunks(names = CHUNKED_PACKAGES) {
  return {
    name: 'packages-as-chunks',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({ path: `./chunks/${args.path}.cjs`, external: true }));
    },
  };
}

/**
 * Drops each catalog signature's `examples` (the matches and non-matches its tests run) from core's compiled catalog
 * files: about half of the catalog's bytes, which every hook would otherwise read and evaluate. Nothing outside the
 * tests and the catalog's self-check reads them; the hook bundle has neither. A file whose examples cannot be cut out
 * cleanly (a template literal, unbalanced braces) is left whole.
 */
export function catalogWithoutExamples() {
  return {
    name: 'catalog-without-examples',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]dist[\\/]catalog[\\/][^\\/]+\.js$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(args.path, 'utf8');
        return { contents: withoutExamples(text) ?? text, loader: 'js' };
      });
    },
  };
}

/** `text` with every `examples: { ... },` property removed, or undefined when one cannot be delimited for sure. */
export function withoutExamples(text) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('examples: {', at);
    if (start < 0) return out + text.slice(at);
    const end = closingBrace(text, start + 'examples: '.length);
    if (end === undefined) return undefined;
    const comma = /^\s*,/.exec(text.slice(end + 1));
    out += text.slice(at, start);
    at = end + 1 + (comma ? comma[0].length : 0);
  }
}

/** The index of the `}` closing the `{` at `open`, skipping '…' and "…" strings; undefined on a template literal. */
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '`') return undefined;
    if (char === '"' || char === "'") {
      for (i++; i < text.length && text[i] !== char; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return char === '}' ? i : undefined;
    }
  }
  return undefined;
}
