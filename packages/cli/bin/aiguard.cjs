#!/usr/bin/env node
// The `aiguard` command of the published package: checks Node, then runs the one-file CLI bundle (scripts/bundle-cli.mjs).
'use strict';
require('./node-check.cjs').exitUnlessSupportedNode(require('path').join(__dirname, '..'));
require('../dist/aiguard.cjs');
