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

/** Catalog properties no hook reads: the examples only the catalog's tests run, and the prose reports print. */
export const HOOK_UNUSED_CATALOG_PROPERTIES = ['examples', 'source', 'description'];

/**
 * Drops each catalog signature's `examples` (the matches and non-matches its tests run), `source` and `description`
 * (what reports and `aiguard catalog` print) from core's compiled catalog files: about two thirds of the catalog's
 * bytes, which every hook would otherwise read and evaluate. Hooks print a signature's id, never its prose. A file
 * with a property that cannot be cut out for sure is left whole.
 */
export function catalogForHooks() {
  return {
    name: 'catalog-for-hooks',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]dist[\\/]catalog[\\/][^\\/]+\.js$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(args.path, 'utf8');
        return { contents: withoutProperties(text, HOOK_UNUSED_CATALOG_PROPERTIES) ?? text, loader: 'js' };
      });
    },
  };
}

/**
 * `text` with every property in `names` that starts a line (`  name: value,`) removed, or undefined when one value
 * cannot be delimited for sure: values may be strings, templates, objects and arrays of those, with comments; anything
 * else (a regular expression, an identifier, an expression) gives up.
 */
export function withoutProperties(text, names) {
  const property = new RegExp(`^[ \\t]+(?:${names.join('|')}): `, 'gm');
  let out = '';
  let at = 0;
  for (const match of text.matchAll(property)) {
    if (match.index < at) continue;
    const end = valueEnd(text, match.index + match[0].length);
    if (end === undefined) return undefined;
    const after = /^[ \t]*(,|\r?\n[ \t]*[}\]])/.exec(text.slice(end));
    if (!after) return undefined;
    out += text.slice(at, match.index);
    at = end + (after[1] === ',' ? after[0].length : 0);
  }
  return out + text.slice(at);
}

/** The index just past the string, template, object, array or parenthesis starting at `start`; undefined for any other value. */
function valueEnd(text, start) {
  const char = text[start];
  if (char === '"' || char === "'") {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === char) return i + 1;
      else if (text[i] === '\n') return undefined;
    }
    return undefined;
  }
  if (char === '`') {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '`') return i + 1;
      else if (text[i] === '$' && text[i + 1] === '{') {
        const end = bracketEnd(text, i + 1, '}');
        if (end === undefined) return undefined;
        i = end - 1;
      }
    }
    return undefined;
  }
  if (char === '{') return bracketEnd(text, start, '}');
  if (char === '[') return bracketEnd(text, start, ']');
  if (char === '(') return bracketEnd(text, start, ')');
  return undefined;
}

/** The index just past the `close` matching the bracket at `open`, skipping strings, templates and comments. */
function bracketEnd(text, open, close) {
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i];
    if (char === close) return i + 1;
    if (char === '"' || char === "'" || char === '`' || char === '{' || char === '[' || char === '(') {
      const end = valueEnd(text, i);
      if (end === undefined) return undefined;
      i = end - 1;
    } else if (char === '/' && text[i + 1] === '/') {
      const newline = text.indexOf('\n', i);
      if (newline < 0) return undefined;
      i = newline;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 1;
    } else if (char === '/' || char === '}' || char === ']' || char === ')') {
      // A regular expression or a division (either could hide a bracket or a quote), or an unbalanced closer.
      return undefined;
    }
  }
  return undefined;
}
