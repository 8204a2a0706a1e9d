#!/usr/bin/env node
// Launcher kept outside dist/ so npm can link the bin before the first build: checks Node, then runs the one-file CLI
// bundle (scripts/bundle-cli.mjs), the same file the published package and the standalone binaries run.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('./node-check.cjs').exitUnlessSupportedNode(fileURLToPath(new URL('..', import.meta.url)));
require('./compile-cache.cjs').enableCompileCache();
require('../dist/aiguard.cjs');
