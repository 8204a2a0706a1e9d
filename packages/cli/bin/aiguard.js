#!/usr/bin/env node
// Launcher kept outside dist/ so npm can link the bin before the first build: checks Node, then runs the one-file CLI
// bundle (scripts/bundle-cli.mjs), the same file the published package and the standalone binaries run.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('./node-check.cjs').exitUnlessSupportedNode(fileURLToPath(new URL('..', import.meta.url)));
const compileCache = require('./compile-cache.cjs');
// Node's compile cache still serves the chunk files; the bundle itself runs with the code cache of its command.
compileCache.enableCompileCache();
compileCache.runWithCodeCache(fileURLToPath(new URL('../dist/aiguard.cjs', import.meta.url)), `cli-${process.argv[2]}`);
