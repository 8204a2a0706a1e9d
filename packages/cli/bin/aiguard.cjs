#!/usr/bin/env node
// The `aiguard` command of the published package: checks Node, then runs the one-file CLI bundle (scripts/bundle-cli.mjs).
'use strict';
require('./node-check.cjs').exitUnlessSupportedNode(require('path').join(__dirname, '..'));
var compileCache = require('./compile-cache.cjs');
// Node's compile cache still serves the chunk files; the bundle itself runs with the code cache of its command.
compileCache.enableCompileCache();
compileCache.runWithCodeCache(require('path').join(__dirname, '..', 'dist', 'aiguard.cjs'), 'cli-' + process.argv[2]);
