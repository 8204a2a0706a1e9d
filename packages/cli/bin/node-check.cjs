// Stops the CLI with one line and exit 2 on a Node older than package.json `engines`, before any module that needs it.
// Plain ES5 on purpose: it must parse on every Node that could be first on PATH.
'use strict';
var readFileSync = require('fs').readFileSync;
var join = require('path').join;

/** The minimum [major, minor, patch] of a `>=X.Y.Z` engines range (the only form aiguard declares). */
function minimumOf(range) {
  var match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)];
}

function isOlder(found, needed) {
  for (var i = 0; i < 3; i++) if (found[i] !== needed[i]) return found[i] < needed[i];
  return false;
}

/** Exits 2 naming both versions when `version` (default: this process's) is below the package's engines.node. */
function exitUnlessSupportedNode(packageFolder, version) {
  var found = version || process.versions.node;
  var range = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8')).engines.node;
  var needed = minimumOf(range);
  if (!needed) return;
  if (isOlder(found.split('.').map(Number), needed)) {
    process.stderr.write('aiguard: needs Node.js ' + range + ' (package.json engines) but ' + process.execPath + ' is v' + found + '; put a newer node first on PATH, or use the standalone aiguard binary\n');
    process.exit(2);
  }
}

module.exports = { exitUnlessSupportedNode: exitUnlessSupportedNode, minimumOf: minimumOf };
