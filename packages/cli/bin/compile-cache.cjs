// Keeps V8's compiled code for the CLI in the user's aiguard cache folder, so later starts skip most of compiling a
// 900 kB bundle (bench/startup.mjs). The user's own folder, not Node's default in the shared temp folder: code another
// user planted there would run as whoever runs aiguard, root included.
'use strict';
var join = require('path').join;

function enableCompileCache() {
  var enable = require('module').enableCompileCache;
  if (typeof enable !== 'function') return;
  var env = process.env;
  var home = require('os').homedir();
  var base = env.XDG_CACHE_HOME
    ? env.XDG_CACHE_HOME
    : process.platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : process.platform === 'win32' && env.LOCALAPPDATA
        ? env.LOCALAPPDATA
        : join(home, '.cache');
  try {
    enable(join(base, 'aiguard', 'compile'));
  } catch (error) {
    // A read-only or missing home: start without the cache, as before.
  }
}

module.exports = { enableCompileCache: enableCompileCache };
